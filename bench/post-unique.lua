-- wrk script: POSTs the file named by the BODY environment variable as JSON, with a different
-- circuit breaker value in every request ("maxConnections: 2048" becomes a per-request number), so
-- that no answer can come from a cache of earlier values.
local f = assert(io.open(os.getenv("BODY"), "rb"))
local body = f:read("*a")
f:close()
local threads = 0
local counter = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function request()
  counter = counter + 1
  local n = 100000 + counter * 16 + (id or 0)
  local unique = body:gsub("maxConnections: 2048", "maxConnections: " .. n)
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, unique)
end

done = function(summary, latency, requests)
  io.write(string.format("non-2xx: %d\n", summary.errors.status))
end
