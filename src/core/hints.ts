// Numbers that appear only in a link target (…registerSystemInfo?recordcode=…, …webSearch?code=…)
// are not printed licences, but they are worth showing as hints.
import { provinceByCode } from './provinces.ts';
import type { Hint, Licence, LinkHint } from './types.ts';

const PSB_CODE = /[?&#](?:recordcode|code)=(\d{12,16})(?!\d)/i;

function describe(href: string): string {
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]{1,253})/i.exec(href)?.[1];
  return host ? `link to ${host}` : 'link';
}

export function linkHints(links: readonly LinkHint[], printed: readonly Licence[]): Hint[] {
  const printedDigits = new Set(
    printed.filter((l) => l.kind === 'psb').map((l) => l.number.replace(/\D/g, '')),
  );
  const hints: Hint[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    const digits = PSB_CODE.exec(link.href)?.[1];
    if (!digits || printedDigits.has(digits) || seen.has(digits)) continue;
    seen.add(digits);
    const province = provinceByCode(digits.slice(0, 2));
    hints.push({
      kind: 'psb',
      number: digits,
      source: `${describe(link.href)}${province ? ` (code in ${province.en})` : ''}`,
    });
  }
  return hints;
}
