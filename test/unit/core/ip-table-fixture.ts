// The committed country table, inflated and decoded once for the tests that need real data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeIpTable, type IpTable } from '../../../src/core/hosting/ip-table.ts';

export const TABLE_FILE = join(import.meta.dirname, '../../../src/core/hosting/data/ip-country.bin');

let table: IpTable | null = null;
export function realTable(): IpTable {
  table ??= decodeIpTable(new Uint8Array(gunzipSync(readFileSync(TABLE_FILE))));
  return table;
}
