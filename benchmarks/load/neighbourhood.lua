-- Scenario 1: the public neighbourhood page, anonymous GET. LOAD_PATH is the page's path.
local report = dofile("benchmarks/load/report.lua")
local path = os.getenv("LOAD_PATH")

setup = report.setup
function init(args) report.init(nil) end
response = report.response
done = report.done

function request()
  return wrk.format("GET", path, { ["Accept"] = "text/html", ["Accept-Language"] = "nl" })
end
