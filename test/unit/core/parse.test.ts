import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/core/parse.ts';
import type { Licence } from '../../../src/core/types.ts';

const parse = (text: string) => parseText(text, { year: 2026 });
const one = (text: string): Licence => {
  const found = parse(text);
  expect(found, text).toHaveLength(1);
  return found[0] as Licence;
};
const flags = (l: Licence) => l.flags.map((f) => f.flag).sort();

describe('ICP filings', () => {
  it.each([
    ['京ICP备11012345号-1', '京ICP备11012345号-1', 'Beijing'],
    ['京ICP备2021012345号', '京ICP备2021012345号', 'Beijing'],
    ['皖ICP备案020604号', '皖ICP备020604号', 'Anhui'],
    ['陕 ICP 备 19230924 号 -2', '陕ICP备19230924号-2', 'Shaanxi'],
    ['滇ICP备09369837-5号', '滇ICP备09369837号-5', 'Yunnan'],
    ['赣ICP备11097697-3', '赣ICP备11097697号-3', 'Jiangxi'],
    ['津ICP备案：13004567号', '津ICP备13004567号', 'Tianjin'],
    ['蜀 ICP(备)10884588号', '蜀ICP备10884588号', 'Sichuan'],
    ['晋ICP备ICP备15177683', '晋ICP备15177683号', 'Shanxi'],
    ['京ICP备：14222181号', '京ICP备14222181号', 'Beijing'],
    ['粤ＩＣＰ备14193636号－1', '粤ICP备14193636号-1', 'Guangdong'],
    ['京ICP备12384919号－10', '京ICP备12384919号-10', 'Beijing'],
    ['京ICP備19033658號', '京ICP备19033658号', 'Beijing'],
    ['粵ICP備11843387號', '粤ICP备11843387号', 'Guangdong'],
    ['京icp备15012345号', '京ICP备15012345号', 'Beijing'],
    ['京\u200bICP备150\u200b12345号', '京ICP备15012345号', 'Beijing'],
    ['黔ICP备15004598号-1', '黔ICP备15004598号-1', 'Guizhou'],
    ['陇ICP备17001234号-2', '陇ICP备17001234号-2', 'Gansu'],
    ['蜀ICP备2026033844号-1', '蜀ICP备2026033844号-1', 'Sichuan'],
    ['京 I C P 备\u00a0 1534 5678 号 - 2', '京ICP备15345678号-2', 'Beijing'],
  ])('%s → %s', (text, number, province) => {
    const l = one(text);
    expect(l.kind).toBe('icp-filing');
    expect(l.number).toBe(number);
    expect(l.province?.en).toBe(province);
    expect(l.commercial).toBe(false);
  });

  it('reads full province names and 备案号 labels', () => {
    expect(one('广东ICP备12045678号-1')).toMatchObject({
      number: '粤ICP备12045678号-1',
      printed: '广东ICP备12045678号-1',
    });
    expect(one('四川省ICP备19012345号').number).toBe('蜀ICP备19012345号');
    expect(one('苏ICP备案号：15012345号').number).toBe('苏ICP备15012345号');
  });

  it('decodes the site suffix, service type, subject and year', () => {
    expect(one('陕ICP备2024026116号-1A')).toMatchObject({
      subject: '陕ICP备2024026116号',
      sequence: 1,
      service: 'app',
      year: 2024,
    });
    expect(one('苏ICP备2026847906号-1X').service).toBe('mini-program');
    expect(one('京ICP备08921110号-66')).toMatchObject({ sequence: 66, service: 'website', year: 2008 });
    expect(one('粤ICP备10072756号').sequence).toBeUndefined();
  });

  it('keeps the printed text', () => {
    expect(one('备案号：粤ICP备案：10025609号').printed).toBe('粤ICP备案：10025609号');
  });

  it('does not read a word after the suffix as a service letter', () => {
    expect(one('京ICP备15012345号-2All rights reserved').number).toBe('京ICP备15012345号-2');
    expect(one('京ICP备15012345号-2 All rights').number).toBe('京ICP备15012345号-2');
  });

  it('reads numbers glued to their neighbours', () => {
    expect(parse('430100S003粤ICP备11070646号-4增值电信').map((l) => l.number)).toEqual([
      '粤ICP备11070646号-4',
    ]);
    expect(parse('鲁ICP备05941178鲁公网安备37070202000123号').map((l) => l.number)).toEqual([
      '鲁ICP备05941178号',
      '鲁公网安备37070202000123号',
    ]);
    expect(parse('©皖ICP备17010401号-2皖公网安备34010402701234号').map((l) => l.kind)).toEqual([
      'icp-filing',
      'psb',
    ]);
  });

  it('flags malformed bodies but still reports them', () => {
    expect(flags(one('青ICP备案026000119号-2A'))).toEqual(['malformed']);
    expect(flags(one('京ICP备2030123456号'))).toEqual(['malformed']);
    expect(flags(one('京ICP备35123456号'))).toEqual(['malformed']);
  });

  it('flags invented numbers', () => {
    for (const text of [
      '京ICP备12345678号',
      '京ICP备2024000000号',
      '黑ICP备2024000001号',
      '京ICP备20151109号',
      '京ICP备00000000号',
    ]) {
      expect(flags(one(text)), text).toContain('dummy');
    }
    expect(flags(one('京ICP备20018813号-3'))).toEqual([]);
  });
});

describe('ICP licences', () => {
  it('reads 证 numbers as commercial licences', () => {
    expect(one('京ICP证030173号')).toMatchObject({
      kind: 'icp-license',
      number: '京ICP证030173号',
      commercial: true,
      province: { code: '11', abbr: '京', zh: '北京市', en: 'Beijing' },
    });
    expect(one('京ICP证030173号-1')).toMatchObject({ sequence: 1, subject: '京ICP证030173号' });
    expect(one('京ICP證 080047號').number).toBe('京ICP证080047号');
  });

  it('classifies by the number, not the label', () => {
    expect(one('ICP经营许可证：沪ICP备15039448号').kind).toBe('icp-filing');
    expect(one('公网安备案号沪ICP备15050433号').kind).toBe('icp-filing');
    expect(one('ICP证 津B2-20111268').kind).toBe('telecom-license');
  });
});

describe('novelty registries and look-alikes', () => {
  it('recognises joke registries and never gives them a province', () => {
    const l = one('萌ICP备20252020号');
    expect(l).toMatchObject({ kind: 'novelty-icp', province: null, number: '萌ICP备20252020号' });
    expect(flags(l)).toEqual(['novelty']);
    expect(one('星云ICP备20221234号').number).toBe('星云ICP备20221234号');
    expect(flags(one('| 蛙ICP备 66666666 |'))).toEqual(['dummy', 'novelty']);
    expect(one('本站已加入萌ICP备20230001号').kind).toBe('novelty-icp');
  });

  it('ignores cloud brands and unprefixed labels', () => {
    expect(parse('阿里云ICP备案 腾讯云ICP备案服务')).toEqual([]);
    expect(parse('学院ICP备案：13004567号')).toEqual([]);
    expect(parse('ICP No. 2025187782')).toEqual([]);
  });

  it('ignores other meanings of ICP', () => {
    for (const text of [
      'Point-to-plane ICP registration 2024',
      '5 ICP tokens',
      'ICPC2T活动03/11',
      'DOC-ICP-04',
      'ICP-MS 测定 12345678',
      'Intracranial Pressure (ICP) 11.2 mmHg',
    ]) {
      expect(parse(text), text).toEqual([]);
    }
  });
});

describe('placeholders and templates', () => {
  it.each([
    '沪ICP备XXXXXXXX号-X',
    '京ICP备xxxxxxxx号-x',
    '陕ICP备130xxxx83号',
    '吉ICP备07500273X号',
    '豫ICP备*******号-1',
    '黔ICP备2022xxxxxx号-1',
    '浙B2-200***24-1',
    '浙网文[2013]***-027号',
    '信息网络传播视听节目许可证：1109***4号',
    '京公网安备 XXXXXXXXXXXXXX号',
    '赣ICP备（暂无）',
    "{{ x || '皖ICP备15012345号' }}",
    '<!-- 粤ICP备14039641号 -->',
    '<%-- 闽ICP备13016306号 --%>',
    '{/* 京ICP备2024000001号 */}',
    '// const beian = ref("沪ICP备15039333号");',
    '<%= theme.beian %> 宁公网安备{POLICE_CODE}号',
  ])('%s is not a number', (text) => {
    expect(parse(text)).toEqual([]);
  });

  it('keeps numbers next to a template expression', () => {
    expect(one('{{ year }} 京ICP备15012345号').number).toBe('京ICP备15012345号');
    expect(one('http://beian.miit.gov.cn 京ICP备15012345号').number).toBe('京ICP备15012345号');
  });
});

describe('PSB filings', () => {
  it('reads the current 14-digit form with its area', () => {
    const l = one('京公网安备 11010502030143号');
    expect(l).toMatchObject({
      kind: 'psb',
      number: '京公网安备11010502030143号',
      printed: '京公网安备 11010502030143号',
    });
    expect(l.area).toMatchObject({ code: '110105', city: '北京市', district: '朝阳区', known: true });
    expect(flags(l)).toEqual([]);
  });

  it('maps every prefix vocabulary to its province', () => {
    expect(one('川公网安备51010502010725号').province?.en).toBe('Sichuan');
    expect(one('蜀公网安备51078202007898号').province?.en).toBe('Sichuan');
    expect(one('贵公网安备 52010202301951 号').province?.en).toBe('Guizhou');
    expect(one('黔公网安备52010302001234号').province?.en).toBe('Guizhou');
    expect(one('滇公网安备53010202000123号').province?.en).toBe('Yunnan');
    expect(one('甘公网安备62010202000456号').province?.en).toBe('Gansu');
  });

  it('accepts police-zone codes that no district list has', () => {
    const l = one('川公网安备51019002000123号');
    expect(l.area).toMatchObject({ known: false });
    expect(l.area?.province?.en).toBe('Sichuan');
    expect(flags(l)).toEqual([]);
  });

  it('flags a prefix that disagrees with the code', () => {
    const l = one('皖公网安备11010802014853号');
    expect(flags(l)).toEqual(['prefix-code-mismatch']);
    expect(l.province?.en).toBe('Anhui');
  });

  it('tells legacy numbers from malformed ones', () => {
    expect(flags(one('京公网安备110105634115'))).toEqual(['legacy-format']);
    expect(flags(one('浙公网安备 33010609120号'))).toEqual(['legacy-format']);
    expect(flags(one('晋公网安备号：140110430070001'))).toEqual(['malformed']);
    expect(flags(one('赣公网安备00000000000000号'))).toEqual(['dummy']);
  });

  it('reads other home-made labels', () => {
    expect(one('京网安备11010502030143号').number).toBe('京公网安备11010502030143号');
    expect(one('公安部备案号：11010502030143').number).toBe('11010502030143');
  });

  it('reads label slips (公网备, 公安网备)', () => {
    expect(one('沪公网备31010402000123号').number).toBe('沪公网安备31010402000123号');
    expect(one('渝公安网备50010302000123号').number).toBe('渝公网安备50010302000123号');
  });

  it('reads home-made labels with no province character as bare digits', () => {
    expect(one('深公安网监备案号4403101901155')).toMatchObject({
      number: '4403101901155',
      province: { en: 'Guangdong' },
    });
    expect(one('穗公网监备案证第44010650010167').number).toBe('44010650010167');
    expect(one('北京市公安局海淀分局备案号：11010802251729').number).toBe('11010802251729');
  });
});

describe('telecom licences', () => {
  it.each([
    ['粤B2-20090059', '粤B2-20090059', 'Guangdong', ['B2']],
    ['B2-20061128号', 'B2-20061128', null, ['B2']],
    ['合字B2-20164413', '合字B2-20164413', null, ['B2']],
    ['合字A1.B1.B2-20180017', '合字A1.B1.B2-20180017', null, ['A1', 'B1', 'B2']],
    ['黔B2-20017013-102', '黔B2-20017013-102', 'Guizhou', ['B2']],
    ['川B2-20172777', '川B2-20172777', 'Sichuan', ['B2']],
    ['滇B2-20150012', '滇B2-20150012', 'Yunnan', ['B2']],
    ['粤B2-20090059-1626X', '粤B2-20090059-1626X', 'Guangdong', ['B2']],
  ])('%s', (text, number, province, categories) => {
    const l = one(text);
    expect(l).toMatchObject({ kind: 'telecom-license', number, categories, commercial: true });
    expect(l.province?.en ?? null).toBe(province);
  });

  it('rejects look-alikes and flags bad years', () => {
    expect(parse('Cnhnb B2B SYSTEM')).toEqual([]);
    expect(parse('(B1+C1)(B2+C2)-B1.B2-C1*C2')).toEqual([]);
    expect(parse('京a8-888888 蛙B6-66666666')).toEqual([]);
    expect(flags(one('B2-1234567'))).toContain('malformed');
    expect(flags(one('京B2-19990001'))).toContain('malformed');
  });
});

describe('culture licences', () => {
  it.each([
    ['京网文〔2013〕0934-983号', '京网文〔2013〕0934-983号', 'Beijing'],
    ['京网文【2011】0036-013', '京网文【2011】0036-013', 'Beijing'],
    ['浙网文（2016）0349-219号', '浙网文（2016）0349-219号', 'Zhejiang'],
    ['黔网文许字[2014]1248-005号', '黔网文许字[2014]1248-005号', 'Guizhou'],
    ['滇网文许字【2014】1100-002号', '滇网文许字【2014】1100-002号', 'Yunnan'],
    ['甘网文[2019]1234-056号', '甘网文[2019]1234-056号', 'Gansu'],
    ['皖网文[2019] 4652-199 号', '皖网文[2019]4652-199号', 'Anhui'],
    ['文网文[2010]040号', '文网文[2010]040号', null],
  ])('%s', (text, number, province) => {
    const l = one(text);
    expect(l).toMatchObject({ kind: 'culture-license', number });
    expect(l.province?.en ?? null).toBe(province);
  });

  it('does not read official document numbers', () => {
    expect(parse('京网文〔2026〕1号')).toEqual([]);
  });
});

describe('other licences', () => {
  it.each([
    ['(京)-经营性-2024-0502', 'drug-info-license', '(京)-经营性-2024-0502', 'Beijing'],
    ['（苏）-非经营性-2016-0005', 'drug-info-license', '（苏）-非经营性-2016-0005', 'Jiangsu'],
    ['（沪）字第1248号', 'broadcast-license', '（沪）字第1248号', 'Shanghai'],
    ['(鲁广社)字第046号', 'broadcast-license', '(鲁广社)字第046号', 'Shandong'],
    ['广播电视节目制作经营许可证京字第2037号', 'broadcast-license', '京字第2037号', 'Beijing'],
    ['网络出版服务许可证（京）字第338号', 'online-publishing-license', '（京）字第338号', 'Beijing'],
    ['（总）网出证（京）字第049号', 'online-publishing-license', '（总）网出证（京）字第049号', 'Beijing'],
    ['（署）网出证（闽）字第015号', 'online-publishing-license', '（署）网出证（闽）字第015号', 'Fujian'],
    ['新出网证（宁）010号', 'online-publishing-license', '新出网证（宁）010号', 'Ningxia'],
    ['新出发京批字第直0673号', 'publication-license', '新出发京批字第直0673号', 'Beijing'],
    ['新出发京零字第大120007号', 'publication-license', '新出发京零字第大120007号', 'Beijing'],
    ['出版物经营许可证：京零字第朝220018号', 'publication-license', '京零字第朝220018号', 'Beijing'],
    ['（京）- 非经营性 - 2017 - 0067', 'drug-info-license', '（京）-非经营性-2017-0067', 'Beijing'],
    [
      '（京）网药械信息备字（2022）第00334号',
      'drug-info-license',
      '（京）网药械信息备字（2022）第00334号',
      'Beijing',
    ],
    [
      '（京）网药械网络信息服务备字（2023）第00570号',
      'drug-info-license',
      '（京）网药械网络信息服务备字（2023）第00570号',
      'Beijing',
    ],
    [
      '（苏）网械平台备字（2018）第00052号',
      'medical-device-platform-filing',
      '（苏）网械平台备字（2018）第00052号',
      'Jiangsu',
    ],
    ['信息网络传播视听节目许可证：1109364号', 'av-license', '1109364号', 'Zhejiang'],
    ['信息网络传播视听节目许可证 1910564', 'av-license', '1910564', 'Guangdong'],
    ['互联网新闻信息服务许可证11120180001号', 'news-license', '11120180001号', 'Beijing'],
    ['网信算备330109094482246341270号', 'algorithm-filing', '网信算备330109094482246341270号', 'Zhejiang'],
    ['京演（机构）〔2019〕1234号', 'performance-license', '京演（机构）〔2019〕1234号', 'Beijing'],
    ['营业性演出许可证：沪演(机构)[2018]0050号', 'performance-license', '沪演(机构)[2018]0050号', 'Shanghai'],
    ['营业性演出许可证京市演1574', 'performance-license', '京市演1574', 'Beijing'],
    ['演出许可证穗天演440106026', 'performance-license', '穗天演440106026', 'Guangdong'],
    ['Beijing-YunQue-20230821', 'ai-model-filing', 'Beijing-YunQue-20230821', 'Beijing'],
    [
      'Guizhou-DuoCaiHuangXiaoXiAI-20250724S0002',
      'ai-model-filing',
      'Guizhou-DuoCaiHuangXiaoXiAI-20250724S0002',
      'Guizhou',
    ],
  ])('%s', (text, kind, number, province) => {
    const l = one(text);
    expect(l).toMatchObject({ kind, number });
    expect(l.province?.en ?? null).toBe(province);
  });

  it('does not read out-of-scope numbers', () => {
    for (const text of [
      '地址：新兰路31号 8号楼',
      '服务热线：4001066666-5',
      '湘教QS3-200505-000078 津教备0499号',
      '国新办发函[2003]106号',
      '15号－16号',
      '营业执照注册号：330106000129004',
      '主演（按出场顺序）2019年1234场',
      '演出许可证办理中，请拨打1234567',
    ]) {
      expect(parse(text), text).toEqual([]);
    }
  });
});

describe('English forms', () => {
  it.each([
    ['ICP License No. 2022020686, Shanghai', '沪ICP备2022020686号', 'Shanghai'],
    ['ICP License No. 15058768 by Jiangsu Communications Administration', '苏ICP备15058768号', 'Jiangsu'],
    ['Guangdong ICP No. 2021839146-1', '粤ICP备2021839146号-1', 'Guangdong'],
    ['Sichuan ICP No. 2021012345', '蜀ICP备2021012345号', 'Sichuan'],
    ['Guang Dong ICP Record No.010221', '粤ICP证010221号', 'Guangdong'],
    ['Beijing ICP Prepared No. 14059463', '京ICP备14059463号', 'Beijing'],
  ])('%s', (text, number, province) => {
    const l = one(text);
    expect(l.number).toBe(number);
    expect(l.province?.en).toBe(province);
    expect(flags(l)).toContain('english-form');
    expect(l.printed).toBe(text);
  });

  it('reads English PSB filings, with a province or from the code', () => {
    expect(one('Jiangsu public security registration No. 32011402012641')).toMatchObject({
      kind: 'psb',
      number: '苏公网安备32011402012641号',
      province: { en: 'Jiangsu' },
    });
    expect(one('Yunnan Public Security No. 53011202001040').number).toBe('滇公网安备53011202001040号');
    expect(one('Public Security Filing No.: 11010802020088')).toMatchObject({
      number: '11010802020088',
      province: { en: 'Beijing' },
    });
    expect(flags(one('Guangdong public security No. 11010502030143'))).toEqual([
      'english-form',
      'prefix-code-mismatch',
    ]);
  });

  it('needs a province', () => {
    expect(parse('Systems (Shenzhen) Ltd., ICP License No.: 11010329')).toEqual([]);
  });
});

describe('linear time on hostile text', () => {
  // These would take minutes with a backtracking pattern; the test timeout guards against a hang.
  it.each([
    ['京ICP备 × 1,000,000', '京ICP备'.repeat(1_000_000)],
    ['a 5,000,000-digit run', `京ICP备${'1'.repeat(5_000_000)}`],
    ['公网安备 × 500,000', '京公网安备 '.repeat(500_000)],
    ['B2- × 1,000,000', 'B2-'.repeat(1_000_000)],
    ['3,000,000 spaces', `京${' '.repeat(3_000_000)}ICP备`],
    ['unclosed comments', `${'/*'.repeat(300_000)}${'<!--'.repeat(300_000)}京ICP备`],
  ])(
    '%s',
    (_name, text) => {
      expect(parseText(text)).toEqual([]);
    },
    20_000,
  );

  it('stays linear on text dense with numbers', () => {
    expect(parseText('京ICP备15012345号-1 '.repeat(20_000)).length).toBe(1 * 20_000);
  }, 20_000);
});
