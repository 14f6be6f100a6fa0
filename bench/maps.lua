-- Benchmark: map inserts and lookups (same as maps.go).
local n = 1000000
local m = {}
local count = 0
local state = 7
for i = 0, n - 1 do
  state = state * 48271 % 2147483647
  if m[state] == nil then count = count + 1 end
  m[state] = i
end
local hits, sum = 0, 0
state = 7
for i = 0, n - 1 do
  state = state * 48271 % 2147483647
  local v = m[state]
  if v ~= nil then hits = hits + 1; sum = sum + v end
  if m[state + 1] ~= nil then hits = hits + 1 end
end
print(string.format("%d %d %d", count, hits, sum))

local ns = 200000
local keys = {}
for i = 0, ns - 1 do
  keys[i + 1] = "key" .. string.format("%d", i * 7919 % ns) .. "x"
end
local sm = {}
local scount = 0
for i = 1, ns do
  local k = keys[i]
  if sm[k] == nil then scount = scount + 1 end
  sm[k] = i - 1
end
local shits, ssum = 0, 0
for i = 1, ns do
  local v = sm[keys[i]]
  if v ~= nil then shits = shits + 1; ssum = ssum + v end
end
for i = 0, ns - 1 do
  if sm["key" .. string.format("%d", i)] ~= nil then shits = shits + 1 end
end
print(string.format("%d %d %d", scount, shits, ssum))
