#!/usr/bin/env bash
# Times the workbench's entity page on a built dataset: starts `newsgraph serve` on it, asks for the
# page of one entity RUNS times with curl and prints each time and the median. The entity defaults to
# the most mentioned one (the first row of the search page), the slowest page to render.
#   src/tools/workbench-timing.sh DATASET_DIR [ENTITY_IRI] [RUNS]
# e.g. after `java -Xmx2g -jar target/newsgraph-bench.jar --articles 10000 --keep --work target/bench-10k`:
#   src/tools/workbench-timing.sh target/bench-10k/out
set -euo pipefail
db="$1"; entity="${2:-}"; runs="${3:-10}"
jar="$(dirname "$0")/../../target/newsgraph.jar"
port=$((20000 + RANDOM % 10000))
log="$(mktemp)"
java -jar "$jar" serve --db "$db" --port "$port" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -f "$log"' EXIT
until grep -q '^Workbench: ' "$log"; do
  kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.5
done
base="http://localhost:$port/workbench"
if [ -z "$entity" ]; then
  home=$(curl -sf "$base/")
  # sed, not head: head would stop reading early and fail the pipe under pipefail
  path=$(printf '%s' "$home" | grep -o 'href="/workbench/entity?iri=[^"]*"' | sed -n '1{s/^href="//; s/"$//; p}')
else
  path="/workbench/entity?iri=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$entity")"
fi
echo "entity page: $path"
times=()
for i in $(seq 1 "$runs"); do
  t=$(curl -sf -o /dev/null -w '%{time_total}' "http://localhost:$port$path")
  times+=("$t")
  echo "run $i: ${t} s"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " s, fastest: " a[1] " s, slowest: " a[NR] " s (the first run includes warming up)"}'
curl -sf "http://localhost:$port$path" | grep -o '<h1>[^<]*</h1>' || true
