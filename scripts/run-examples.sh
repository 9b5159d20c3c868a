#!/usr/bin/env bash
# Runs every example in examples/ (TypeScript, importing 'semivisible' as a user would; needs `npm run build`).
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
n=0
for f in examples/*.ts; do
  echo "--- $f"
  npx tsx "$f" > /dev/null
  n=$((n + 1))
done
echo "ran $n examples"
