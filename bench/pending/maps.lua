-- Benchmark (pending): map operations (same as maps.go).
local n = 200000
local m = {}
local count = 0
local state = 7
local keys = {}
for i = 0, n - 1 do
  state = state * 48271 % 2147483647
  local k = state % 1000000
  keys[i + 1] = k
  if m[k] == nil then m[k] = 0; count = count + 1 end
  m[k] = m[k] + i
end
local hits, misses = 0, 0
for r = 0, 4 do
  for i = 1, n do
    if m[keys[i] + r] ~= nil then hits = hits + 1 else misses = misses + 1 end
  end
end
for i = 1, n do
  if (i - 1) % 2 == 0 then
    local k = keys[i]
    if m[k] ~= nil then m[k] = nil; count = count - 1 end
  end
end
local sum = 0
for k, v in pairs(m) do sum = (sum + k * 3 + v) % 1000000007 end
print(string.format("%d %d %d %d", count, hits, misses, sum))
