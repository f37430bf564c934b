import { describe, expect, it } from 'vitest';
import { hasMarker, isLoneLabelChar, markerOffsets } from '../../../src/core/markers.ts';

describe('hasMarker', () => {
  it.each([
    '京ICP备12345678号',
    '京icp备',
    '粤ＩＣＰ备14193636号',
    'ICP License No. 2022020686, Shanghai',
    '京ICP備19033658號',
    '京公网安备11010502030143号',
    '公網安',
    '网安',
    '粤B2-20090059',
    'A2.B1.B2-20090003',
    '京Ｂ２－20090059',
    '京网文〔2013〕0934-983号',
    '網文',
    '京ICP证030173号',
    '新出網證',
    '京 I C P 备 1534 5678 号',
    '津工cp备18003662号',
    '沪公网备31010402000123号',
    '公安备案号11010502030143',
    '（京）网药械信息备字（2022）第00334号',
    '信息网络传播视听节目许可证 0109362',
    '（沪）字第1248号',
    '（京）-经营性-2024-0502',
    '經營性',
    '（苏）网械平台备字（2018）第00052号',
    '网信算备330109094482246341270号',
    '（总）网出证（京）字第049号',
    'Beijing-YunQue-20230821',
    'Jiangsu-CarrotAI-202407030002',
    'Guizhou-DuoCaiHuangXiaoXiAI-20250724S0002',
  ])('finds a marker in %s', (text) => {
    expect(hasMarker(text)).toBe(true);
  });

  it.each([
    '',
    '12345678',
    '© 2024 Northwind Analytics Ltd. company no. 11482930',
    '北京市朝阳区建国路88号',
    'B2B commerce',
    'web-app-2023',
    '我们准备了新设备，具备证券资质证书',
  ])('finds no marker in %s', (text) => {
    expect(hasMarker(text)).toBe(false);
  });

  it('stays linear on long letter runs and hyphen chains', () => {
    const inputs = [
      'a'.repeat(200_000),
      'a-'.repeat(100_000),
      `x-${'b'.repeat(200_000)}`,
      '-'.repeat(200_000),
    ];
    // A backtracking pattern would hang here; the test timeout is the guard, not a clock.
    for (const text of inputs) expect(hasMarker(text)).toBe(false);
  });

  it('lists every marker offset', () => {
    // 备 alone is no marker (准备, 设备 …): ICP and 网安 are.
    expect(markerOffsets('京ICP备1号 and 京公网安备2号')).toEqual([1, 14]);
  });
});

describe('isLoneLabelChar', () => {
  it('accepts a lone 备 or 证 (one character per element) and nothing else', () => {
    expect(isLoneLabelChar('备')).toBe(true);
    expect(isLoneLabelChar(' 證 ')).toBe(true);
    expect(isLoneLabelChar('设备')).toBe(false);
    expect(isLoneLabelChar('号')).toBe(false);
  });
});
