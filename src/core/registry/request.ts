// The search text in the request body the registry front-end sent (read, never changed): MIIT's
// `{"unitName": …}`, the police site's `{"maindm": …}`. JSON in the bodies seen; a form-encoded
// body is read too.
import type { Registry } from '../types.ts';
import { MAX_QUERY_CHARS } from './limits.ts';

/** Request bodies longer than this are not searched for a query. */
export const MAX_REQUEST_CHARS = 4_000;

const QUERY_FIELDS: Record<Registry, readonly string[]> = {
  miit: ['unitName'],
  psb: ['maindm', 'websitesname', 'webnm', 'recordcode', 'polnm'],
};

function formField(body: string, name: string): string | null {
  for (const pair of body.split('&')) {
    const at = pair.indexOf('=');
    if (at < 0 || pair.slice(0, at) !== name) continue;
    try {
      return decodeURIComponent(pair.slice(at + 1).replace(/\+/g, ' '));
    } catch {
      return null;
    }
  }
  return null;
}

/** The query of a request body, trimmed and bounded; null when there is none. */
export function queryOfRequest(registry: Registry, body: string | null): string | null {
  if (body === null || body.length > MAX_REQUEST_CHARS) return null;
  let fields: Record<string, unknown> | null = null;
  try {
    const json: unknown = JSON.parse(body);
    if (typeof json === 'object' && json !== null && !Array.isArray(json))
      fields = json as Record<string, unknown>;
  } catch {
    // not JSON: a form body
  }
  for (const name of QUERY_FIELDS[registry]) {
    const value = fields ? fields[name] : formField(body, name);
    if (typeof value === 'string' && value.trim() !== '') return value.trim().slice(0, MAX_QUERY_CHARS);
  }
  return null;
}
