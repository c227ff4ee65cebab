#!/usr/bin/env bash
# Measures `java -jar target/disclosure-hub.jar import DATASET` into an empty database.
#
#   bench/import.sh DATASET            e.g. bench/import.sh ../bench-data/s100
#
# Without DATAHUB_DB_URL it imports into a fresh embedded MariaDB in $HUB_DATA (default
# DATASET.import-test, removed first; 4 GB buffer pool). With DATAHUB_DB_URL it imports into
# that database, which must be empty or absent (drop it yourself before and after).
# It prints the hub's own report, then wall time, max RSS, the CPU seconds of the hub's JVM (with
# its children: the embedded server) and of the embedded server alone, the JVM's own max RSS, and
# the load average before and after: the machine is shared, so a figure means little without the
# load it was taken under.
# Build the jar first: mvn -q -B package -DskipTests (JAR=path measures another build, e.g. an older one).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
DATASET="$(cd "${1:?usage: bench/import.sh DATASET}" && pwd)"
HUB_DATA="${HUB_DATA:-$DATASET.import-test}"
if [ -z "${SPRING_APPLICATION_JSON:-}" ]; then
  # as bench/run.sh imports (MINOR decisions published for 3 months, as the peer does), and the
  # importer's timings in the output
  export SPRING_APPLICATION_JSON='{"datahub":{"policy":{"defaults":{"publish-minor":true}},"db":{"embedded-buffer-pool":"4G"}},"logging":{"level":{"org.disclosurehub.ingest":"INFO"}}}'
fi
if [ -z "${DATAHUB_DB_URL:-}" ]; then
  rm -rf "$HUB_DATA"
  export DATAHUB_DATA_DIR="$HUB_DATA"
fi
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
out="$(mktemp)"
/usr/bin/time -f "wall %e s, max RSS %M KiB, JVM CPU %U s user + %S s sys" \
  java ${JAVA_OPTS:-} -jar "${JAR:-$ROOT/target/disclosure-hub.jar}" import "$DATASET" >"$out" 2>&1 &
timer=$!
# Follow the JVM's peak memory and, for the embedded server (a child of the JVM), its CPU time
# and peak memory until they exit: /usr/bin/time's max RSS is that of the largest process.
db_cpu=""; db_hwm=""; jvm_hwm=""
while kill -0 $timer 2>/dev/null; do
  jvm="$(pgrep -P $timer java | head -1 || true)"
  if [ -n "$jvm" ]; then
    h="$(awk '/VmHWM/ {print $2}' /proc/$jvm/status 2>/dev/null || true)"; [ -n "$h" ] && jvm_hwm="$h"
    if [ -z "${DATAHUB_DB_URL:-}" ]; then
      for pid in $(pgrep -P "$jvm" mariadbd || true); do
        t="$(awk '{printf "%.1f", ($14+$15)/100}' /proc/$pid/stat 2>/dev/null || true)"; [ -n "$t" ] && db_cpu="$t"
        h="$(awk '/VmHWM/ {print $2}' /proc/$pid/status 2>/dev/null || true)"; [ -n "$h" ] && db_hwm="$h"
      done
    fi
  fi
  sleep 1
done
wait $timer || true
cp "$out" "${KEEP_LOG:-/dev/null}" 2>/dev/null || true
grep -vE "^\s*$|jfr,startup" "$out" | grep -E "Imported|Rejected|rows|wall|import:|written in|checked" || cat "$out"
[ -n "$jvm_hwm" ] && echo "JVM max RSS $((jvm_hwm / 1024)) MiB"
[ -n "$db_cpu" ] && echo "embedded database server: CPU ${db_cpu} s, max RSS $((db_hwm / 1024)) MiB"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$out"
