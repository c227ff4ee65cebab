-- wrk script for bench/abuse.sh: one class of traffic per wrk process.
--
--   wrk -t1 -cN -dDs -s abuse.lua URL -- CLASS REQUESTS [EXPECTED] [CLIENTS]
--
-- CLASS     a label printed with the figures (valid, abusive, malformed, flood)
-- REQUESTS  one request per line: METHOD <TAB> CONTENT-TYPE (or -) <TAB> BODY (or empty)
-- EXPECTED  for the valid class: the exact answers the hub gave before the run, one per line;
--           a response is counted correct only if it is HTTP 200 and byte-for-byte one of them
--           A body containing __RAND__ gets a fresh random number there on every request (so that
--           no cache can answer it)
-- CLIENTS   how many client addresses to spread the requests over (X-Forwarded-For from
--           100.64.0.0/10, the hub's loopback peer being a trusted proxy); 1 = a single client
--
-- Prints one line: RESULT class=.. requests=.. rps=.. p50_ms=.. p99_ms=.. max_ms=..
--   statuses=200:n,429:n,.. codes=RATE_LIMITED:n,.. correct=n wrong=n socket_errors=n timeouts=n

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

local reqs, expected, clients = {}, nil, 1
klass = "?"
statuses, codes, correct, wrong = {}, {}, 0, 0

local function split(line)
  local method, ctype, body = line:match("^([^\t]*)\t([^\t]*)\t(.*)$")
  return method, ctype, body
end

function init(args)
  klass = args[1]
  clients = tonumber(args[4] or "1")
  for line in io.lines(args[2]) do
    if line ~= "" then
      local method, ctype, body = split(line)
      table.insert(reqs, { method = method, ctype = ctype, body = body, dynamic = body:find("__RAND__", 1, true) ~= nil })
    end
  end
  if args[3] and args[3] ~= "-" then
    expected = {}
    for line in io.lines(args[3]) do expected[line] = true end
  end
  math.randomseed(os.time() + #klass)
  -- prebuilt requests for the first 64 addresses; the rest are built on the fly
  prebuilt = {}
  for c = 0, math.min(clients, 64) - 1 do
    prebuilt[c] = {}
    for i, r in ipairs(reqs) do prebuilt[c][i] = build(r, c) end
  end
end

function address(c)
  if clients == 1 then return "203.0.113.66" end
  return string.format("100.%d.%d.%d", 64 + math.floor(c / 65536) % 64, math.floor(c / 256) % 256, c % 256)
end

function build(r, c)
  local headers = { ["X-Forwarded-For"] = address(c), ["Accept"] = "application/json" }
  if r.ctype ~= "-" then headers["Content-Type"] = r.ctype end
  local body = r.body ~= "" and r.body or nil
  if body and r.dynamic then
    body = body:gsub("__RAND__", tostring(math.random(100000000, 999999999)))
  end
  return wrk.format(r.method, nil, headers, body)
end

function request()
  local i = math.random(#reqs)
  local c = math.random(clients) - 1
  if c < 64 and not reqs[i].dynamic then return prebuilt[c][i] end
  return build(reqs[i], c)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  local code = body and body:match('"code":"([%u_]+)"')
  if code then codes[code] = (codes[code] or 0) + 1 end
  if expected then
    if status == 200 and expected[body] then correct = correct + 1 else wrong = wrong + 1 end
  end
end

local function flatten(t)
  local keys, out = {}, {}
  for k in pairs(t) do table.insert(keys, k) end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  for _, k in ipairs(keys) do table.insert(out, tostring(k) .. ":" .. t[k]) end
  return table.concat(out, ",")
end

local function merge(into, from)
  for k, v in pairs(from or {}) do into[k] = (into[k] or 0) + v end
end

function done(summary, latency, requests)
  local s, c, ok, bad, class = {}, {}, 0, 0, threads[1]:get("klass")
  for _, t in ipairs(threads) do
    merge(s, t:get("statuses"))
    merge(c, t:get("codes"))
    ok = ok + (t:get("correct") or 0)
    bad = bad + (t:get("wrong") or 0)
  end
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT class=%s requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
    "statuses=%s codes=%s correct=%d wrong=%d socket_errors=%d timeouts=%d\n",
    class, summary.requests, summary.requests / secs, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, flatten(s), flatten(c), ok, bad,
    e.connect + e.read + e.write, e.timeout))
end
