// Every message key exists in every locale directory with the same placeholders, every key the code
// uses exists, the manifest's __MSG_…__ names resolve, and each Chinese locale is written in its script.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { formatEntry, t } from '../../../src/i18n/i18n.ts';
import { LABEL_KEYS } from '../../../src/i18n/labels.ts';

const ROOT = join(import.meta.dirname, '../../..');
const LOCALES_DIR = join(ROOT, 'public/_locales');

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Messages = Record<string, Entry>;

const read = (locale: string): Messages =>
  JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;

const locales = readdirSync(LOCALES_DIR).sort();
const en = read('en');

describe('_locales', () => {
  it('has en, zh_CN and zh_TW', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'zh_CN', 'zh_TW']));
  });

  it('names its own locale in localeCode (html lang, dates, which province names read naturally)', () => {
    for (const locale of locales) expect(read(locale).localeCode?.message, locale).toBe(locale);
  });

  // Character by character only (no phrase table): a Simplified character left in zh_TW is a fault,
  // a Taiwan word chosen over the mainland one is not.
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

  it('zh_TW is in Traditional characters', () => {
    const simplified = Object.entries(read('zh_TW')).filter(
      ([, entry]) => toTraditional(entry.message) !== entry.message,
    );
    expect(simplified.map(([key, entry]) => `${key}: ${entry.message}`)).toEqual([]);
  });

  it('zh_CN is in Simplified characters', () => {
    const traditional = Object.entries(read('zh_CN')).filter(
      ([, entry]) => toSimplified(entry.message) !== entry.message,
    );
    expect(traditional.map(([key, entry]) => `${key}: ${entry.message}`)).toEqual([]);
  });

  for (const locale of locales) {
    it(`${locale} has exactly the keys of en, with the same placeholders`, () => {
      const messages = read(locale);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [key, entry] of Object.entries(en)) {
        const other = messages[key];
        expect(other?.message.trim(), `${locale}:${key} is empty`).toBeTruthy();
        expect(Object.keys(other?.placeholders ?? {}).sort(), `${locale}:${key} placeholders`).toEqual(
          Object.keys(entry.placeholders ?? {}).sort(),
        );
        for (const name of Object.keys(entry.placeholders ?? {})) {
          expect(other?.message.toLowerCase(), `${locale}:${key} uses $${name}$`).toContain(`$${name}$`);
        }
      }
    });
  }

  it('has every key the source code passes to t()', () => {
    const used = new Set<string>(LABEL_KEYS);
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name)) {
          const source = readFileSync(path, 'utf8');
          for (const m of source.matchAll(/\bt\(\s*'([A-Za-z]+)'/g)) used.add(m[1] as string);
        }
      }
    };
    walk(join(ROOT, 'src'));
    for (const key of used) expect(Object.keys(en), `key ${key}`).toContain(key);
  });

  it('resolves the manifest messages', () => {
    const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    const names = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] as string);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(Object.keys(en)).toContain(name);
    expect(JSON.parse(manifest).default_locale).toBe('en');
  });
});

describe('t()', () => {
  it('falls back to English with substitutions where there is no browser', () => {
    expect(t('statusFiling', 'Beijing')).toBe('ICP filing shown · Beijing');
    expect(t('badgeTitle', ['ICP filing', '京ICP备1号', 'Beijing', '2'])).toBe(
      'ICP Lens — ICP filing 京ICP备1号 (Beijing) · 2 numbers on the page',
    );
  });

  it('substitutes the way chrome.i18n does, by placeholder name', () => {
    const zh = read('zh_CN').noteProvincesDiffer as Entry;
    expect(formatEntry(zh, ['北京市', '上海市'])).toBe('ICP 号码属于北京市，但公安备案属于上海市。');
  });
});
