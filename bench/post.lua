-- wrk script: POSTs the file named by the BODY environment variable as JSON.
local f = assert(io.open(os.getenv("BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

-- Prints non-2xx answers so that a refusing endpoint is not mistaken for a fast one.
done = function(summary, latency, requests)
  io.write(string.format("non-2xx: %d\n", summary.errors.status))
end
