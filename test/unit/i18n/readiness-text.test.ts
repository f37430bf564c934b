// The readiness verdict as one line: every code has words in English and Chinese, with nothing left
// unsubstituted, and the line joins the hosting lead and the problem as the issue describes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FEATURES } from '../../../src/core/readiness/types.ts';
import { LEADS, type ReadinessProblem, type ReadinessVerdict } from '../../../src/core/readiness/verdict.ts';
import { formatEntry } from '../../../src/i18n/i18n.ts';
import { problemText, verdictLine } from '../../../src/i18n/readiness-text.ts';

const STATUSES = ['blocked', 'unreliable-or-slow'] as const;
const PROBLEMS: ReadinessProblem[] = [
  { code: 'likely-works' },
  ...STATUSES.flatMap((status): ReadinessProblem[] => [
    { code: 'site', status, host: 'my.vercel.app', suffix: 'vercel.app', name: 'Vercel' },
    ...(['fonts', 'stylesheets', 'scripts', 'resources'] as const).map(
      (what): ReadinessProblem => ({
        code: 'held-up',
        status,
        host: 'fonts.googleapis.com',
        name: 'Google Fonts',
        what,
      }),
    ),
    ...FEATURES.map(
      (feature): ReadinessProblem => ({
        code: 'feature-fails',
        status,
        host: 'h.example',
        name: 'Thing',
        feature,
      }),
    ),
    { code: 'tracking-only', status, host: 'www.google-analytics.com', name: 'Google Analytics' },
  ]),
];

const verdict = (
  problem: ReadinessProblem,
  lead: ReadinessVerdict['lead'] = null,
  more = 0,
): ReadinessVerdict => ({
  lead,
  country: null,
  problem,
  more,
});

/** The example: Google Fonts on a site hosted outside the mainland. */
const FONTS_OUTSIDE = verdict(
  {
    code: 'held-up',
    status: 'unreliable-or-slow',
    host: 'fonts.googleapis.com',
    name: 'Google Fonts',
    what: 'fonts',
  },
  'outside-no-number',
);

function useChinese(): void {
  const zh = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../public/_locales/zh_CN/messages.json'), 'utf8'),
  ) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  (globalThis as { chrome?: unknown }).chrome = {
    i18n: { getMessage: (key: string, subs: string[]) => (zh[key] ? formatEntry(zh[key], subs) : '') },
  };
}
afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('verdict text', () => {
  it('reads as the issue’s examples', () => {
    expect(verdictLine(verdict({ code: 'likely-works' }))).toBe('Likely to work in mainland China');
    expect(verdictLine(FONTS_OUTSIDE)).toBe(
      'Hosted outside the mainland (no ICP needed), but fonts from fonts.googleapis.com may hold the page up',
    );
    expect(
      verdictLine(
        verdict({
          code: 'feature-fails',
          status: 'blocked',
          host: 'www.google.com',
          name: 'reCAPTCHA',
          feature: 'captcha',
        }),
      ),
    ).toBe('reCAPTCHA will not load: forms that need it fail');
    expect(
      verdictLine(
        verdict(
          { code: 'tracking-only', status: 'unreliable-or-slow', host: 'x', name: 'Google Analytics' },
          'mainland-filed',
          2,
        ),
      ),
    ).toBe(
      'Hosted in mainland China with an ICP number: likely to work, but Google Analytics may miss mainland visitors (and 2 more)',
    );
    expect(
      verdictLine(
        verdict(
          {
            code: 'feature-fails',
            status: 'blocked',
            host: 'i.imgur.com',
            name: 'Imgur',
            feature: 'content',
          },
          'mainland-no-number',
        ),
      ),
    ).toBe(
      'Hosted in mainland China, but no ICP number was found; content from i.imgur.com (Imgur) will not load',
    );
  });

  for (const locale of ['en', 'zh_CN'] as const) {
    it(`has words for every code in ${locale}, with every placeholder filled`, () => {
      if (locale === 'zh_CN') useChinese();
      const seen = new Set<string>();
      for (const problem of PROBLEMS) {
        const text = problemText(problem);
        expect(text, JSON.stringify(problem)).toMatch(/\S/);
        expect(text).not.toMatch(/\$/);
        seen.add(text);
        for (const lead of [null, ...LEADS]) {
          const line = verdictLine(verdict(problem, lead, 3));
          expect(line).not.toMatch(/\$|readiness/);
          expect(line).toContain('3');
        }
      }
      // Every code and status reads differently.
      expect(seen.size).toBe(PROBLEMS.length);
    });
  }

  it('writes Chinese lines', () => {
    useChinese();
    expect(verdictLine(FONTS_OUTSIDE)).toBe(
      '托管在中国大陆以外（无需 ICP 备案），但来自 fonts.googleapis.com 的字体可能拖慢页面显示',
    );
    expect(
      verdictLine(
        verdict(
          {
            code: 'feature-fails',
            status: 'blocked',
            host: 'www.google.com',
            name: 'reCAPTCHA',
            feature: 'captcha',
          },
          null,
          2,
        ),
      ),
    ).toBe('reCAPTCHA 无法加载：依赖它的表单无法提交（另有 2 项）');
  });
});
