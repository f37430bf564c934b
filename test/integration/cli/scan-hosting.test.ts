// `icp-lens scan --hosting` in-process through main(argv, io): each URL's host resolved by a stub
// resolver (no DNS is asked) and placed with the shipped IP table, giving the extension's location
// and verdict in the table, in JSON (a `hosting` field) and in CSV (four columns).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonEntry } from '../../../src/cli/format.ts';
import { systemResolve } from '../../../src/cli/hosting.ts';
import { type NamedHosts, serveNamedHosts } from '../../support/named-hosts.ts';
import { type CliCapture, runCli } from '../../support/run-cli.ts';
import { readCsv } from '../../unit/support/csv.ts';
import { FOOTER_PAGE, PLAIN_PAGE } from './support/fixtures.ts';

const TIMEOUT = 30_000;

/** Host → the addresses the stub resolver answers, and the page it serves. */
const SITES: Record<string, { addresses: string[]; html: string }> = {
  'www.beijing-shop.example': { addresses: ['114.114.114.114'], html: FOOTER_PAGE },
  'www.hk-shop.example': { addresses: ['203.198.7.66', '2001:db8::1'], html: PLAIN_PAGE },
  'www.macau-shop.example': { addresses: ['202.175.3.3'], html: PLAIN_PAGE },
  'www.taipei-shop.example': { addresses: ['168.95.1.1'], html: FOOTER_PAGE },
  'www.tokyo-shop.example': { addresses: ['133.242.0.3'], html: PLAIN_PAGE },
  'intranet.example': { addresses: ['192.168.1.20'], html: PLAIN_PAGE },
  'gone.example': { addresses: [], html: PLAIN_PAGE },
};
const URLS = Object.keys(SITES).map((host) => `http://${host}/`);

let named: NamedHosts;
let dir: string;
let local: Server;
let localUrl: string;

beforeAll(async () => {
  named = await serveNamedHosts(Object.fromEntries(Object.entries(SITES).map(([h, s]) => [h, s.html])));
  dir = mkdtempSync(join(tmpdir(), 'icp-lens-scan-hosting-'));
  writeFileSync(join(dir, 'saved.html'), FOOTER_PAGE);
  local = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PLAIN_PAGE));
  await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
  localUrl = `http://127.0.0.1:${(local.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await named?.close();
  rmSync(dir, { recursive: true, force: true });
  local?.closeAllConnections();
  await new Promise((resolve) => local?.close(resolve));
});

const ADDRESSES = Object.fromEntries(Object.entries(SITES).map(([host, site]) => [host, site.addresses]));
const scan = (args: string[]) => runCli(args, { cwd: dir, addresses: ADDRESSES });

/** CSV rows as objects keyed by the header. */
function csvTable(text: string) {
  const [header = [], ...body] = readCsv(text);
  return { header, rows: body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))) };
}

type Ok = Extract<JsonEntry, { licences: unknown }>;
const entries = (run: CliCapture) =>
  (JSON.parse(run.stdout) as JsonEntry[]).map((e) => {
    if ('error' in e) throw new Error(e.error);
    return e as Ok;
  });

describe('icp-lens scan --hosting', () => {
  it('gives each URL the extension’s location and verdict in JSON', { timeout: TIMEOUT }, async () => {
    const run = await scan(['scan', '--hosting', '--json', ...URLS, localUrl, 'saved.html']);
    expect(run.code).toBe(0);
    // An IP literal and a file are placed without a lookup.
    expect([...run.lookups].sort()).toEqual(Object.keys(SITES).sort());
    const rows = entries(run).map((e) => [
      e.input,
      e.hosting?.location,
      e.hosting?.verdict.kind,
      e.hosting?.hosting?.ip,
    ]);
    expect(rows).toEqual([
      ['http://www.beijing-shop.example/', 'mainland-china', 'mainland-filed', '114.114.114.114'],
      ['http://www.hk-shop.example/', 'hong-kong', 'outside-no-number', '203.198.7.66'],
      ['http://www.macau-shop.example/', 'macau', 'outside-no-number', '202.175.3.3'],
      ['http://www.taipei-shop.example/', 'taiwan', 'outside-with-number', '168.95.1.1'],
      ['http://www.tokyo-shop.example/', 'abroad', 'outside-no-number', '133.242.0.3'],
      ['http://intranet.example/', 'local', 'local', '192.168.1.20'],
      ['http://gone.example/', 'unknown', 'unknown', undefined],
      [localUrl, 'local', 'local', '127.0.0.1'],
      ['saved.html', 'unknown', 'unknown', undefined],
    ]);
    const [beijing, hk] = entries(run);
    expect(beijing?.licences.map((l) => l.number)).toContain('京ICP备12345678号-1');
    expect(hk?.hosting).toMatchObject({
      addresses: ['203.198.7.66', '2001:db8::1'],
      hosting: { ip: '203.198.7.66', place: { kind: 'country', country: 'HK' } },
      verdict: { kind: 'outside-no-number', country: 'HK' },
      error: null,
      text: 'Served from Hong Kong, outside mainland China: no ICP filing is needed.',
    });
    const errors = entries(run).map((e) => e.hosting?.error);
    expect(errors[6]).toBe('cannot resolve gone.example: host not found');
    expect(errors[8]).toBe('the input has no host (a file or standard input)');
  });

  it('adds one hosting line per input to the table', { timeout: TIMEOUT }, async () => {
    const run = await scan(['--hosting', URLS[0] as string, URLS[1] as string, URLS[6] as string]);
    expect(run.code).toBe(0);
    const hostingLines = run.stdout.split('\n').filter((line) => line.startsWith('  hosting: '));
    expect(hostingLines).toEqual([
      '  hosting: 114.114.114.114: Served from mainland China, and the page shows an ICP number, as mainland-hosted sites must.',
      '  hosting: 203.198.7.66 (+1 more): Served from Hong Kong, outside mainland China: no ICP filing is needed.',
      '  hosting: cannot resolve gone.example: host not found',
    ]);
  });

  it('adds the hosting columns to CSV, after the others', { timeout: TIMEOUT }, async () => {
    const run = await scan(['--hosting', '--csv', URLS[0] as string, URLS[4] as string, 'missing.html']);
    // The missing file is an input that could not be read: exit 1, and no hosting for it.
    expect(run.code).toBe(1);
    const { header, rows } = csvTable(run.stdout);
    expect(header.slice(-4)).toEqual(['hosting_ip', 'hosting_location', 'hosting_verdict', 'hosting_error']);
    const cells = rows.map((r) => [r.input, r.number, r.hosting_ip, r.hosting_location, r.hosting_verdict]);
    expect(cells).toEqual([
      [
        'http://www.beijing-shop.example/',
        '京ICP备12345678号-1',
        '114.114.114.114',
        'mainland-china',
        'mainland-filed',
      ],
      [
        'http://www.beijing-shop.example/',
        '京公网安备11010502030143号',
        '114.114.114.114',
        'mainland-china',
        'mainland-filed',
      ],
      ['http://www.tokyo-shop.example/', '', '133.242.0.3', 'abroad', 'outside-no-number'],
      ['missing.html', '', '', '', ''],
    ]);
  });

  it('asks no resolver and adds nothing without --hosting', { timeout: TIMEOUT }, async () => {
    const json = await scan(['--json', URLS[1] as string]);
    expect(json.lookups).toEqual([]);
    expect(entries(json)[0]).not.toHaveProperty('hosting');
    const csv = await scan(['--csv', URLS[1] as string]);
    expect(csvTable(csv.stdout).header).not.toContain('hosting_ip');
    const table = await scan([URLS[1] as string]);
    expect(table.stdout).not.toContain('hosting:');
  });

  it('streams the same hosting with --jsonl, each line as its input is done', {
    timeout: TIMEOUT,
  }, async () => {
    const json = entries(await scan(['--hosting', '--json', ...URLS]));
    const run = await scan(['--hosting', '--jsonl', ...URLS]);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Ok & { index: number });
    const byIndex = lines.sort((a, b) => a.index - b.index).map(({ index: _index, ...entry }) => entry);
    expect(byIndex).toEqual(json);
  });
});

describe('the system resolver behind --hosting', () => {
  it('answers with every address of a name (A and AAAA), as getaddrinfo gives them', async () => {
    const addresses = await systemResolve('localhost');
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(['127.0.0.1', '::1']).toContain(address);
  });
});
