#!/usr/bin/env bash
# Abuse test of a running hub: valid, abusive and malformed traffic at once, plus one client
# flooding, with wrk on the loopback; shows whether the hub stays up, keeps answering valid
# queries correctly, and applies its rate limits.
#
#   bench/abuse.sh [HUB_URL]          default http://127.0.0.1:8080
#
# Start the hub first, e.g.
#   mvn -q -B package -DskipTests
#   DATAHUB_DATA_DIR=/tmp/guard-hub PORT=18090 java -jar target/disclosure-hub.jar &   (seed data on)
#   bench/abuse.sh http://127.0.0.1:18090
#
# The client is on the hub's loopback, which is a trusted proxy and exempt from rate limits by
# default, so the clients are played with X-Forwarded-For:
#   valid      the portal's queries from 50,000 addresses (each far under its limit); every answer
#              must be byte-for-byte the one the hub gave before the run
#   abusive    too deep, too complex, first: 10000, a 300 kB body, a 20,000-character query, an
#              alias bomb, fragment bombs, and two requests as costly as the limits allow
#              (1,200 copies of a field; 2,862 fields through fragments), from 5,000 addresses
#   malformed  not JSON, a JSON batch, XML, form data, an empty body, GET, no query, an unknown
#              field, a syntax error, a variable of the wrong type, from 5,000 addresses
#   flood      one address (203.0.113.66) sending as fast as it can: must be answered 429
# Phases: WARMUP s of valid traffic (default 10), QUIET s of valid traffic alone (default 20),
# then ABUSE s of all four classes at once (default 30) while the readiness probe is polled.
# Connections per class: VALID_C (8), ABUSIVE_C (8), MALFORMED_C (4), FLOOD_C (8).
# Prints one RESULT line per class and a summary; exits 1 if the hub went down, answered a valid
# query wrongly, or never rate-limited the flood.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
URL="${1:-http://127.0.0.1:8080}"
URL="${URL%/}"
WARMUP="${WARMUP:-10}"; QUIET="${QUIET:-20}"; ABUSE="${ABUSE:-30}"
VALID_C="${VALID_C:-8}"; ABUSIVE_C="${ABUSIVE_C:-8}"; MALFORMED_C="${MALFORMED_C:-4}"; FLOOD_C="${FLOOD_C:-8}"
for tool in wrk curl python3; do command -v $tool >/dev/null || { echo "$tool not found" >&2; exit 2; }; done
curl -sf -o /dev/null "$URL/actuator/health/readiness" || { echo "no hub ready at $URL" >&2; exit 2; }

work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
python3 "$HERE/abuse/payloads.py" "$work"
LUA="$HERE/abuse/abuse.lua"

# The right answers, taken before the run (a __RAND__ placeholder gets one fixed value here;
# the answers chosen do not depend on it).
probe() {
  while IFS=$'\t' read -r name body; do
    printf '%s' "${body//__RAND__/918273645}" | curl -s -H 'Content-Type: application/json' --data-binary @- "$URL/graphql"
    echo
  done < "$work/probes.tsv"
}
probe > "$work/expected.txt"
if grep -q '"errors"' "$work/expected.txt"; then
  echo "a valid probe query failed before the run:" >&2; grep '"errors"' "$work/expected.txt" >&2; exit 2
fi

metric() {  # sum of a Prometheus metric's samples whose line matches $1
  curl -s "$URL/actuator/prometheus" | awk -v m="$1" 'index($0, m) == 1 { s += $NF } END { printf "%d", s }'
}
run() {  # class connections seconds clients [expected]
  wrk -t1 -c"$2" -d"$3s" --timeout 30s --latency -s "$LUA" "$URL/graphql" -- "$1" "$work/$1.tsv" "${5:--}" "$4" \
    | grep '^RESULT '
}

echo "== warm-up: ${WARMUP}s of valid traffic"
run valid "$VALID_C" "$WARMUP" 50000 "$work/expected.txt" >/dev/null
echo "== quiet: ${QUIET}s of valid traffic alone"
run valid "$VALID_C" "$QUIET" 50000 "$work/expected.txt" | sed 's/class=valid/class=valid-quiet/' | tee "$work/quiet.txt"

limited_before="$(metric 'datahub_rate_limited_total{')"
requests_before="$(metric 'graphql_request_seconds_count{')"
echo "== abuse: ${ABUSE}s of valid, abusive and malformed traffic and one flooding client at once"
run valid "$VALID_C" "$ABUSE" 50000 "$work/expected.txt" > "$work/valid.txt" &
run abusive "$ABUSIVE_C" "$ABUSE" 5000 > "$work/abusive.txt" &
run malformed "$MALFORMED_C" "$ABUSE" 5000 > "$work/malformed.txt" &
run flood "$FLOOD_C" "$ABUSE" 1 > "$work/flood.txt" &
# the readiness probe, as a load balancer would poll it
( end=$((SECONDS + ABUSE)); while [ $SECONDS -lt $end ]; do
    curl -s -o /dev/null -m 5 -w '%{http_code} %{time_total}\n' "$URL/actuator/health/readiness" || echo "000 5"
    sleep 0.5
  done ) > "$work/probes.txt" &
wait
cat "$work/valid.txt" "$work/abusive.txt" "$work/malformed.txt" "$work/flood.txt"

probe > "$work/after.txt"
same="$(paste -d'\n' "$work/expected.txt" "$work/after.txt" | paste - - | awk -F'\t' '$1 == $2' | wc -l)"
total="$(wc -l < "$work/expected.txt")"
health_ok="$(grep -c '^200 ' "$work/probes.txt" || true)"
health_all="$(wc -l < "$work/probes.txt")"
health_max="$(awk '{ if ($2 > m) m = $2 } END { printf "%.0f", m * 1000 }' "$work/probes.txt")"
limited=$(( $(metric 'datahub_rate_limited_total{') - limited_before ))
executed=$(( $(metric 'graphql_request_seconds_count{') - requests_before ))
ready="$(curl -s -o /dev/null -w '%{http_code}' "$URL/actuator/health/readiness")"
wrong="$(sed -n 's/.* wrong=\([0-9]*\).*/\1/p' "$work/valid.txt")"
flood429="$(sed -n 's/.*statuses=[^ ]*429:\([0-9]*\).*/\1/p' "$work/flood.txt")"

echo "== summary"
echo "readiness probe during the abuse: $health_ok/$health_all answered 200, slowest ${health_max} ms; after: HTTP $ready"
echo "valid answers identical before and after: $same/$total; valid answers wrong during the abuse: ${wrong:-?}"
echo "rate limit: $limited requests answered 429 by the hub (datahub_rate_limited_total); flood class saw ${flood429:-0} × 429"
echo "GraphQL executions during the abuse (graphql_request_seconds_count): $executed"
status=0
[ "$ready" = 200 ] && [ "$health_ok" = "$health_all" ] || { echo "FAIL: the hub was not ready throughout"; status=1; }
[ "$same" = "$total" ] && [ "${wrong:-1}" = 0 ] || { echo "FAIL: valid queries were answered wrongly"; status=1; }
[ "${flood429:-0}" -gt 0 ] || { echo "FAIL: the flooding client was never rate-limited"; status=1; }
[ $status = 0 ] && echo "PASS: stayed up, answered valid queries correctly throughout, rate-limited the flood"
exit $status
