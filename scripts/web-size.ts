/**
 * npm run web:size: the gzipped JavaScript of the built UI. What a first visit downloads (the entry script and
 * the chunks index.html preloads with it) must stay within 100 kB; each page loaded later on demand within 40 kB.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const FIRST_VISIT_BUDGET_KB = 100;
const LAZY_CHUNK_BUDGET_KB = 40;
const web = join(import.meta.dirname, "../dist/web");
const assets = join(web, "assets");
const files = readdirSync(assets).filter((file) => file.endsWith(".js"));
if (files.length === 0)
  throw new Error("No built JavaScript in dist/web/assets: run npm run build:web first");

const html = readFileSync(join(web, "index.html"), "utf8");
const firstVisit = new Set(
  [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((match) => match[1] as string),
);
const kB = (bytes: number) => (bytes / 1000).toFixed(1);

let first = 0;
let total = 0;
const oversized: string[] = [];
for (const file of files) {
  const source = readFileSync(join(assets, file));
  const gzipped = gzipSync(source).length;
  total += gzipped;
  const loaded = firstVisit.has(file) ? "first visit" : "on demand";
  if (firstVisit.has(file)) first += gzipped;
  else if (gzipped > LAZY_CHUNK_BUDGET_KB * 1000) oversized.push(file);
  console.log(`${file}: ${kB(source.length)} kB, ${kB(gzipped)} kB gzipped (${loaded})`);
}
console.log(`First visit: ${kB(first)} kB gzipped (budget ${FIRST_VISIT_BUDGET_KB} kB)`);
console.log(`All JavaScript: ${kB(total)} kB gzipped; each on-demand chunk within ${LAZY_CHUNK_BUDGET_KB} kB`);
if (firstVisit.size === 0) throw new Error("index.html names no script: is dist/web a Vite build?");
if (first > FIRST_VISIT_BUDGET_KB * 1000 || oversized.length > 0) {
  if (oversized.length > 0) console.error(`Over the on-demand budget: ${oversized.join(", ")}`);
  process.exit(1);
}
