-- Benchmark: the 10^8-iteration checksum loop of loop.go. Values stay below
-- 2^53, so LuaJIT's doubles and Lua 5.4's integers agree.
local sum = 0
for i = 0, 100000000 - 1 do
  sum = (sum * 31 + i) % 1000000007
end
print(string.format("%d", sum))
