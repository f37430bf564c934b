// @vitest-environment happy-dom
// Collection loses nothing: every expected number of the development corpus (except English forms,
// which the parser maps) has all its digit runs in one collected block.
import { describe, expect, it } from 'vitest';
import { collectPage } from '../../../src/dom/collect.ts';
import { loadCorpus, type Snippet } from '../../support/corpus.ts';

const snippets = loadCorpus();

function squash(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

function parse(html: string): Document {
  // A parsed document, not innerHTML on the live one: nothing in it loads or runs.
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

let checked = 0;

function missing(snippet: Snippet): string[] {
  const texts = collectPage(parse(snippet.html)).blocks.map((b) => squash(b.text));
  const lost: string[] = [];
  for (const item of snippet.expect) {
    if (item.english_form) continue;
    checked++;
    const runs = item.number.normalize('NFKC').match(/\d+/g) ?? [];
    if (!texts.some((t) => runs.every((r) => t.includes(r)))) lost.push(item.number);
  }
  return lost;
}

describe('footers-dev corpus', () => {
  it('has all 156 snippets', () => {
    expect(snippets.length).toBe(156);
  });

  it('collects every expected number', () => {
    const failures: string[] = [];
    for (const snippet of snippets) {
      const lost = missing(snippet);
      if (lost.length) failures.push(`#${snippet.id}: ${lost.join(', ')}`);
    }
    expect(failures).toEqual([]);
    // All 237 expected numbers but the 2 English forms.
    expect(checked).toBe(235);
  });
});
