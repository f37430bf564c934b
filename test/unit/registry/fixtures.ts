// Response bodies of the registries' query APIs, as documented shapes (test/fixtures/registry).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawResponse } from '../../../src/core/registry/body.ts';

const DIR = join(import.meta.dirname, '../../fixtures/registry');

export function body(name: string): string {
  return readFileSync(join(DIR, name), 'utf8');
}

/** A response with the fixture `name` as its body. */
export function response(
  name: string,
  status = 200,
  contentType = 'application/json;charset=UTF-8',
): RawResponse {
  return { status, contentType, body: body(name) };
}

export const READ_AT = 1_760_000_000_000;
