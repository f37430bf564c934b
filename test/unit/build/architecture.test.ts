// ARCHITECTURE.md stays true about the messages: every type of the protocol map has a row in its
// table, and the table names no type the map does not have.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_MESSAGES, CONTENT_MESSAGES } from '../../../src/messaging/protocol.ts';

const doc = readFileSync(new URL('../../../ARCHITECTURE.md', import.meta.url), 'utf8');
const section = doc.slice(doc.indexOf('## Messages'), doc.indexOf('## State'));
const documented = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
const types = [...Object.keys(BACKGROUND_MESSAGES), ...Object.keys(CONTENT_MESSAGES)];

describe('ARCHITECTURE.md', () => {
  it('lists every message type of the protocol map, and no other', () => {
    expect([...documented].sort()).toEqual([...types].sort());
  });
});
