-- Benchmark: binary-trees, depth 16 (same as binary_trees.go). A leaf is an
-- empty table; an inner node holds its two children at [1] and [2].
local function bottomUp(depth)
  if depth <= 0 then return {} end
  return { bottomUp(depth - 1), bottomUp(depth - 1) }
end

local function check(n)
  if n[1] == nil then return 1 end
  return 1 + check(n[1]) + check(n[2])
end

local minDepth, maxDepth = 4, 16
local stretch = maxDepth + 1
print(string.format("stretch tree of depth %d check: %d", stretch, check(bottomUp(stretch))))
local longLived = bottomUp(maxDepth)
for depth = minDepth, maxDepth, 2 do
  local iterations = 2 ^ (maxDepth - depth + minDepth)
  local sum = 0
  for _ = 1, iterations do
    sum = sum + check(bottomUp(depth))
  end
  print(string.format("%d trees of depth %d check: %d", iterations, depth, sum))
end
print(string.format("long lived tree of depth %d check: %d", maxDepth, check(longLived)))
