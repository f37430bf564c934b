// --hosting (scan and audit): where a page's server is. The host is resolved through the system resolver
// (getaddrinfo: A and AAAA, /etc/hosts included), the first address is placed with the built-in
// IP → country table (src/core/hosting/data/ip-country.bin, read once), and the hosting verdict is
// the one the extension gives. No other service is asked.
import { lookup } from 'node:dns/promises';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { lookupIp } from '../core/hosting/ip-lookup.ts';
import { parseIp } from '../core/hosting/ip-parse.ts';
import { decodeIpTable, type IpTable } from '../core/hosting/ip-table.ts';
import type { Hosting } from '../core/hosting/types.ts';
import { type HostingVerdict, hostingVerdict } from '../core/hosting/verdict.ts';
import type { PageReport } from '../core/types.ts';

export type ResolveHost = (host: string) => Promise<string[]>;

export interface HostingResult {
  /** Addresses the name resolved to, in the resolver's order; the first is placed. */
  addresses: string[];
  hosting: Hosting | null;
  verdict: HostingVerdict;
  /** Why there is no address (lookup failed, no host), or null. */
  error: string | null;
}

const TABLE_URL = new URL('../core/hosting/data/ip-country.bin', import.meta.url);
let table: Promise<IpTable> | null = null;

export function loadIpTable(): Promise<IpTable> {
  table ??= readFile(TABLE_URL).then((bytes) => decodeIpTable(new Uint8Array(gunzipSync(bytes))));
  return table;
}

/** The host of a page's http(s) URL; null for a file or standard input. */
export function pageHostOf(url: string | null): string | null {
  if (!url || !/^https?:/i.test(url)) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

export const systemResolve: ResolveHost = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function describeLookupError(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (code === 'ENOTFOUND' || code === 'ENODATA') return 'host not found';
  if (code === 'EAI_AGAIN') return 'name lookup failed (temporary)';
  return error instanceof Error ? error.message : String(error);
}

export async function pageHosting(
  host: string | null,
  report: PageReport | null,
  resolve: ResolveHost,
  timeoutMs: number,
): Promise<HostingResult> {
  const unknown = (error: string | null): HostingResult => ({
    addresses: [],
    hosting: null,
    verdict: hostingVerdict(null, report, host),
    error,
  });
  if (!host) return unknown('the input has no host (a file or standard input)');
  const literal = host.startsWith('[') ? host.slice(1, -1) : host;
  let addresses: string[];
  try {
    addresses = parseIp(literal) ? [literal] : await withTimeout(resolve(host), timeoutMs);
  } catch (error) {
    return unknown(`cannot resolve ${host}: ${describeLookupError(error)}`);
  }
  const ip = addresses[0];
  if (!ip) return unknown(`cannot resolve ${host}: no address`);
  const hosting: Hosting = { ip, cached: false, place: lookupIp(await loadIpTable(), ip) };
  return { addresses, hosting, verdict: hostingVerdict(hosting, report, host), error: null };
}
