#!/usr/bin/env bash
# Measures the hub side by side with the PostGraphile peer of ../shared/bench, in one run.
#
#   bench/run.sh DATASET [QUERIES]        e.g. bench/run.sh ../bench-data/s100 "q1"
#
# DATASET is a folder written by ../shared/bench/gen.py (its keys in DATASET.keys). The script
#  1. builds the jar and imports DATASET into a hub data folder of its own ($HUB_DATA, default
#     DATASET.hub-data; skipped when that folder already holds an import of it),
#  2. starts the hub on $HUB_PORT (default 8080) with seed data off,
#  3. starts the peer (anchor/run.sh $ANCHOR_DB on port 5000; the database must have been loaded
#     with anchor/setup.sh DATASET $ANCHOR_DB once),
#  4. gives both an unmeasured pass over every workload (PREWARM seconds, default 10), runs
#     load/suite.sh over QUERIES (default "q1") on both, and stops both.
# HUB_JAVA_OPTS are passed to the hub's JVM, e.g. -Ddatahub.cache.responses=false to measure
# without the response cache.
# BENCH_LAB is a writable copy of ../shared/bench (anchor/ keeps PID files and node_modules there).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
DATASET="$(cd "${1:?usage: bench/run.sh DATASET [QUERIES]}" && pwd)"
export QUERIES="${2:-q1}"
BENCH_LAB="${BENCH_LAB:-$ROOT/../shared/bench}"
HUB_DATA="${HUB_DATA:-$DATASET.hub-data}"
HUB_PORT="${HUB_PORT:-8080}"
ANCHOR_DB="${ANCHOR_DB:-anchor_$(basename "$DATASET")}"
RESULTS_DIR="${RESULTS_DIR:-$DATASET.results/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$RESULTS_DIR"

(cd "$ROOT" && mvn -q -B package -DskipTests)
unset DATAHUB_DB_URL
# The peer's view publishes MINOR decisions for 3 months; the hub's default does not. Switch it on
# for both the import and the server, so that both serve the same set of decisions.
# A 4 GB buffer pool holds a scale-100 dataset.
export SPRING_APPLICATION_JSON='{"datahub":{"policy":{"defaults":{"publish-minor":true}},"db":{"embedded-buffer-pool":"4G"}}}'
if [ ! -f "$HUB_DATA/.imported" ]; then
  echo "== importing $DATASET into $HUB_DATA"
  DATAHUB_DATA_DIR="$HUB_DATA" /usr/bin/time -f "import wall %e s, max RSS %M KiB" \
    java -jar "$ROOT/target/disclosure-hub.jar" import "$DATASET" | tee "$RESULTS_DIR/import.txt"
  touch "$HUB_DATA/.imported"
fi

echo "== starting the hub on :$HUB_PORT"
DATAHUB_DATA_DIR="$HUB_DATA" DATAHUB_SEED=false PORT=$HUB_PORT \
  java ${HUB_JAVA_OPTS:-} -jar "$ROOT/target/disclosure-hub.jar" >"$RESULTS_DIR/hub.log" 2>&1 &
hub=$!
cleanup() {
  kill $hub 2>/dev/null || true
  "$BENCH_LAB/anchor/stop.sh" 5000 >/dev/null 2>&1 || true
}
trap cleanup EXIT
until curl -sf "http://127.0.0.1:$HUB_PORT/actuator/health" >/dev/null; do
  kill -0 $hub 2>/dev/null || { echo "the hub did not start"; tail -30 "$RESULTS_DIR/hub.log"; exit 1; }
  sleep 1
done

echo "== starting the peer"
"$BENCH_LAB/anchor/run.sh" "$ANCHOR_DB" 5000

# A JVM compiles its hot paths in its first seconds under load: both servers get the same
# unmeasured pass over every workload first (PREWARM seconds each), then the suite's own warm-up.
for q in $QUERIES; do
  for url in http://127.0.0.1:5000/graphql http://127.0.0.1:$HUB_PORT/graphql; do
    dir="$HERE/queries"; [ "$url" = http://127.0.0.1:5000/graphql ] && dir="$BENCH_LAB/load/queries/postgraphile"
    WARMUP=0 KEYS="$DATASET.keys" "$BENCH_LAB/load/run.sh" "$url" "$dir/$q.graphql" 32 "${PREWARM:-10}" >/dev/null 2>&1 || true
  done
done

KEYS="$DATASET.keys" RESULTS_DIR="$RESULTS_DIR" "$BENCH_LAB/load/suite.sh" \
  postgraphile=http://127.0.0.1:5000/graphql="$BENCH_LAB/load/queries/postgraphile" \
  hub=http://127.0.0.1:$HUB_PORT/graphql="$HERE/queries" | tee "$RESULTS_DIR/suite.md"
ps -o rss=,args= -p $hub | awk '{printf "hub RSS %d MiB\n", $1/1024}' | tee -a "$RESULTS_DIR/suite.md"
