// `icp-lens audit` in-process through main(argv, io): fixture pages from files, standard input and a
// 127.0.0.1 server; table, JSON and CSV; --hosting with a stub resolver (no DNS is asked); exit codes.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_CSV_HEADER, type AuditJsonEntry } from '../../../src/cli/audit/format.ts';
import { serveNamedHosts } from '../../support/named-hosts.ts';
import { type CliCapture, runCli } from '../../support/run-cli.ts';
import { readCsv } from '../support/csv.ts';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const GOOGLE = 'readiness-google.html';
const MAINLAND = 'readiness-mainland.html';
const TIMEOUT = 30_000;

type Run = CliCapture;

function audit(
  args: string[],
  options: { stdin?: string; addresses?: Record<string, string[]> } = {},
): Promise<Run> {
  return runCli(['audit', ...args], { cwd: PAGES, ...options });
}

const json = (run: Run) => JSON.parse(run.stdout) as AuditJsonEntry[];
type OkEntry = Extract<AuditJsonEntry, { verdict: unknown }>;
const ok = (entry: AuditJsonEntry | undefined): OkEntry => {
  if (!entry || 'error' in entry) throw new Error(`not a result: ${JSON.stringify(entry)}`);
  return entry;
};

let server: Server;
let base = '';
beforeAll(async () => {
  const google = readFileSync(join(PAGES, GOOGLE));
  const mainland = readFileSync(join(PAGES, MAINLAND));
  server = createServer((req, res) => {
    if (req.url === '/google') res.writeHead(200, { 'content-type': 'text/html' }).end(google);
    else if (req.url === '/shop/') res.writeHead(200, { 'content-type': 'text/html' }).end(mainland);
    else if (req.url === '/moved') res.writeHead(302, { location: '/shop/' }).end();
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('icp-lens audit', () => {
  it('reports the Google page by group, with the worst problem as the verdict', {
    timeout: TIMEOUT,
  }, async () => {
    const run = await audit(['--json', GOOGLE]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const entry = ok(json(run)[0]);
    expect(entry.host).toBeNull();
    expect(entry.hosting).toBeNull();
    expect(entry.licences).toEqual([]);
    expect(entry.verdict).toMatchObject({
      lead: 'no-icp',
      problem: { code: 'feature-fails', feature: 'captcha', name: 'reCAPTCHA', status: 'blocked' },
      more: 5,
      text: 'No ICP number shown, but reCAPTCHA will not load: forms that need it fail (and 5 more)',
    });
    expect(entry.heldUp.map((h) => [h.host, h.requests, h.types])).toEqual([
      ['fonts.googleapis.com', 3, ['stylesheet', 'hint']],
      ['fonts.gstatic.com', 1, ['font', 'hint']],
    ]);
    expect(entry.featuresFail.map((h) => [h.host, h.rule, h.feature])).toEqual([
      ['www.google.com', '/recaptcha/', 'captcha'],
      ['i.ytimg.com', null, 'video'],
      ['www.youtube.com', null, 'video'],
    ]);
    // The GTM <noscript> frame is not counted: only the async gtag.js script.
    expect(entry.trackingOnly.map((h) => [h.host, h.requests])).toEqual([['www.googletagmanager.com', 1]]);
    expect(entry.list).toBe('2026-08-19');
  });

  it('finds nothing to fear on the mainland-friendly page, and reads its licence', {
    timeout: TIMEOUT,
  }, async () => {
    const run = await audit(['--json', MAINLAND]);
    expect(run.code).toBe(0);
    const entry = ok(json(run)[0]);
    expect(entry.verdict).toMatchObject({ lead: 'icp-shown', problem: { code: 'likely-works' }, more: 0 });
    expect(entry.verdict.text).toBe('Shows an ICP number: likely to work in mainland China');
    expect([...entry.heldUp, ...entry.featuresFail, ...entry.trackingOnly]).toEqual([]);
    expect(entry.licences.map((l) => l.number)).toEqual(['浙ICP备2021012345号-1']);
  });

  it('prints a table per input, in input order', { timeout: TIMEOUT }, async () => {
    const run = await audit([MAINLAND, GOOGLE]);
    expect(run.code).toBe(0);
    expect(run.stdout.indexOf(MAINLAND)).toBeLessThan(run.stdout.indexOf(GOOGLE));
    expect(run.stdout).toContain('  Shows an ICP number: likely to work in mainland China\n');
    expect(run.stdout).toContain('  licences: 浙ICP备2021012345号-1 (icp-filing)\n');
    expect(run.stdout).toContain(
      '  held up (the page waits for these):\n    fonts.googleapis.com  Google Fonts',
    );
    expect(run.stdout).toContain(
      '    www.google.com/recaptcha/  reCAPTCHA, captcha  blocked  1 request (script)',
    );
    expect(run.stdout).toContain('      instead: Use www.recaptcha.net');
    expect(run.stdout).toContain('  tracking only:\n    www.googletagmanager.com  Google Tag Manager');
    // The same advice (YouTube's two hosts, Google Fonts' two) is printed once.
    expect(run.stdout.match(/instead: Host a mainland copy/g)).toHaveLength(1);
    expect(run.stdout.match(/instead: Self-host the font files/g)).toHaveLength(1);
  });

  it('writes CSV, one row per affected host, and parses back', { timeout: TIMEOUT }, async () => {
    const run = await audit(['--csv', GOOGLE, MAINLAND, 'missing.html']);
    expect(run.code).toBe(1);
    const rows = readCsv(run.stdout);
    expect(rows[0]).toEqual([...AUDIT_CSV_HEADER]);
    expect(rows.every((r) => r.length === AUDIT_CSV_HEADER.length)).toBe(true);
    const cells = (input: string, ...names: (typeof AUDIT_CSV_HEADER)[number][]) =>
      rows.filter((r) => r[0] === input).map((r) => names.map((n) => r[AUDIT_CSV_HEADER.indexOf(n)]));
    expect(cells(GOOGLE, 'group', 'host')).toEqual([
      ['held-up', 'fonts.googleapis.com'],
      ['held-up', 'fonts.gstatic.com'],
      ['features-fail', 'www.google.com/recaptcha/'],
      ['features-fail', 'i.ytimg.com'],
      ['features-fail', 'www.youtube.com'],
      ['tracking-only', 'www.googletagmanager.com'],
    ]);
    expect(cells(MAINLAND, 'licences', 'group')).toEqual([['浙ICP备2021012345号-1', '']]);
    expect(rows.find((r) => r[0] === 'missing.html')?.at(-1)).toMatch(
      /cannot read missing.html: no such file/,
    );
  });

  it('fetches URLs and resolves relative URLs against the final URL', {
    timeout: TIMEOUT,
  }, async () => {
    const run = await audit(['--json', `${base}/moved`, `${base}/google`]);
    expect(run.code).toBe(0);
    const [shop, google] = json(run).map(ok);
    expect(shop?.url).toBe(`${base}/shop/`);
    expect(shop?.host).toBe('127.0.0.1');
    expect(shop?.resources).toBe(15);
    expect(google?.heldUp.map((h) => h.host)).toEqual(['fonts.googleapis.com', 'fonts.gstatic.com']);
  });

  it('reads standard input', { timeout: TIMEOUT }, async () => {
    const run = await audit(['--json', '-'], {
      stdin: '<script src="https://cdn.jsdelivr.net/npm/jquery"></script><script src="/local.js"></script>',
    });
    expect(run.code).toBe(0);
    const entry = ok(json(run)[0]);
    expect(entry.verdict.problem).toMatchObject({
      code: 'held-up',
      status: 'blocked',
      host: 'cdn.jsdelivr.net',
    });
    expect(entry.resources).toBe(1);
  });

  describe('--hosting', () => {
    it('places the page’s server and combines it with the licences', { timeout: TIMEOUT }, async () => {
      const run = await audit(['--json', '--hosting', `${base}/google`, `${base}/shop/`], {
        addresses: { '127.0.0.1': ['198.51.100.1'] },
      });
      expect(run.code).toBe(0);
      // An IP-literal host is placed without a lookup, here the loopback address: local.
      expect(run.lookups).toEqual([]);
      const [google, shop] = json(run).map(ok);
      expect(google?.hosting).toMatchObject({
        addresses: ['127.0.0.1'],
        hosting: { ip: '127.0.0.1', place: { kind: 'local', range: 'loopback' } },
        verdict: { kind: 'local' },
        error: null,
      });
      expect(google?.verdict.text).toBe(
        'Served from your own machine or network, but reCAPTCHA will not load: forms that need it fail (and 5 more)',
      );
      expect(shop?.verdict.lead).toBe('local');
    });

    it('leaves the location of standard input unknown, without a lookup', { timeout: TIMEOUT }, async () => {
      const hk = await audit(['--hosting', '-'], {
        stdin:
          '<base href="https://fernhill.example/"><link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">',
      });
      expect(hk.code).toBe(0);
      expect(hk.lookups).toEqual([]);
      expect(hk.stdout).toContain('hosting: the input has no host (a file or standard input)');
      expect(hk.stdout).toContain(
        'No ICP number shown, but fonts from fonts.googleapis.com may hold the page up',
      );
    });

    it('resolves a named host and places its first address: outside the mainland', {
      timeout: TIMEOUT,
    }, async () => {
      const page = '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">';
      const named = await auditNamed('fernhill.example', ['203.198.7.66', '2001:db8::1'], page);
      expect(named.lookups).toEqual(['fernhill.example']);
      const entry = ok(json(named)[0]);
      expect(entry.hosting).toMatchObject({
        addresses: ['203.198.7.66', '2001:db8::1'],
        hosting: { ip: '203.198.7.66', place: { kind: 'country', country: 'HK' } },
        verdict: { kind: 'outside-no-number', country: 'HK' },
      });
      expect(entry.verdict.text).toBe(
        'Hosted outside the mainland (no ICP needed), but fonts from fonts.googleapis.com may hold the page up',
      );
    });

    it('says mainland with an ICP number for a mainland address', { timeout: TIMEOUT }, async () => {
      const page = readFileSync(join(PAGES, MAINLAND), 'utf8');
      const named = await auditNamed('www.qinghe-tea.example', ['114.114.114.114'], page);
      const entry = ok(json(named)[0]);
      expect(entry.verdict).toMatchObject({ lead: 'mainland-filed', country: 'CN' });
      expect(entry.verdict.text).toBe(
        'Hosted in mainland China with an ICP number: likely to work in mainland China',
      );
    });

    it('names a site on a failing host itself, and leaves its own requests out', {
      timeout: TIMEOUT,
    }, async () => {
      const page =
        '<img src="https://docs.github.io/logo.png"><img src="/a.png"><img src="https://avatars.githubusercontent.com/u/1">';
      const entry = ok(json(await auditNamed('docs.github.io', ['185.199.108.153'], page))[0]);
      expect(entry.site).toMatchObject({
        host: 'docs.github.io',
        suffix: 'github.io',
        status: 'unreliable-or-slow',
      });
      expect(entry.featuresFail.map((h) => h.host)).toEqual(['avatars.githubusercontent.com']);
      expect(entry.verdict.text).toBe(
        'Hosted outside the mainland (no ICP needed), but the site itself is on github.io (GitHub Pages), which is often slow or unreachable in mainland China (and 1 more)',
      );
    });

    it('reports a name that does not resolve, and still exits 0', { timeout: TIMEOUT }, async () => {
      const named = await auditNamed('nowhere.example', null, '<p>hi</p>');
      expect(named.code).toBe(0);
      expect(ok(json(named)[0]).hosting).toMatchObject({
        hosting: null,
        verdict: { kind: 'unknown', reason: 'not-observed' },
        error: 'cannot resolve nowhere.example: host not found',
      });
    });
  });

  it('exits 1 when an input cannot be read, 2 on usage errors, 0 for help', {
    timeout: TIMEOUT,
  }, async () => {
    const missing = await audit(['--json', 'missing.html', GOOGLE]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read missing.html: no such file');
    expect(json(missing).map((e) => 'error' in e)).toEqual([true, false]);

    const unknown = await audit(['--frobnicate', GOOGLE]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('icp-lens audit: unknown option --frobnicate');
    expect(unknown.stderr).toContain('Usage: icp-lens audit');
    expect((await audit([])).code).toBe(2);
    expect((await audit(['--json', '--csv', GOOGLE])).code).toBe(2);

    const help = await audit(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: icp-lens audit');
    // After --, "--hosting" is an input, not the option.
    const literal = await audit(['--json', '--', '--hosting']);
    expect(literal.code).toBe(1);
    expect(json(literal)[0]).toMatchObject({ input: '--hosting' });
  });
});

/**
 * A page served from 127.0.0.1 under a made-up name: the request goes to the local server with the
 * name in the URL replaced, so the page URL's host is the name and the stub resolver is asked for it.
 */
async function auditNamed(name: string, addresses: string[] | null, html: string): Promise<Run> {
  const named = await serveNamedHosts({ [name]: html });
  try {
    return await audit(
      ['--json', '--hosting', `http://${name}/`],
      addresses ? { addresses: { [name]: addresses } } : {},
    );
  } finally {
    await named.close();
  }
}
