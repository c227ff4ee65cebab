#!/usr/bin/env bash
# Proves in a real browser that the hub's GraphiQL works with no internet access: headless
# Chromium, allowed to reach the hub and nothing else, opens /graphiql?autorun=1 (the page then
# runs its first example query), and the check passes only if
#   - the result pane shows data from the hub (text $EXPECT, no "errors"), and
#   - the page asked for nothing from any other host (Chromium's net log).
# It also takes a screenshot ($SCREENSHOT) to look at.
#
# Builds nothing and starts nothing: it expects a running hub at $HUB_URL, e.g.
#   mvn -q -B package -DskipTests
#   DATAHUB_DATA_DIR=/tmp/graphiql-hub-data PORT=8089 java -jar target/disclosure-hub.jar &
#   HUB_URL=http://127.0.0.1:8089 scripts/check-graphiql-offline.sh
# Needs Chromium ($CHROMIUM), curl and python3. Prints one verdict line; exit status 0 = pass,
# 1 = fail, 2 = could not check (no hub, no browser).
set -euo pipefail

HUB_URL=${HUB_URL:-http://127.0.0.1:8080}
HUB_URL=${HUB_URL%/}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
SCREENSHOT=${SCREENSHOT:-/tmp/graphiql.png}
EXPECT=${EXPECT:-北京市朝阳区}
PAGE="$HUB_URL/graphiql?autorun=1"

hostport=${HUB_URL#*://}
hostport=${hostport%%/*}
host=${hostport%:*}

for tool in "$CHROMIUM" curl python3; do
    command -v "$tool" >/dev/null || { echo "CANNOT CHECK: $tool not found"; exit 2; }
done
curl -sf -o /dev/null -m 10 "$HUB_URL/graphiql" \
    || { echo "CANNOT CHECK: no hub answering GET $HUB_URL/graphiql (start it first, see the top of $0)"; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One browser run. The network is cut off twice over: every host name except the hub's resolves
# to nothing, and every connection except to the hub goes to a proxy that does not exist
# (port 9 on the loopback; Chromium never proxies loopback addresses, and the hub is exempt by
# name), which also stops URLs with a literal IP address. Background services are switched off
# so that the net log holds the page's requests; whatever the browser still tries on its own
# account fails the same way.
browse() {
    local netlog=$1
    shift
    timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --disable-extensions --no-pings --disable-features=AutofillServerCommunication,OptimizationHints \
        --user-data-dir="$(mktemp -d -p "$work")" \
        --host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE $host" \
        --proxy-server="http://127.0.0.1:9" --proxy-bypass-list="$hostport" \
        --log-net-log="$netlog" \
        --virtual-time-budget=15000 \
        "$@" "$PAGE" 2>>"$work/chromium.log"
}

if ! browse "$work/dom-netlog.json" --dump-dom >"$work/dom.html"; then
    echo "FAIL: Chromium could not load $PAGE (log: tail of $work/chromium.log below)"
    tail -5 "$work/chromium.log" >&2
    exit 1
fi
browse "$work/shot-netlog.json" --window-size=1400,900 --screenshot="$SCREENSHOT" >/dev/null || true

python3 - "$HUB_URL" "$EXPECT" "$SCREENSHOT" "$work/dom.html" "$work/dom-netlog.json" "$work/shot-netlog.json" <<'PY'
import html
import json
import os
import re
import sys
from urllib.parse import urlsplit

hub, expect, screenshot, dom_file = sys.argv[1:5]
netlogs = sys.argv[5:]
hub_origin = "{0.scheme}://{0.netloc}".format(urlsplit(hub))


def origin(url):
    parts = urlsplit(url)
    return "{0.scheme}://{0.netloc}".format(parts) if parts.scheme in ("http", "https", "ws", "wss") else None


# Every request the net logs saw: the page's own ones carry the hub as their initiator; the
# browser's background requests carry none.
page_requests, elsewhere_by_page, elsewhere_by_browser = set(), set(), set()
for path in netlogs:
    try:
        with open(path, encoding="utf-8") as f:
            log = json.load(f)
    except (OSError, ValueError) as e:
        print("FAIL: no readable net log %s (%s), so no proof that nothing else was fetched" % (path, e))
        sys.exit(1)
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    for event in log["events"]:
        params = event.get("params") or {}
        if event["type"] != start_job or "url" not in params:
            continue
        url, initiator = params["url"], params.get("initiator", "")
        target = origin(url)
        if target is None:
            continue
        if target == hub_origin:
            page_requests.add(url)
        elif initiator == hub_origin:
            elsewhere_by_page.add(url)
        else:
            elsewhere_by_browser.add(target)

# The result pane: GraphiQL's response editor, rendered by CodeMirror line by line.
with open(dom_file, encoding="utf-8") as f:
    dom = f.read()
start = dom.find('class="graphiql-response"')
pane = ""
if start >= 0:
    lines = re.findall(r'<pre class=" CodeMirror-line " role="presentation">(.*?)</pre>', dom[start:], re.S)
    pane = "\n".join(html.unescape(re.sub(r"<[^>]+>", "", line)).replace("\u200b", "") for line in lines)

problems = []
if start < 0:
    problems.append("GraphiQL did not render (no result pane in the DOM)")
elif '"data"' not in pane:
    problems.append("the result pane shows no data: " + (" ".join(pane.split())[:200] or "(empty)"))
elif expect not in pane:
    problems.append("the result pane lacks %r" % expect)
if '"errors"' in pane:
    problems.append("the result has errors: " + " ".join(pane.split())[:200])
if elsewhere_by_page:
    problems.append("the page asked other hosts for: " + ", ".join(sorted(elsewhere_by_page)))
if not os.path.exists(screenshot):
    problems.append("no screenshot at " + screenshot)

note = ""
if elsewhere_by_browser:
    note = " (Chromium's own background traffic to %s was blocked)" % ", ".join(
        sorted({urlsplit(o).hostname for o in elsewhere_by_browser}))
if problems:
    print("FAIL: GraphiQL at %s offline: %s%s" % (hub, "; ".join(problems), note))
    sys.exit(1)
print("PASS: GraphiQL at %s ran its first example offline and showed %s; %d distinct requests, all to the hub; screenshot %s%s"
      % (hub, expect, len(page_requests), screenshot, note))
PY
