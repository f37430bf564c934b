// Writes the release archives into artifacts/ (run after `npm run build`):
//   icp-lens-<version>-chrome.zip    dist/chrome, for the Chrome Web Store
//   icp-lens-<version>-firefox.zip   dist/firefox, for addons.mozilla.org
//   icp-lens-<version>-source.zip    what an AMO reviewer needs to rebuild dist/firefox (README,
//                                    "For extension reviewers")
// Entries are sorted and carry a fixed date, so the same inputs give byte-identical zips.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const OUT = 'artifacts';
// 1980-01-01, the earliest date a zip can hold; SOURCE_DATE_EPOCH (seconds) overrides it.
const MTIME = process.env.SOURCE_DATE_EPOCH
  ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000)
  : new Date(1980, 0, 1);

/** What the source archive holds: enough to run `npm ci && npm run build`, nothing generated. */
const SOURCE_FILES = [
  'package.json',
  'package-lock.json',
  'README.md',
  'PRIVACY.md',
  'LICENSE',
  'manifest.json',
  'manifest.config.ts',
  'vite.config.ts',
  'tsconfig.json',
  'tsconfig.core.json',
  'biome.json',
  '.gitignore',
];
const SOURCE_DIRS = ['src', 'public', 'scripts', 'assets'];
/** Generated at install/build time (postinstall, gen:areas), so left out like node_modules and dist. */
const GENERATED = /(^|\/)(node_modules|dist|artifacts)(\/|$)|\.gen\.json$/;

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative('.', join(e.parentPath, e.name)).split(sep).join('/'));
}

function zip(name, files, base = '.') {
  const entries = {};
  for (const file of [...files].sort()) {
    entries[relative(base, file).split(sep).join('/')] = [readFileSync(file), { mtime: MTIME }];
  }
  const data = zipSync(entries, { level: 9 });
  const path = join(OUT, name);
  writeFileSync(path, data);
  console.log(`${path}  ${data.length} bytes, ${files.length} files`);
}

for (const target of ['chrome', 'firefox']) {
  if (!existsSync(`dist/${target}/manifest.json`)) {
    console.error(`dist/${target}/manifest.json is missing: run \`npm run build\` first`);
    process.exit(1);
  }
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT);
const prefix = `${pkg.name}-${pkg.version}`;
for (const target of ['chrome', 'firefox']) {
  // Store uploads want manifest.json at the root of the zip.
  zip(`${prefix}-${target}.zip`, walk(`dist/${target}`), `dist/${target}`);
}
const sources = [
  ...SOURCE_FILES.filter((f) => existsSync(f)),
  ...SOURCE_DIRS.filter((d) => existsSync(d)).flatMap(walk),
].filter((f) => !GENERATED.test(f));
zip(`${prefix}-source.zip`, sources);
