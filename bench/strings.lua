-- Benchmark: string building with string.format and .. (same as
-- strings.go).
local lines, total, descents, hash = 0, 0, 0, 0
local line, prev = "", ""
for i = 0, 300000 - 1 do
  line = line .. string.format("%d:%x,", i, i * 7919 % 65536)
  if #line > 60 then
    if line < prev then descents = descents + 1 end
    lines = lines + 1
    total = total + #line
    hash = (hash * 31 + string.byte(line, math.floor(#line / 2) + 1)) % 1000000007
    prev = line
    line = ""
  end
end
print(string.format("%d %d %d %d %s", lines, total, descents, hash, prev))
