// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
// The committed fixture pages: every number in expected.json is read whole, in its region, and the
// footer comes first.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectPage } from '../../../src/dom/collect.ts';

interface Expected {
  kind: string;
  number: string;
  region: 'footer' | 'body';
}

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');
const expected = JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8')) as Record<
  string,
  Expected[] | string
>;
const pages = Object.entries(expected).filter((e): e is [string, Expected[]] => Array.isArray(e[1]));

function load(name: string) {
  const html = readFileSync(resolve(dir, name), 'utf8');
  return collectPage(new DOMParser().parseFromString(html, 'text/html'));
}

/** The parser removes whitespace inside numbers; so does this comparison. */
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

describe.each(pages)('%s', (name, items) => {
  const page = load(name);

  it.each(items.map((item) => [item.number, item] as const))('reads %s whole', (_, item) => {
    const printed = squash(item.number);
    const block = page.blocks.find((b) => squash(b.text).includes(printed));
    expect(block, `no block holds ${item.number}: ${JSON.stringify(page.blocks)}`).toBeDefined();
    expect(block?.region).toBe(item.region);
  });

  it('lists footer blocks first and is not truncated', () => {
    const regions = page.blocks.map((b) => b.region);
    const firstBody = regions.indexOf('body');
    if (firstBody >= 0) expect(regions.slice(firstBody)).not.toContain('footer');
    expect(page.truncated).toBe(false);
    expect(page.anchors).toHaveLength(page.blocks.length);
  });
});

describe('fixture details', () => {
  it('the overseas page gives nothing', () => {
    const page = load('english-overseas.html');
    expect(page.blocks).toEqual([]);
    expect(page.links).toEqual([]);
  });

  it('the Beijing page also reports a body block and its registry links', () => {
    const page = load('beijing-commercial.html');
    expect(page.blocks.at(-1)?.region).toBe('body');
    expect(page.blocks.some((b) => b.text.includes('00000000'))).toBe(false); // the <script> is skipped
    expect(page.links.map((l) => l.href)).toEqual([
      'https://beian.miit.gov.cn/',
      'https://beian.miit.gov.cn/#/Integrated/index',
      'https://beian.mps.gov.cn/#/query/webSearch?code=11010802023571',
    ]);
  });

  it('the many-spans footer reads as one block', () => {
    const page = load('many-spans.html');
    // The source's indentation between the links reads as the space a browser shows.
    expect(page.blocks.map((b) => b.text)).toEqual(['粤ICP备2022093415号-1 | 粤公网安备44030502009127号']);
  });
});
