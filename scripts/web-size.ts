/**
 * npm run web:size: the gzipped size of the built UI's JavaScript. The 100 kB budget is for what a first visit
 * loads (the scripts index.html names: the entry and its module preloads); pages loaded on demand (the admins'
 * pages) are listed and counted in the total, each within a budget of its own.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 100;
const LAZY_CHUNK_BUDGET_KB = 20;
const web = join(import.meta.dirname, "../dist/web");
const assets = join(web, "assets");
const files = readdirSync(assets).filter((file) => file.endsWith(".js"));
if (files.length === 0)
  throw new Error("No built JavaScript in dist/web/assets: run npm run build:web first");
const html = readFileSync(join(web, "index.html"), "utf8");
const initialFiles = new Set(
  [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((match) => match[1] ?? ""),
);

let initial = 0;
let total = 0;
let failed = false;
for (const file of files) {
  const source = readFileSync(join(assets, file));
  const gzipped = gzipSync(source).length;
  total += gzipped;
  const first = initialFiles.has(file);
  if (first) initial += gzipped;
  else if (gzipped > LAZY_CHUNK_BUDGET_KB * 1000) failed = true;
  const size = `${(source.length / 1000).toFixed(1)} kB, ${(gzipped / 1000).toFixed(1)} kB gzipped`;
  console.log(`${file}: ${size}${first ? "" : ` (on demand, budget ${LAZY_CHUNK_BUDGET_KB} kB)`}`);
}
console.log(
  `JavaScript of a first visit: ${(initial / 1000).toFixed(1)} kB gzipped (budget ${BUDGET_KB} kB)`,
);
console.log(`JavaScript total: ${(total / 1000).toFixed(1)} kB gzipped`);
if (initial > BUDGET_KB * 1000 || failed) process.exit(1);
