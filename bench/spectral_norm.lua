-- Benchmark: spectral-norm, n = 500 (same as spectral_norm.go, 0-based
-- indices in the matrix formula, Newton square root).
local function A(i, j)
  local ij = i + j
  return 1.0 / (ij * (ij + 1) / 2 + i + 1)
end

local function multiplyAv(n, v, av)
  for i = 0, n - 1 do
    local sum = 0.0
    for j = 0, n - 1 do sum = sum + A(i, j) * v[j + 1] end
    av[i + 1] = sum
  end
end

local function multiplyAtv(n, v, atv)
  for i = 0, n - 1 do
    local sum = 0.0
    for j = 0, n - 1 do sum = sum + A(j, i) * v[j + 1] end
    atv[i + 1] = sum
  end
end

local function multiplyAtAv(n, v, out, tmp)
  multiplyAv(n, v, tmp)
  multiplyAtv(n, tmp, out)
end

local function sqrt(x)
  local y = 0.5 * (x + 1)
  while true do
    local nxt = 0.5 * (y + x / y)
    if nxt >= y then return y end
    y = nxt
  end
end

local n = 500
local u, v, tmp = {}, {}, {}
for i = 1, n do u[i] = 1.0; v[i] = 0.0; tmp[i] = 0.0 end
for _ = 1, 10 do
  multiplyAtAv(n, u, v, tmp)
  multiplyAtAv(n, v, u, tmp)
end
local vBv, vv = 0.0, 0.0
for i = 1, n do
  vBv = vBv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
print(string.format("%.9f", sqrt(vBv / vv)))
