// One regular test for each bug the property tests (properties.test.ts) found.
import { describe, expect, it } from 'vitest';
import { hasMarker } from '../../../src/core/markers.ts';
import { normalize } from '../../../src/core/normalize.ts';
import { parseText } from '../../../src/core/parse.ts';

const parse = (text: string) => parseText(text, { year: 2026 }).map((l) => [l.kind, l.number]);

describe('bugs found by property tests', () => {
  it('a character NFKC folds to a dash becomes "-" (normalising twice changed ︱ again)', () => {
    expect(normalize('︱').text).toBe('-');
    expect(normalize('﹘').text).toBe('-');
    expect(normalize(normalize('a︱b').text).text).toBe('a-b');
    expect(parse('京ICP备16045689号︱1')).toEqual([['icp-filing', '京ICP备16045689号-1']]);
  });

  it('digits in other styles are ASCII in a number kept as printed', () => {
    expect(parse('互联网新闻信息服务许可证𝟏1120180001号')).toEqual([['news-license', '11120180001号']]);
  });

  it('a number does not end inside what one character folds to (㍢ is "10点")', () => {
    expect(parse('互联网新闻信息服务许可证20191236㍢')).toEqual([]);
    expect(parse('互联网新闻信息服务许可证2019123610点')).toEqual([['news-license', '2019123610']]);
  });

  it('an AI filing whose name starts with a digit passes the marker on its own', () => {
    expect(hasMarker('Beijing-360ZhiNao-20230830')).toBe(true);
    expect(parse('Beijing-360ZhiNao-20230830')).toEqual([['ai-model-filing', 'Beijing-360ZhiNao-20230830']]);
  });
});
