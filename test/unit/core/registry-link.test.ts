// Which registry a number is looked up at comes from its row in the kinds table.
import { describe, expect, it } from 'vitest';
import { registryLink } from '../../../src/core/official-link.ts';
import { parseText } from '../../../src/core/parse.ts';

const linkOf = (text: string) => {
  const [licence] = parseText(text, { year: 2026 });
  if (!licence) throw new Error(`nothing parsed in ${text}`);
  return registryLink(licence);
};

describe('registryLink', () => {
  it('sends ICP numbers and telecom licences to the MIIT query, number copied first', () => {
    for (const text of ['京ICP备16045689号-1', '京ICP证030173号', '京B2-20191236']) {
      expect(linkOf(text)).toEqual({ registry: 'miit', url: 'https://beian.miit.gov.cn/', copyFirst: true });
    }
  });

  it('links a 14-digit police filing to its record page, and a legacy one nowhere', () => {
    expect(linkOf('京公网安备11010502038816号')).toEqual({
      registry: 'psb',
      url: 'https://beian.mps.gov.cn/#/query/webSearch?code=11010502038816',
      copyFirst: false,
    });
    expect(linkOf('京公网安备110105634115')).toBeNull();
  });

  it('sends algorithm filings to the CAC filing site', () => {
    expect(linkOf('网信算备330109094482246341270号')).toMatchObject({ registry: 'cac', copyFirst: true });
  });

  it('gives kinds without an official look-up no link', () => {
    expect(linkOf('京网文〔2019〕2847-311号')).toBeNull();
    expect(linkOf('萌ICP备20252020号')).toBeNull();
  });
});
