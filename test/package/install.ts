// Packs the repository as `npm publish` would (prepack builds lib/) and installs the tarball into an
// empty folder outside the repository, the way a stranger gets it: `npm install <tarball>`, offline
// (the package has no dependencies, so nothing comes from the registry).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface PackInfo {
  filename: string;
  /** Bytes of the .tgz. */
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string; size: number }[];
}

export interface Installed {
  /** The stranger's project folder: package.json, node_modules/icp-lens. */
  dir: string;
  tarball: string;
  pack: PackInfo;
  /** node_modules/.bin/icp-lens in `dir`. */
  bin: string;
  remove(): void;
}

/** Environment for npm and the installed tool: no npm_* variables of an `npm run` around us. */
export function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'INIT_CWD'),
  );
}

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, {
    cwd,
    env: cleanEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function packAndInstall(): Installed {
  const base = mkdtempSync(join(tmpdir(), 'icp-lens-stranger-'));
  const dir = join(base, 'project');
  mkdirSync(dir);
  // prepack's build prints to stdout before npm's JSON.
  const stdout = npm(['pack', '--json', '--pack-destination', base], ROOT);
  const [pack] = JSON.parse(stdout.slice(stdout.search(/^\[/m))) as PackInfo[];
  if (!pack) throw new Error(`npm pack printed no package: ${stdout}`);
  const tarball = join(base, pack.filename);
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'stranger', private: true, type: 'module' })}\n`,
  );
  npm(['install', '--offline', '--no-audit', '--no-fund', tarball], dir);
  return {
    dir,
    tarball,
    pack,
    bin: join(dir, 'node_modules/.bin/icp-lens'),
    remove: () => rmSync(base, { recursive: true, force: true }),
  };
}
