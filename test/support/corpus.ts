// Scores the page scan + core against the labelled dev corpus (test/fixtures/corpus/footers-dev.jsonl,
// described in its README.md).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../src/cli/document.ts';
import { analysePage } from '../../src/core/analyse.ts';
import type { FoundLicence } from '../../src/core/types.ts';
import { collectPage } from '../../src/dom/collect.ts';

export interface Expected {
  kind: string;
  number: string;
  province: string | null;
  dummy?: boolean;
  malformed?: boolean;
  legacy_format?: boolean;
  prefix_code_mismatch?: boolean;
  english_form?: boolean;
}

export interface Snippet {
  id: number;
  html: string;
  expect: Expected[];
  tags: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
export const CORPUS_PATH = resolve(here, '../fixtures/corpus/footers-dev.jsonl');

export function loadCorpus(path = CORPUS_PATH): Snippet[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Snippet);
}

/** The corpus keeps printed bracket styles; compare them as one style on both sides. */
export function comparable(kind: string, number: string): string {
  return `${kind}|${number
    .replace(/[（【〔［]/g, '(')
    .replace(/[）】〕］]/g, ')')
    .replace(/[[]/g, '(')
    .replace(/]/g, ')')}`;
}

/** The same path the command line takes: inert happy-dom document, page scan, core. */
export function scanHtml(html: string): FoundLicence[] {
  const page = parseHtml(html, null);
  try {
    const scan = collectPage(page.document);
    return analysePage(scan.blocks, scan.links, scan.truncated, { year: 2026 }).licences;
  } finally {
    void page.close();
  }
}

export interface SnippetScore {
  id: number;
  missed: string[];
  extra: string[];
  wrongProvince: string[];
  wrongFlags: string[];
  found: number;
  expected: number;
}

const FLAG_FIELDS: ReadonlyArray<readonly [keyof Expected, string]> = [
  ['dummy', 'dummy'],
  ['malformed', 'malformed'],
  ['legacy_format', 'legacy-format'],
  ['prefix_code_mismatch', 'prefix-code-mismatch'],
];

/**
 * The kinds the corpus labels anywhere. It labels a fixed set of kinds and leaves others out of
 * scope, never expected even where printed (营业性演出许可证 among them); the core may read more
 * kinds than that, and a number of a kind the corpus does not label is neither a hit nor an extra.
 */
export function labelledKinds(snippets: readonly Snippet[]): ReadonlySet<string> {
  return new Set(snippets.flatMap((s) => s.expect.map((e) => e.kind)));
}

/** Scores the numbers of the `scored` kinds (labelledKinds) found in one snippet. */
export function scoreSnippet(snippet: Snippet, scored: ReadonlySet<string>): SnippetScore {
  const found = scanHtml(snippet.html).filter((l) => scored.has(l.kind));
  const foundByKey = new Map(found.map((l) => [comparable(l.kind, l.number), l]));
  const expectedKeys = new Set(snippet.expect.map((e) => comparable(e.kind, e.number)));
  const score: SnippetScore = {
    id: snippet.id,
    missed: [],
    extra: [],
    wrongProvince: [],
    wrongFlags: [],
    found: foundByKey.size,
    expected: expectedKeys.size,
  };
  for (const e of snippet.expect) {
    const got = foundByKey.get(comparable(e.kind, e.number));
    if (!got) {
      score.missed.push(`${e.kind} ${e.number}`);
      continue;
    }
    if ((got.province?.en ?? null) !== e.province) {
      score.wrongProvince.push(`${e.number}: ${got.province?.en ?? null} ≠ ${e.province}`);
    }
    for (const [field, flag] of FLAG_FIELDS) {
      const want = e[field] === true;
      const has = got.flags.some((f) => f.flag === flag);
      if (want !== has) score.wrongFlags.push(`${e.number}: ${flag} ${has ? 'set' : 'missing'}`);
    }
  }
  for (const [key, l] of foundByKey) if (!expectedKeys.has(key)) score.extra.push(`${l.kind} ${l.number}`);
  return score;
}
