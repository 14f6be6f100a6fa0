-- Channel ping-pong's Lua peer: a coroutine stands for the second goroutine;
-- each resume/yield pair carries one message each way (10^6 messages).
local roundTrips = 500000
local echo = coroutine.wrap(function(v)
  while true do
    v = coroutine.yield(v + 1)
  end
end)
local v = 0
for _ = 1, roundTrips do
  v = echo(v)
end
print(string.format("messages %d value %d", 2 * roundTrips, v))
