-- Benchmark: sorting 1000000 LCG ints with quicksort + insertion sort (same
-- as sort.go, with 1-based indices).
local function insertionSort(a, lo, hi)
  for i = lo + 1, hi do
    local v = a[i]
    local j = i - 1
    while j >= lo and a[j] > v do
      a[j + 1] = a[j]
      j = j - 1
    end
    a[j + 1] = v
  end
end

local function quickSort(a, lo, hi)
  while hi - lo > 16 do
    local pivot = a[math.floor((lo + hi) / 2)]
    local i, j = lo, hi
    while i <= j do
      while a[i] < pivot do i = i + 1 end
      while a[j] > pivot do j = j - 1 end
      if i <= j then
        a[i], a[j] = a[j], a[i]
        i = i + 1
        j = j - 1
      end
    end
    if j - lo < hi - i then
      quickSort(a, lo, j)
      lo = i
    else
      quickSort(a, i, hi)
      hi = j
    end
  end
  insertionSort(a, lo, hi)
end

local n = 1000000
local a = {}
local state = 42
for i = 1, n do
  state = state * 48271 % 2147483647
  a[i] = state
end
quickSort(a, 1, n)
local hash = 0
for i = 1, n do
  if i > 1 and a[i - 1] > a[i] then
    print("not sorted at", i - 1)
    return
  end
  hash = (hash * 31 + a[i]) % 1000000007
end
print(string.format("%d %d %d %d", a[1], a[n / 2 + 1], a[n], hash))
