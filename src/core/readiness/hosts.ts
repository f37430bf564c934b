// The shipped host list (data/blocked-hosts.json, see data/README.md), typed. Its shape is checked by
// test/unit/core/readiness-data.test.ts against the schema in schema.ts, so the background does not
// pay for a check on every start.
import data from './data/blocked-hosts.json' with { type: 'json' };
import type { HostList } from './types.ts';

export const HOST_LIST = data as HostList;
