-- wrk script: print p50 / p95 / p99 latency and requests per second on one line, since wrk's
-- --latency table has no p95. With PATHS set (space-separated), cycles through those paths.
local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "", "%S+") do paths[#paths + 1] = p end
local i = 0

request = function()
  if #paths == 0 then return wrk.format(nil) end
  i = i % #paths + 1
  return wrk.format(nil, paths[i])
end

done = function(summary, latency, requests)
  io.write(string.format("p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  %.0f req/s  errors %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
