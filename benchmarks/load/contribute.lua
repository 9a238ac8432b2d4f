-- Scenario 3: atelier participants contribute to question 1 with their participant tokens. LOAD_TOKENS is a file
-- with one token a line (written by load.sh); each wrk thread takes every n-th token and cycles through them.
-- LOAD_ATELIER is the atelier id.
local report = dofile("benchmarks/load/report.lua")
local atelier = os.getenv("LOAD_ATELIER")
local tokens_file = os.getenv("LOAD_TOKENS")
local thread_count = tonumber(os.getenv("LOAD_THREADS") or "2")

setup = report.setup
function init(args)
  report.init('"id":"([^"]+)"')
  tokens = {}
  local i = 0
  for line in io.lines(tokens_file) do
    if line ~= "" then
      if i % thread_count == id then table.insert(tokens, line) end
      i = i + 1
    end
  end
  counter = 0
end
response = report.response
done = report.done

function request()
  counter = counter + 1
  local token = tokens[counter % #tokens + 1]
  local body = string.format(
    '{"question":1,"text":"Integraal is voor mij groen en energie samen (bijdrage %d van draad %d)","themes":["GREENERY","ENERGY"]}',
    counter, id)
  return wrk.format("POST", "/api/v1/ateliers/" .. atelier .. "/contributions",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end
