-- wrk script spreading the load over many shops: each request goes to the next shop's host in
-- turn (bench-001.localhost .. bench-<SHOPS>.localhost, plus FIRST to start elsewhere), as
-- bench/shops.sh names them. The path is wrk's URL path.
--   SHOPS=200 wrk -t2 -c64 -d20s --latency -s bench/hosts.lua "http://127.0.0.1:8090/api/store/products?limit=20"
local shops = tonumber(os.getenv("SHOPS") or "200")
local first = tonumber(os.getenv("FIRST") or "1")
local skip = {}
for slug in (os.getenv("SKIP") or ""):gmatch("%S+") do skip[slug] = true end
local hosts = {}
for i = first, first + shops - 1 do
  local slug = string.format("bench-%03d", i)
  if not skip[slug] then hosts[#hosts + 1] = slug .. ".localhost:8080" end
end
local counter = 0

function init(args)
  -- threads start at different shops
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
  counter = math.random(0, #hosts - 1)
end

function request()
  counter = counter + 1
  wrk.headers["Host"] = hosts[counter % #hosts + 1]
  return wrk.format(nil, nil)
end
