/**
 * npm run web:size: the gzipped size of the built UI's JavaScript, failing above the 100 kB budget.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 100;
const assets = join(import.meta.dirname, "../dist/web/assets");
const files = readdirSync(assets).filter((file) => file.endsWith(".js"));
if (files.length === 0)
  throw new Error("No built JavaScript in dist/web/assets: run npm run build:web first");

let total = 0;
for (const file of files) {
  const source = readFileSync(join(assets, file));
  const gzipped = gzipSync(source).length;
  total += gzipped;
  console.log(`${file}: ${(source.length / 1000).toFixed(1)} kB, ${(gzipped / 1000).toFixed(1)} kB gzipped`);
}
console.log(`JavaScript total: ${(total / 1000).toFixed(1)} kB gzipped (budget ${BUDGET_KB} kB)`);
if (total > BUDGET_KB * 1000) process.exit(1);
