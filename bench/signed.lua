-- wrk script for requests straight to one runtime node, bypassing the gateway: each request
-- carries the tenant header and its own gateway signature (docs/adr/0005), as the gateway
-- would send it: HMAC-SHA256 over "v1", method, target, tenant, epoch seconds and a fresh
-- nonce, one per line; header "v1.<seconds>.<nonce>.<mac base64url>". The node refuses a
-- signature it has already seen, so every request is signed anew (pure Lua on LuaJIT's bit).
--
--   RUSTOK_GATEWAY_SECRET=... TENANT=<tenant id> [TARGETS="/api/store/products?limit=20"] \
--     wrk -t2 -c64 -d20s --latency -s bench/signed.lua http://127.0.0.1:8082
-- TARGETS: request targets separated by spaces, taken in turn.

local bit = require("bit")
local band, bor, bxor, bnot = bit.band, bit.bor, bit.bxor, bit.bnot
local rshift, lshift, ror, tobit = bit.rshift, bit.lshift, bit.ror, bit.tobit
local byte, char, concat = string.byte, string.char, table.concat

local K = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
}
for i = 1, 64 do K[i] = tobit(K[i]) end

local function sha256(message)
  local length = #message
  -- padding: 0x80, zeros, then the length in bits as 64-bit big endian
  local zeros = (55 - length) % 64
  local bits = length * 8
  local tail = { "\128", string.rep("\0", zeros) }
  for i = 7, 0, -1 do tail[#tail + 1] = char(math.floor(bits / 2 ^ (8 * i)) % 256) end
  message = message .. concat(tail)
  local h0, h1, h2, h3 = tobit(0x6a09e667), tobit(0xbb67ae85), tobit(0x3c6ef372), tobit(0xa54ff53a)
  local h4, h5, h6, h7 = tobit(0x510e527f), tobit(0x9b05688c), tobit(0x1f83d9ab), tobit(0x5be0cd19)
  local w = {}
  for chunk = 1, #message, 64 do
    for i = 0, 15 do
      local b1, b2, b3, b4 = byte(message, chunk + i * 4, chunk + i * 4 + 3)
      w[i] = bor(lshift(b1, 24), lshift(b2, 16), lshift(b3, 8), b4)
    end
    for i = 16, 63 do
      local x, y = w[i - 15], w[i - 2]
      local s0 = bxor(ror(x, 7), ror(x, 18), rshift(x, 3))
      local s1 = bxor(ror(y, 17), ror(y, 19), rshift(y, 10))
      w[i] = tobit(w[i - 16] + s0 + w[i - 7] + s1)
    end
    local a, b, c, d, e, f, g, h = h0, h1, h2, h3, h4, h5, h6, h7
    for i = 0, 63 do
      local S1 = bxor(ror(e, 6), ror(e, 11), ror(e, 25))
      local ch = bxor(band(e, f), band(bnot(e), g))
      local t1 = tobit(h + S1 + ch + K[i + 1] + w[i])
      local S0 = bxor(ror(a, 2), ror(a, 13), ror(a, 22))
      local maj = bxor(band(a, b), band(a, c), band(b, c))
      local t2 = tobit(S0 + maj)
      h, g, f, e, d, c, b, a = g, f, e, tobit(d + t1), c, b, a, tobit(t1 + t2)
    end
    h0, h1, h2, h3 = tobit(h0 + a), tobit(h1 + b), tobit(h2 + c), tobit(h3 + d)
    h4, h5, h6, h7 = tobit(h4 + e), tobit(h5 + f), tobit(h6 + g), tobit(h7 + h)
  end
  local out = {}
  for _, v in ipairs({ h0, h1, h2, h3, h4, h5, h6, h7 }) do
    out[#out + 1] = char(band(rshift(v, 24), 255), band(rshift(v, 16), 255), band(rshift(v, 8), 255), band(v, 255))
  end
  return concat(out)
end

local function xor_with(key, value)
  local out = {}
  for i = 1, #key do out[i] = char(bxor(byte(key, i), value)) end
  return concat(out)
end

local function hmac_sha256(key, message)
  if #key > 64 then key = sha256(key) end
  key = key .. string.rep("\0", 64 - #key)
  return sha256(xor_with(key, 0x5c) .. sha256(xor_with(key, 0x36) .. message))
end

local ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

-- base64url without padding, as java.util.Base64.getUrlEncoder().withoutPadding()
local function base64url(data)
  local out = {}
  for i = 1, #data, 3 do
    local b1, b2, b3 = byte(data, i, i + 2)
    local n = b1 * 65536 + (b2 or 0) * 256 + (b3 or 0)
    local chars = b3 and 4 or (b2 and 3 or 2)
    for j = 1, chars do
      local index = math.floor(n / 2 ^ (6 * (4 - j))) % 64
      out[#out + 1] = ALPHABET:sub(index + 1, index + 1)
    end
  end
  return concat(out)
end

local secret = os.getenv("RUSTOK_GATEWAY_SECRET") or error("set RUSTOK_GATEWAY_SECRET")
local tenant = os.getenv("TENANT") or error("set TENANT (the shop's tenant id)")
local targets = {}
for target in (os.getenv("TARGETS") or "/api/store/products?limit=20"):gmatch("%S+") do
  targets[#targets + 1] = target
end
local counter = 0

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
end

-- the signature of one request, exported for bench/signed-selftest.lua
function sign(method, target, seconds, nonce)
  local signed = concat({ "v1", method, target, tenant, tostring(seconds), nonce }, "\n")
  return "v1." .. seconds .. "." .. nonce .. "." .. base64url(hmac_sha256(secret, signed))
end

function request()
  counter = counter + 1
  local target = targets[(counter - 1) % #targets + 1]
  -- 96 random bits as the gateway's nonce is; the counter keeps it unique within this thread
  local nonce = base64url(char(math.random(0, 255), math.random(0, 255), math.random(0, 255),
    math.random(0, 255), math.random(0, 255), math.random(0, 255), math.random(0, 255), math.random(0, 255),
    band(rshift(counter, 24), 255), band(rshift(counter, 16), 255), band(rshift(counter, 8), 255), band(counter, 255)))
  return wrk.format("GET", target, {
    ["X-Rustok-Tenant"] = tenant,
    ["X-Rustok-Tenant-Signature"] = sign("GET", target, os.time(), nonce),
  })
end
