#!/usr/bin/env bash
# The 10,000- and 100,000-article runs of issue 18: newsgraph-bench --scale at each size, full and lean
# profile, one JVM each with -Xmx2g, one after the other (never two at once: they would share the cores).
# Each run measures the extraction, the build without dumps (wall time, peak heap after collections and
# in use, peak resident memory, the size of its dataset) and the floor of Jena's loader on the same quads.
#   src/tools/scale-run.sh LOG_DIR [WORK_DIR] [SIZES…]
# e.g. src/tools/scale-run.sh /tmp/scale /tmp/scale-work 10000 100000
# LOG_DIR gets one log per run (bench-SIZE-PROFILE.log) and the disk used by each dataset (du). The jars
# are copied into LOG_DIR first, so that a `mvn package` meanwhile does not replace them under a running
# JVM. The first run (the smallest size, full profile) keeps its dataset in WORK_DIR/SIZE-full/out for
# timing queries; the others remove theirs. Order: the smallest size full then lean, each larger size lean
# then full. Needs about 45 GB free for 100,000 articles at full provenance
# (20 GB of N-Quads beside the dataset, then the loader's floor).
set -uo pipefail
logs="$1"; work="${2:-$1/work}"; shift; [ $# -gt 0 ] && shift
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000)
target="$(dirname "$0")/../../target"
mkdir -p "$logs" "$work"
cp "$target/newsgraph.jar" "$target/newsgraph-bench.jar" "$logs/"
# the smallest size full first (it keeps its dataset), then lean; at larger sizes lean first, the shorter run,
# so that the longest run comes last
runs=("${sizes[0]} full" "${sizes[0]} lean")
for size in "${sizes[@]:1}"; do runs+=("$size lean" "$size full"); done
first=1
for run in "${runs[@]}"; do
    read -r size profile <<<"$run"
    keep=(); [ $first -eq 1 ] && keep=(--keep)
    dir="$work/$size-$profile"
    log="$logs/bench-$size-$profile.log"
    echo "$(date -u +%FT%TZ) start $size $profile" | tee -a "$logs/runs.txt"
    /usr/bin/time -v java -Xmx2g -jar "$logs/newsgraph-bench.jar" --articles "$size" --profile "$profile" --scale \
        --work "$dir" "${keep[@]}" >"$log" 2>&1
    echo "$(date -u +%FT%TZ) end $size $profile exit $?" | tee -a "$logs/runs.txt"
    [ -d "$dir/out" ] && du -sh "$dir/out" >>"$logs/runs.txt"
    df -h "$work" | tail -1 >>"$logs/runs.txt"
    first=0
done
