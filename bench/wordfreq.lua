-- Benchmark: word frequencies (same as wordfreq.go).
local src = arg[1] and assert(io.open(arg[1], "rb")) or io.stdin
local counts = {}
local total = 0
for line in src:lines() do
  for w in line:gmatch("%S+") do
    counts[w] = (counts[w] or 0) + 1
    total = total + 1
  end
end
local words = {}
for w, c in pairs(counts) do words[#words + 1] = { w, c } end
table.sort(words, function(a, b)
  if a[2] ~= b[2] then return a[2] > b[2] end
  return a[1] < b[1]
end)
print(string.format("%d words, %d distinct", total, #words))
for i = 1, math.min(20, #words) do
  print(string.format("%8d %s", words[i][2], words[i][1]))
end
