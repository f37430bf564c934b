// The zh_TW pages: province names in Traditional characters, country names from the Traditional
// display names, and the Chinese jurisdictions in the locale's own words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { PROVINCES } from '../../../src/core/provinces.ts';
import { countryName } from '../../../src/i18n/hosting-text.ts';
import { formatEntry } from '../../../src/i18n/i18n.ts';
import { provinceName } from '../../../src/i18n/labels.ts';
import { PROVINCE_HANT } from '../../../src/i18n/province-hant.ts';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

function useLocale(locale: string): void {
  const messages = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../public/_locales', locale, 'messages.json'), 'utf8'),
  ) as Messages;
  const entry = (key: string) => messages[key];
  (globalThis as { chrome?: unknown }).chrome = {
    i18n: {
      getMessage: (key: string, subs: string[]) => {
        const found = entry(key);
        return found ? formatEntry(found, subs) : '';
      },
    },
  };
}
afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('zh_TW', () => {
  it('has a Traditional name for every province, the core name character by character', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    expect(Object.keys(PROVINCE_HANT).sort()).toEqual(PROVINCES.map((p) => p.code).sort());
    for (const p of PROVINCES) expect(PROVINCE_HANT[p.code], p.en).toBe(toTraditional(p.zh));
  });

  it('shows province names in Traditional characters, and zh_CN keeps the Simplified ones', () => {
    const guangdong = PROVINCES.find((p) => p.code === '44');
    if (!guangdong) throw new Error('no Guangdong');
    useLocale('zh_TW');
    expect(provinceName(guangdong)).toBe('廣東省');
    useLocale('zh_CN');
    expect(provinceName(guangdong)).toBe('广东省');
  });

  it('names countries in Traditional characters and Taiwan, Hong Kong and Macau without a prefix', () => {
    useLocale('zh_TW');
    expect(countryName('TW')).toBe('臺灣');
    expect(countryName('HK')).toBe('香港');
    expect(countryName('MO')).toBe('澳門');
    expect(countryName('US')).toBe('美國 (US)');
  });
});
