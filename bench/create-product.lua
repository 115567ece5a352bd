init = function(args) math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000) end
counter = 0
request = function()
  counter = counter + 1
  local sku = "WRK-" .. math.random(1, 1000000000) .. "-" .. counter
  local body = '{"title":"Load product ' .. sku .. '","status":"active","trackInventory":false,"options":[],"variants":[{"sku":"' .. sku .. '","optionValues":[],"prices":[{"currency":"EUR","amountMinor":1999}]}],"images":[],"tags":["load"],"collectionIds":[],"categoryIds":[]}'
  return wrk.format("POST", "/api/admin/products", {["Content-Type"]="application/json", ["Authorization"]="Bearer " .. os.getenv("TOKEN"), ["Host"]="demo.localhost:8080"}, body)
end
