-- Benchmark: mandelbrot, 600x600 (same as mandelbrot.go: prints the points
-- inside the set and a hash of the PBM bytes).
local size = 600
local inside, hash = 0, 0
for y = 0, size - 1 do
  local ci = 2 * y / size - 1.0
  local bits, nbits = 0, 0
  for x = 0, size - 1 do
    local cr = 2 * x / size - 1.5
    local zr, zi, tr, ti = 0.0, 0.0, 0.0, 0.0
    local i = 0
    while i < 50 and tr + ti <= 4 do
      zi = 2 * zr * zi + ci
      zr = tr - ti + cr
      tr = zr * zr
      ti = zi * zi
      i = i + 1
    end
    bits = bits * 2
    if tr + ti <= 4 then
      bits = bits + 1
      inside = inside + 1
    end
    nbits = nbits + 1
    if nbits == 8 or x == size - 1 then
      while nbits < 8 do bits = bits * 2; nbits = nbits + 1 end
      hash = (hash * 31 + bits) % 1000000007
      bits, nbits = 0, 0
    end
  end
end
print(string.format("%d %d", inside, hash))
