// The content script's hand-written check agrees with the protocol's schema.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fromOwnExtensionPage, isContentRequest } from '../../../src/content/requests.ts';
import { ContentRequestSchema } from '../../../src/messaging/protocol.ts';

const SAMPLES: unknown[] = [
  { type: 'show-block', block: 0 },
  { type: 'show-block', block: 3 },
  { type: 'show-block', block: 100_000 },
  { type: 'show-block', block: 100_001 },
  { type: 'show-block', block: -1 },
  { type: 'show-block', block: 1.5 },
  { type: 'show-block', block: '1' },
  { type: 'show-block', block: Number.NaN },
  { type: 'show-block' },
  { type: 'content-status' },
  { type: 'content-status', extra: 1 },
  { type: 'show-block', block: 1, extra: 1 },
  { type: 'page-scan', blocks: [] },
  null,
  'show-block',
  [],
  {},
];

describe('content requests', () => {
  it.each(SAMPLES.map((s) => [JSON.stringify(s), s]))('%s: hand check = schema', (_name, sample) => {
    expect(isContentRequest(sample)).toBe(v.safeParse(ContentRequestSchema, sample).success);
  });

  it('accepts requests only from our own extension pages', () => {
    const origin = 'chrome-extension://abc/';
    expect(fromOwnExtensionPage({ id: 'abc', url: `${origin}src/popup/index.html` }, 'abc', origin)).toBe(
      true,
    );
    expect(fromOwnExtensionPage({ id: 'abc', url: 'https://evil.example/' }, 'abc', origin)).toBe(false);
    expect(fromOwnExtensionPage({ id: 'other', url: `${origin}x` }, 'abc', origin)).toBe(false);
    expect(fromOwnExtensionPage({ id: 'abc' }, 'abc', origin)).toBe(false);
    expect(fromOwnExtensionPage({ id: 'abc', url: `${origin}x` }, undefined, origin)).toBe(false);
  });
});
