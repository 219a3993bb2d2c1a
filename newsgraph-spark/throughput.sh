#!/usr/bin/env bash
# The Spark job's per-article rate in local mode against newsgraph build's extraction on the same
# cores and corpus (docs/spark.md#throughput). Run from the repository's top folder after
#   mvn -B install -DskipTests && mvn -B -f newsgraph-spark/pom.xml package -DskipTests
# Usage: [ROUNDS=3] bash newsgraph-spark/throughput.sh [ARTICLES [MASTER]]   (default: 2000 local[2])
# The figures to compare are those of step 2, measured in one JVM taking turns; on a shared machine
# compare them with each other, not with another day's.
set -euo pipefail
cd "$(dirname "$0")/.."
articles="${1:-2000}"
master="${2:-local[2]}"
work=target/spark-throughput
rm -rf "$work"
mkdir -p "$work"
# 1. the benchmark generates the corpus (seed 42) and measures the build's extraction, warmed up, on every core
java -Xmx2g -jar target/newsgraph-bench.jar --articles "$articles" --query-runs 1 --keep --work "$work/bench" \
  | tee "$work/bench.txt"
# 2. in one JVM, taking turns round after round (after a warm-up round): the build's extraction on as
#    many threads as the master has cores, then the Spark job's conversion stage (Throughput);
#    Spark's own log goes to spark.log
threads=$(echo "$master" | grep -oE '[0-9]+' || nproc)
java -Xmx2g -cp "newsgraph-spark/target/newsgraph-spark.jar:$(cat newsgraph-spark/target/classpath.txt)" \
  org.newsgraph.spark.Throughput "$work/bench/articles" "$work/rounds" "$threads" "${ROUNDS:-3}" \
  2> "$work/spark.log" | tee "$work/spark.txt"
# the benchmark's own figures, for the loader's rate (quads/s) the 10-million estimate uses
grep -E '^(extraction|floor: Jena TDB2)' "$work/bench.txt"
