-- Scenario 2: households sign up for an action through the API, each request with its own Idempotency-Key and
-- its own household (name and house number differ). LOAD_ACTION is the action id, LOAD_RUN a run-unique prefix.
local report = dofile("benchmarks/load/report.lua")
local action = os.getenv("LOAD_ACTION")
local run = os.getenv("LOAD_RUN") or tostring(os.time())

setup = report.setup
function init(args)
  report.init('"signupId":"([^"]+)"')
  counter = 0
end
response = report.response
done = report.done

function request()
  counter = counter + 1
  local key = string.format("signup-%s-t%d-%d", run, id, counter)
  local body = string.format(
    '{"quantity":{"tiles":%d,"squareMetres":%d},"household":{"name":"Huishouden %s","postcode":"3511 AB","houseNumber":"%d"},"followUpConsent":false}',
    1 + counter % 40, counter % 5, key, counter % 9999 + 1)
  return wrk.format("POST", "/api/v1/actions/" .. action .. "/signups",
    { ["Content-Type"] = "application/json", ["Idempotency-Key"] = key }, body)
end
