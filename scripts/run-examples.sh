#!/usr/bin/env bash
# Runs every example in examples/ against the BUILT package: tsconfig.dist.json has no `paths`, so the import
# of 'semivisible' resolves through the package self-reference to dist/ (run `npm run build` first).
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
n=0
for f in examples/*.ts; do
  echo "--- $f"
  npx tsx --tsconfig tsconfig.dist.json "$f" > /dev/null
  n=$((n + 1))
done
echo "ran $n examples"
