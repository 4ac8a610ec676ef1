-- Mixed anonymous traffic: browse pages, search, facets, activity pages, the API.
local paths = {
  "/holstebro/", "/holstebro/initiatives/", "/holstebro/initiatives/?group=women",
  "/holstebro/initiatives/sprogcafeen/", "/api/v1/search?q=sprogcafe&municipality=holstebro",
  "/api/v1/search?q=frivilig&municipality=holstebro", "/r/halland/", "/holstebro/contacts/",
  "/api/v1/initiatives?municipality=silkeborg", "/silkeborg/initiatives/?q=branchepakke",
}
local i = 0
wrk.headers["Host"] = "localhost"
wrk.headers["X-Forwarded-Proto"] = "https"
wrk.headers["Accept-Encoding"] = "gzip"

request = function()
  i = i + 1
  -- Every third request carries a session cookie, so it is served by Django, not the page cache.
  if i % 3 == 0 then wrk.headers["Cookie"] = "sessionid=load" else wrk.headers["Cookie"] = nil end
  return wrk.format("GET", paths[(i % #paths) + 1])
end

done = function(summary, latency, requests)
  io.write(string.format("LOADTEST requests=%d errors=%d non2xx=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
