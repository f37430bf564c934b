// The published package as a stranger uses it: packed by `npm pack`, installed from the tarball into an
// empty folder, then run through npx, imported from plain Node and type-checked, with nothing of the
// repository around it (no TypeScript loader, no devDependency).
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, type Installed, packAndInstall, ROOT } from './install.ts';

const PAGES = join(ROOT, 'test/fixtures/pages');
const FIXTURES = readdirSync(PAGES).filter((f) => f.endsWith('.html'));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

let installed: Installed;
beforeAll(() => {
  installed = packAndInstall();
  for (const page of FIXTURES) copyFileSync(join(PAGES, page), join(installed.dir, page));
}, 300_000);
afterAll(() => installed?.remove());

function run(command: string, args: string[], input?: string | Buffer) {
  const r = spawnSync(command, args, { cwd: installed.dir, env: cleanEnv(), input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The development command line (TypeScript through tsx), for comparison. */
function devScan(pages: string[]): unknown {
  const out = execFileSync(process.execPath, [join(ROOT, 'bin/icp-lens.mjs'), 'scan', '--json', ...pages], {
    cwd: installed.dir,
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

describe('the tarball', () => {
  it('holds only what runs: compiled JavaScript, declarations, notices', () => {
    const paths = installed.pack.files.map((f) => f.path).sort();
    expect(paths).toContain('lib/cli.js');
    expect(paths).toContain('lib/index.js');
    expect(paths).toContain('lib/types/lib/index.d.ts');
    expect(paths).toContain('lib/THIRD-PARTY-LICENSES.txt');
    expect(paths).toContain('lib/data/ip-country.bin');
    const unexpected = paths.filter(
      (p) =>
        !/^lib\/(cli|index)\.js$|^lib\/chunks\/[\w-]+\.js$|^lib\/types\/.+\.d\.ts$|^lib\/THIRD-PARTY-LICENSES\.txt$|^lib\/data\/(ip-country\.bin|README\.md)$/.test(
          p,
        ) && !['package.json', 'README.md', 'PRIVACY.md'].includes(p),
    );
    expect(unexpected).toEqual([]);
  });

  it('has a package.json with no install script and no dependency', () => {
    const pkg = JSON.parse(readFileSync(join(installed.dir, 'node_modules/icp-lens/package.json'), 'utf8'));
    expect(pkg.private).toBeUndefined();
    expect(pkg.type).toBe('module');
    expect(pkg.engines.node).toBe('>=20.19');
    expect(pkg.bin).toEqual({ 'icp-lens': 'lib/cli.js' });
    expect(pkg.exports['.']).toEqual({ types: './lib/types/lib/index.d.ts', default: './lib/index.js' });
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(pkg.scripts?.[hook]).toBeUndefined();
    expect(pkg.dependencies ?? {}).toEqual({});
    // npm installed nothing but the package itself.
    expect(readdirSync(join(installed.dir, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual([
      'icp-lens',
    ]);
  });
});

describe('npx icp-lens', () => {
  it('scans a page and prints its licences as JSON', () => {
    const r = run('npx', ['--offline', 'icp-lens', 'scan', '--json', 'beijing-commercial.html']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [entry] = JSON.parse(r.stdout);
    expect(entry.input).toBe('beijing-commercial.html');
    expect(entry.licences.map((l: { number: string }) => l.number)).toEqual([
      '京ICP证160187号',
      '京ICP备16046272号-1',
      '京公网安备11010802023571号',
      '京B2-20211463',
      '京网文〔2021〕2874-081号',
    ]);
    expect(entry.licences[0].province).toEqual({ code: '11', abbr: '京', zh: '北京市', en: 'Beijing' });
    expect(entry.primary).toBe(0);
    expect(entry.truncated).toBe(false);
  });

  it('gives the same entries as the TypeScript sources on every fixture page', () => {
    const r = run(installed.bin, ['scan', '--json', ...FIXTURES]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(devScan(FIXTURES));
  }, 60_000);

  it('reads a GBK page from standard input', () => {
    const gbk = Buffer.concat([
      Buffer.from('<!doctype html><meta charset="gbk"><footer>'),
      Buffer.from([0xbe, 0xa9, 0x49, 0x43, 0x50, 0xb1, 0xb8]), // 京ICP备
      Buffer.from('12345678'),
      Buffer.from([0xba, 0xc5]), // 号
      Buffer.from('-1</footer>'),
    ]);
    const r = spawnSync(installed.bin, ['scan', '--json', '-'], {
      cwd: installed.dir,
      env: cleanEnv(),
      input: gbk,
    });
    expect(r.status).toBe(0);
    const [entry] = JSON.parse(r.stdout.toString('utf8'));
    expect(entry.licences[0].number).toBe('京ICP备12345678号-1');
  });

  it('prints help and its version, and a usage error with exit 2', () => {
    expect(run(installed.bin, ['--help']).stdout).toContain('Usage: icp-lens');
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    expect(run(installed.bin, ['--version']).stdout).toBe(`icp-lens ${version}\n`);
    const bad = run(installed.bin, ['--frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown option --frobnicate');
  });
});

describe('icp-lens --hosting and audit, installed', () => {
  it('places a page served on 127.0.0.1 with the shipped IP table, in JSON and CSV', async () => {
    const page = readFileSync(join(PAGES, 'beijing-commercial.html'));
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    // Asynchronously, so this process can answer the request meanwhile.
    const scan = (format: string) =>
      promisify(execFile)(installed.bin, ['scan', '--hosting', format, url], {
        cwd: installed.dir,
        env: cleanEnv(),
        encoding: 'utf8',
      });
    try {
      const [entry] = JSON.parse((await scan('--json')).stdout);
      expect(entry.hosting).toMatchObject({ location: 'local', error: null, hosting: { ip: '127.0.0.1' } });
      expect(entry.hosting.verdict.kind).toBe('local');
      const [header, row] = (await scan('--csv')).stdout.split('\n');
      expect(header).toContain('hosting_location');
      expect(row).toContain('local');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 60_000);

  it('audits a saved page', () => {
    const r = run(installed.bin, ['audit', '--json', 'beijing-commercial.html']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].licences.length).toBeGreaterThan(0);
  });
});

describe('import from plain Node', () => {
  it('parseText and scanHtml work from an ES module', () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { parseText, scanHtml, LICENCE_KINDS } from 'icp-lens';
      const text = parseText('备案号：京ICP备16045689号-1 京公网安备 11010502038816号');
      const page = await scanHtml(readFileSync('yunnan-filing.html', 'utf8'), { url: 'https://example.cn/' });
      const empty = await scanHtml('<p>nothing</p>');
      let rejected = null;
      try { await scanHtml(42); } catch (error) { rejected = error.constructor.name + ': ' + error.message; }
      console.log(JSON.stringify({ text, page, empty, rejected, kinds: LICENCE_KINDS.length }));`;
    const r = run(process.execPath, ['--input-type=module', '-e', script]);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.text.map((l: { kind: string; number: string }) => [l.kind, l.number])).toEqual([
      ['icp-filing', '京ICP备16045689号-1'],
      ['psb', '京公网安备11010502038816号'],
    ]);
    expect(out.text[0]).toMatchObject({
      province: { abbr: '京' },
      subject: '京ICP备16045689号',
      sequence: 1,
      flags: [],
    });
    expect(out.text[1].area.code).toBe('110105');
    expect(out.page.input).toBe('https://example.cn/');
    expect(out.page.licences.map((l: { number: string }) => l.number)).toEqual([
      '滇ICP备19004762号-2',
      '滇公网安备53010202001056号',
    ]);
    expect(out.page.primary).toBe(0);
    expect(out.empty).toEqual({
      input: '-',
      licences: [],
      hints: [],
      primary: null,
      truncated: false,
      operators: [],
    });
    expect(out.rejected).toBe('TypeError: scanHtml: html must be a string, got number');
    expect(out.kinds).toBeGreaterThan(10);
  });
});

describe('types', () => {
  const check = `
    declare function show(...values: unknown[]): void;
    import { parseText, scanHtml, type Licence, type PageLicence, type ScanEntry } from 'icp-lens';
    const found: Licence[] = parseText('京ICP备16045689号-1');
    const kind: string = found[0]?.kind ?? '';
    const entry = await scanHtml('<footer>京ICP备16045689号-1</footer>');
    if ('error' in entry) {
      const reason: string = entry.error;
      show(reason);
    } else {
      const ok: ScanEntry = entry;
      const region: PageLicence['region'] | undefined = ok.licences[0]?.region;
      const primary: number | null = ok.primary;
      show(kind, region, primary);
    }
    // @ts-expect-error parseText takes a string
    parseText(1);
    // @ts-expect-error kind is a union of known kinds, not any string
    const wrong: Licence['kind'] = 'no-such-kind';
    show(wrong);
  `;

  for (const resolution of ['nodenext', 'bundler'] as const) {
    it(`resolve with moduleResolution ${resolution}, no skipLibCheck, no DOM or Node types`, () => {
      writeFileSync(join(installed.dir, `check-${resolution}.ts`), check);
      const config = {
        compilerOptions: {
          module: resolution === 'bundler' ? 'esnext' : 'nodenext',
          moduleResolution: resolution,
          target: 'es2022',
          lib: ['es2022'],
          types: [],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
        },
        files: [`check-${resolution}.ts`],
      };
      writeFileSync(join(installed.dir, `tsconfig.${resolution}.json`), JSON.stringify(config));
      const r = run(process.execPath, [TSC, '-p', `tsconfig.${resolution}.json`]);
      expect(r.stdout + r.stderr).toBe('');
      expect(r.code).toBe(0);
    }, 60_000);
  }

  it('the check would fail on a wrong type (it is not vacuous)', () => {
    writeFileSync(
      join(installed.dir, 'wrong.ts'),
      "import { parseText } from 'icp-lens';\nconst n: number = parseText('x');\n",
    );
    const config = {
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        strict: true,
        noEmit: true,
        types: [],
      },
      files: ['wrong.ts'],
    };
    writeFileSync(join(installed.dir, 'tsconfig.wrong.json'), JSON.stringify(config));
    const r = run(process.execPath, [TSC, '-p', 'tsconfig.wrong.json']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toContain("not assignable to type 'number'");
    expect(existsSync(join(installed.dir, 'wrong.js'))).toBe(false);
  }, 60_000);
});
