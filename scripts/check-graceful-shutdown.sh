#!/usr/bin/env bash
# Shows that stopping the hub (SIGTERM) answers the requests in flight before it exits, on the
# embedded default database too. Expects a hub started from the jar on the embedded default, e.g.
#   DATAHUB_DATA_DIR=/tmp/guard-hub PORT=18090 java -jar target/disclosure-hub.jar & echo $! > /tmp/hub.pid
#   HUB_PID=$(cat /tmp/hub.pid) DATA_DIR=/tmp/guard-hub HUB_URL=http://127.0.0.1:18090 scripts/check-graceful-shutdown.sh
# It write-locks the officer table in the hub's database for 4 s (mysql client), sends a query that
# must wait for it, sends SIGTERM to the hub 1 s later, and reports: the in-flight request's answer
# (must be HTTP 200 with data), whether a new request was still taken (it must not be), how long
# the hub took to exit, and whether its mariadbd is gone. Stops the hub. Exit 0 = pass.
set -euo pipefail
HUB_URL=${HUB_URL:-http://127.0.0.1:8080}
: "${HUB_PID:?set HUB_PID to the hub's process id}"
: "${DATA_DIR:?set DATA_DIR to the hub's DATAHUB_DATA_DIR}"
base="$(cd "$DATA_DIR" && pwd)/mariadb-base"
db_port=$(ps -eo args | grep -F -- "--basedir=$base" | grep -v grep | grep -o -- '--port=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$db_port" ] || { echo "CANNOT CHECK: no embedded mariadbd for $DATA_DIR"; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

mysql -h127.0.0.1 -P"$db_port" -uroot datahub -e "LOCK TABLES officer WRITE; SELECT SLEEP(4); UNLOCK TABLES;" >/dev/null 2>&1 &
sleep 1
curl -s -o "$work/answer" -w '%{http_code} %{time_total}' "$HUB_URL/graphql" -H 'Content-Type: application/json' \
  -d "{\"query\":\"{ credentialCheck(credentialNo: \\\"GS-$RANDOM$RANDOM\\\") { found } }\"}" > "$work/status" &
sleep 1
start=$(date +%s%N); kill -TERM "$HUB_PID"
sleep 0.5
late=$(curl -s -o /dev/null -m 3 -w '%{http_code}' "$HUB_URL/graphql" -H 'Content-Type: application/json' \
  -d '{"query":"{ hub { today } }"}' || true)
while kill -0 "$HUB_PID" 2>/dev/null; do sleep 0.2; done
exit_ms=$(( ($(date +%s%N) - start) / 1000000 ))
wait
sleep 1
left=$(ps -eo args | grep -F -- "--basedir=$base" | grep -vc grep || true)
echo "in-flight request: HTTP $(cut -d' ' -f1 "$work/status") after $(cut -d' ' -f2 "$work/status") s: $(cat "$work/answer")"
echo "new request 0.5 s after SIGTERM: ${late:-000} (000 = connection refused)"
echo "hub exited ${exit_ms} ms after SIGTERM; its mariadbd processes left: $left"
if [ "$(cut -d' ' -f1 "$work/status")" = 200 ] && grep -q '"found":false' "$work/answer" && [ "${late:-000}" = 000 ] && [ "$left" = 0 ]; then
  echo "PASS: the request in flight was answered, no new one was taken, the database stopped after the hub"
else
  echo "FAIL"; exit 1
fi
