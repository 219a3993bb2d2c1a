#!/usr/bin/env bash
# A new user's first hour, from a folder outside the repository (issue 12): build a corpus whose
# manifest names publishers and authors, query it while `serve` runs, rebuild and see the server
# answer from the new build, then move the output folder and query and validate it there.
# Usage: .ci/new-user.sh PATH/TO/newsgraph.jar
set -euo pipefail
jar=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
server=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
cd "$work"
ng() { java -jar "$jar" "$@"; }
fail() { echo "new user: $*" >&2; [ -f serve.log ] && sed 's/^/  serve: /' serve.log >&2; exit 1; }

mkdir articles
cat > articles/mali-attack.txt <<'TXT'
Gunmen kill 12 soldiers in central Mali

BAMAKO — At least 12 Malian soldiers were killed on Sunday when gunmen attacked an army post near Mopti.
Malian Defence Minister Sadio Camara said the army would pursue the attackers.
TXT
cat > articles/kenya-talks.txt <<'TXT'
Kenya and Somalia hold talks

NAIROBI — Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud in Nairobi on Monday.
TXT
cat > articles/articles.csv <<'CSV'
id,file,title,publisher,url,published,author
mali-attack,mali-attack.txt,Gunmen kill 12 soldiers in central Mali,Voice of America,https://example.org/mali,2024-03-03,VOA News
kenya-talks,kenya-talks.txt,Kenya and Somalia hold talks,Reuters,https://example.org/kenya,2024-03-04,Antony J. Blinken | Jane Roe
CSV

ng build --articles articles --out ds > build1.txt || fail "the first build failed"
grep -q '^Built ds: 2 articles' build1.txt || fail "unexpected build summary: $(cat build1.txt)"
ng validate --db ds > /dev/null || fail "the dataset does not validate"

java -jar "$jar" serve --db ds --port 0 > serve.log 2>&1 &
server=$!
url=
for _ in $(seq 1 120); do
  url=$(sed -n 's/^SPARQL endpoint: \(http[^ ]*\) .*/\1/p' serve.log)
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || fail "serve stopped"
  sleep 0.5
done
[ -n "$url" ] || fail "serve did not print its endpoint"

count='SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }'
n=$(ng query --db ds --format csv --sparql "$count" | tr -d '\r' | tail -1)
[ "$n" = 2 ] || fail "query while serving gave '$n', not 2"

cat > articles/serbia.txt <<'TXT'
Serbia accuses Kosovo

BELGRADE — Serbia accused Kosovo of provoking clashes in the north, the Serbian Foreign Ministry said.
TXT
ng build --articles articles --out ds > build2.txt || fail "the rebuild while serving failed"
switched=
for _ in $(seq 1 60); do
  answer=$(curl -sf -H 'Accept: text/csv' --data-urlencode "query=$count" "$url" | tr -d '\r' | tail -1 || true)
  [ "$answer" = 3 ] && switched=yes && break
  sleep 0.5
done
[ -n "$switched" ] || fail "the server did not answer from the new build"
grep -q 'now serving' serve.log || fail "the server did not say it switched"
workbench=$(sed -n 's/^Workbench: \(http[^ ]*\) .*/\1/p' serve.log)
[ -n "$workbench" ] || fail "serve did not print the workbench's address"
page=$(curl -sf "${workbench}?q=serbia") || fail "the workbench did not answer"
grep -q '>Serbia</a>' <<< "$page" || fail "the workbench does not show the rebuilt dataset (no Serbia)"
n=$(ng query --db ds --format csv --sparql "$count" | tr -d '\r' | tail -1)
[ "$n" = 3 ] || fail "query through the server after the rebuild gave '$n', not 3"

kill "$server"; wait "$server" 2>/dev/null || true; server=
mv ds moved
n=$(ng query --db moved --format csv --sparql "$count" | tr -d '\r' | tail -1)
[ "$n" = 3 ] || fail "query of the moved folder gave '$n', not 3"
ng validate --db moved > /dev/null || fail "the moved dataset does not validate"
echo "new user: ok"
