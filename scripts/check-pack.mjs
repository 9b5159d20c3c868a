// Fails unless `npm pack --dry-run` ships only dist/, the README, the CHANGELOG, the licence and package.json.
import { readFileSync } from 'node:fs';

const [pack] = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const allowed = /^(dist\/|README\.md$|CHANGELOG\.md$|LICENSE$|package\.json$)/;
const bad = pack.files.map((f) => f.path).filter((p) => !allowed.test(p));
console.log(`npm pack: ${pack.files.length} files, ${pack.unpackedSize} bytes unpacked`);
if (bad.length > 0) {
  console.error(`unexpected files in the package: ${bad.join(', ')}`);
  process.exit(1);
}
