-- Shared by the scenarios: counts answers per thread and prints the figures when wrk is done.
-- Each wrk thread has its own Lua state; setup() keeps the thread objects so done() can add their counters up.
-- Environment: LOAD_SCENARIO (name), LOAD_OUT (figures file, appended), LOAD_ACKS (prefix of the files that
-- collect the ids the application acknowledged with a 2xx; optional).
local M = {}
local threads = {}
local next_id = 0

function M.setup(thread)
  thread:set("id", next_id)
  thread:set("nthreads", 0)
  next_id = next_id + 1
  table.insert(threads, thread)
end

-- Called from the thread's init(): opens this thread's acknowledgement file (line-buffered, so every line a
-- response wrote is on disk even if wrk ends the thread abruptly).
function M.init(pattern)
  ok, other, acks = 0, 0, nil
  id_pattern = pattern
  local prefix = os.getenv("LOAD_ACKS")
  if prefix and prefix ~= "" and pattern then
    acks = io.open(prefix .. "." .. id .. ".txt", "w")
    acks:setvbuf("line")
  end
end

function M.response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
    if acks then
      local value = body and body:match(id_pattern)
      acks:write(value or "?", "\n")
    end
  else
    other = other + 1
    if other <= 5 then
      io.stderr:write("status ", status, ": ", (body or ""):sub(1, 300), "\n")
    end
  end
end

function M.done(summary, latency, requests)
  local ok_total, other_total = 0, 0
  for _, t in ipairs(threads) do
    ok_total = ok_total + (t:get("ok") or 0)
    other_total = other_total + (t:get("other") or 0)
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  local lines = {
    string.format("scenario=%s", os.getenv("LOAD_SCENARIO") or "?"),
    string.format("durationSeconds=%.1f", seconds),
    string.format("requests=%d", summary.requests),
    string.format("requestsPerSecond=%.1f", summary.requests / seconds),
    string.format("ok2xx=%d", ok_total),
    string.format("non2xx=%d", other_total),
    string.format("socketErrors=%d", socket),
    string.format("socketErrorsDetail=connect %d, read %d, write %d, timeout %d", e.connect, e.read, e.write, e.timeout),
    -- wrk measures latency in microseconds
    string.format("p50ms=%.1f", latency:percentile(50) / 1000),
    string.format("p90ms=%.1f", latency:percentile(90) / 1000),
    string.format("p99ms=%.1f", latency:percentile(99) / 1000),
    string.format("maxMs=%.1f", latency.max / 1000),
    string.format("meanMs=%.1f", latency.mean / 1000),
  }
  local text = table.concat(lines, "\n") .. "\n"
  io.write(text)
  local out = os.getenv("LOAD_OUT")
  if out and out ~= "" then
    local f = io.open(out, "a")
    f:write(text)
    f:close()
  end
end

return M
