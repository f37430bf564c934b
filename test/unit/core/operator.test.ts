// The operator finder at text level (findOperatorsInText) and over a page's blocks (findOperators).
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse.ts';
import { findOperators, findOperatorsInText, numberSpans } from '../../../src/core/operator/find.ts';
import { normalizeName } from '../../../src/core/operator/name.ts';
import { MAX_TEXT } from '../../../src/core/operator/scan.ts';
import { parseText } from '../../../src/core/parse.ts';
import type { TextBlock } from '../../../src/core/types.ts';

/** Operators of one text, with the licences the parser finds in it. */
function ops(text: string) {
  return findOperatorsInText(text, parseText(text, { year: 2026 }));
}
const names = (text: string) => ops(text).map((o) => o.name);
const first = (text: string) => ops(text)[0];
/** Every text reports no operator. */
function none(...texts: string[]) {
  for (const text of texts) expect(names(text), text).toEqual([]);
}

describe('sources', () => {
  it.each([
    ['备案主体：杭州云栖网络科技有限公司 浙ICP备2021012345号-2', 'filer-label'],
    ['主办单位：北京市海淀区人民政府 京ICP备05058876号', 'sponsor-label'],
    ['北京大学主办 京ICP备05065075号', 'sponsor-label'],
    ['承办单位：北京中科网络技术有限公司', 'operator-label'],
    ['本网站由深圳市前海数据服务有限公司运营', 'operator-label'],
    ['This website is operated by Example Holdings Limited.', 'operator-label'],
    ['网站所有者：苏州工业园区星海小学', 'owner-label'],
    ['所有权归北京远景智能科技有限公司所有', 'owner-label'],
    ['上海微骆信息科技有限公司 沪ICP备16046609号-1', 'before-number'],
    ['上海长江唯诚科技股份有限公司\n公网安备案号沪ICP备15050433号', 'before-number'],
    ['© 2024 北京某某科技有限公司 版权所有', 'copyright'],
    ['版权所有：上海某某信息技术有限公司', 'copyright'],
    ['Copyright © 2024 Shenzhen Example Technology Co., Ltd.', 'copyright'],
    ['粤公网安备44190002000538号 东莞团贷网互联网科技服务有限公司 地址：东莞市', 'near-number'],
  ])('%s → %s', (text, source) => {
    expect(first(text)?.source).toBe(source);
  });

  it('keeps the printed text and its span', () => {
    const text = 'Copyright © 2024 北京星云科技有限公司 版权所有';
    const [op] = ops(text);
    expect(op?.printed).toBe('北京星云科技有限公司');
    expect(text.slice(op?.start, op?.end)).toBe('北京星云科技有限公司');
  });
});

describe('what a name is', () => {
  it('needs an entity suffix: a brand or a domain alone is not an operator', () => {
    none(
      '© 2024 Sina 京ICP证000007号',
      '© example.com 浙ICP备2020123456号-1',
      '©2004-2017博客园保留所有权利沪ICP备09004260号',
      '© 2024 星云科技 版权所有 京ICP备2021012345号',
    );
  });

  it('reads government bodies, schools, hospitals, societies and studios', () => {
    expect(names('版权所有：内蒙古自治区财政厅 蒙ICP备14005124号-2')).toEqual(['内蒙古自治区财政厅']);
    expect(names('版权所有：吉林农业科技学院 吉ICP备05002128号')).toEqual(['吉林农业科技学院']);
    expect(names('CopyRight © 2017 成都青羊德道口腔医院 版权所有')).toEqual(['成都青羊德道口腔医院']);
    expect(names('Copyright © 2024 中国计算机学会 版权所有')).toEqual(['中国计算机学会']);
    expect(names('星河工作室 鲁ICP备2021012345号')).toEqual(['星河工作室']);
    expect(names('主办：中共北京市委网信办')).toEqual(['中共北京市委网信办']);
  });

  it('keeps a bracketed part inside or right after the suffix', () => {
    expect(names('版权所有：北京星河（集团）有限公司')).toEqual(['北京星河（集团）有限公司']);
    expect(names('主辦單位：香港中文大學（深圳）')).toEqual(['香港中文大學（深圳）']);
  });

  it('reads English names with their suffix', () => {
    expect(names('Copyright 2016 HP Development Company, L.P.')).toEqual(['HP Development Company, L.P.']);
    expect(names('Copyright2016-2017 Heifeiku Leijan Technology Co.Ltd All Rights Reserved')).toEqual([
      'Heifeiku Leijan Technology Co.Ltd',
    ]);
    expect(names('© 2024 University of Nottingham Ningbo China 浙ICP备05004166号')).toEqual([
      'University of Nottingham Ningbo China',
    ]);
    expect(names('Copyright © 2024 Your Company Name. All rights reserved.')).toEqual([]);
  });

  it('cuts a name from glued text', () => {
    expect(names('copyright © 2017北京中军创云易物联网科技有限公司版权所有')).toEqual([
      '北京中军创云易物联网科技有限公司',
    ]);
    expect(names('2017-2018;深圳市蚂蚁区块链科技有限公司---粤ICP备18106718号-2')).toEqual([
      '深圳市蚂蚁区块链科技有限公司',
    ]);
    expect(names('惠普中国在线商店由惠普授权北京京东世纪贸易有限公司经营')).toEqual([
      '北京京东世纪贸易有限公司',
    ]);
  });

  it('joins a suffix printed apart from its name', () => {
    expect(names('版权所有：北京云图智能科技 有限公司')).toEqual(['北京云图智能科技有限公司']);
  });

  it('leaves out common words that end like a name', () => {
    none(
      '关于我们 | 帮助中心 | 开放平台 京ICP备2020012345号-1',
      'HP 已拆分为两个公司。 京ICP备2020012345号-1',
      '本网站所有内容均由用户上传，如有侵权请联系我们 京ICP备2020012345号-1',
    );
  });

  it('leaves out masked names', () => {
    none('版权所有：XX科技有限公司 京ICP备2020012345号', '版权所有：***有限公司');
  });

  it('does not read names in comments or template expressions', () => {
    none(
      '<!-- 版权所有：北京旧名科技有限公司 --> 京ICP备2020012345号',
      '© {{ company }} 版权所有 京ICP备2020012345号',
    );
  });
});

describe('names that are not the operator', () => {
  it.each([
    ['技术支持：深圳市华夏网络科技有限公司 粤ICP备2021012345号-1'],
    ['本站由阿里云计算有限公司提供计算与安全服务 浙ICP备2021012345号-1'],
    ['主管单位：中共成都市委宣传部'],
    ['运营支持单位: 博思数采科技发展有限公司内蒙古分公司'],
    ['代理域名注册服务机构：新网数码有限公司'],
    ['地址：上海市浦东新区世纪大道100号环球金融中心 沪ICP备2020012345号-1'],
    ['中国互联网协会会员 京ICP备2020012345号-1'],
    ['友情链接：北京大学 清华大学 京ICP备2020012345号-1'],
    ['北京市互联网违法和不良信息举报中心 京ICP备2020012345号-1'],
    ['京ICP备12345678号-2 北京市公安局朝阳分局备案编号：11010502000001'],
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('keeps an authority under its own label', () => {
    expect(names('主办单位：上海市公安局 沪ICP备10010022号')).toEqual(['上海市公安局']);
  });
});

describe('people', () => {
  it('reads a personal name after an explicit owner cue', () => {
    expect(ops('版权所有 © 张伟 | 京ICP备2023012345号-1')[0]).toMatchObject({ name: '张伟', kind: 'person' });
    expect(names('本站所有者：陈静')).toEqual(['陈静']);
    expect(names('欧阳娜娜 版权所有')).toEqual(['欧阳娜娜']);
    expect(names('站长：刘洋')).toEqual(['刘洋']);
  });

  it('does not read one after © alone, nor without a cue, nor a brand after 版权所有', () => {
    none(
      'Copyright © 2024 王小明 苏ICP备2024012345号-1',
      '2019112233 赵磊 闽ICP备2020012345号',
      '版权所有：博客园',
      '版权所有 © 哔哩哔哩',
    );
  });
});

describe('order', () => {
  it.each([
    [
      '主办 before 承办, whatever the order printed',
      '承办：上海数联信息科技有限公司 主办：上海交通大学 沪ICP备05052060号',
      ['上海交通大学', '上海数联信息科技有限公司'],
    ],
    [
      'a name before an ICP number before a copyright line',
      '© 2024 北京星光传媒有限公司 版权所有\n北京星光影视制作有限公司 京ICP备2020012345号-1',
      ['北京星光影视制作有限公司', '北京星光传媒有限公司'],
    ],
    [
      'a copyright line before a name next to a police number',
      '版权所有：南京青禾教育科技有限公司 南京青禾培训学校 苏公网安备32010202012345号',
      ['南京青禾教育科技有限公司', '南京青禾培训学校'],
    ],
    [
      'a Chinese name before its English rendering, each name once',
      'Copyright 2023 江苏汇智智能数字科技有限公司 Copyright 2023 Jiangsu Huizhi Intelligent Digital Technology Co., Ltd. 苏ICP备2023021414号-14 江苏汇智智能数字科技有限公司 版权所有',
      ['江苏汇智智能数字科技有限公司', 'Jiangsu Huizhi Intelligent Digital Technology Co., Ltd.'],
    ],
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('normalised name', () => {
  it.each([
    ['腾讯科技(深圳)有限公司', '腾讯科技（深圳）有限公司'],
    ['北京ＡＢＣ科技有限公司', '北京ABC科技有限公司'],
    [' 北京 星云\u200B科技有限公司 ', '北京星云科技有限公司'],
    ['IRIS  Systems （Shenzhen） Ltd.', 'IRIS Systems (Shenzhen) Ltd.'],
    ['達內集團有限公司', '達內集團有限公司'],
  ])('%s → %s', (printed, name) => {
    expect(normalizeName(printed)).toBe(name);
  });

  it('keeps traditional characters and the printed form', () => {
    const [op] = ops('版權所有 © 2024 廣州市網易計算機系統有限公司 粵ICP備08010319號');
    expect(op).toMatchObject({
      printed: '廣州市網易計算機系統有限公司',
      name: '廣州市網易計算機系統有限公司',
    });
  });
});

describe('findOperators over a page', () => {
  const blocks: TextBlock[] = [
    { id: 0, region: 'body', text: '版权所有：北京正文科技有限公司 京ICP备2020012345号' },
    { id: 1, region: 'footer', text: '京ICP备2021012345号-1' },
    { id: 2, region: 'footer', text: 'Copyright © 2024 北京页脚科技有限公司 版权所有' },
  ];
  const { licences } = analysePage(blocks, [], false, { year: 2026 });

  it('puts footer names first and says which block each came from', () => {
    expect(findOperators(blocks, licences)).toEqual([
      {
        printed: '北京页脚科技有限公司',
        name: '北京页脚科技有限公司',
        kind: 'organisation',
        source: 'copyright',
        region: 'footer',
        block: 2,
      },
      {
        printed: '北京正文科技有限公司',
        name: '北京正文科技有限公司',
        kind: 'organisation',
        source: 'before-number',
        region: 'body',
        block: 0,
      },
    ]);
  });

  it('finds a licence in any block that prints it, not only the one it was read from', () => {
    const context: TextBlock = {
      id: 3,
      region: 'footer',
      text: '北京上下文科技有限公司 京ICP备2021012345号-1',
    };
    expect(numberSpans(context.text, licences)).toHaveLength(1);
    expect(findOperators([context], licences)[0]?.source).toBe('before-number');
  });

  it('finds nothing on an empty page', () => {
    expect(findOperators([], [])).toEqual([]);
  });
});

describe('hostile text', () => {
  // Each returns a result. Only the first MAX_TEXT characters are read; below that every pattern is
  // linear, which the 50 000-character cases exercise.
  const M = 1_000_000;
  it.each([
    ['有限公司', '有限公司'.repeat(M / 4)],
    ['©', '©'.repeat(M)],
    ['unclosed brackets', '北京（'.repeat(M / 3)],
    ['Co., Ltd.', 'Co., Ltd. '.repeat(M / 10)],
    ['由', '由'.repeat(M)],
    ['版权所有', '版权所有'.repeat(M / 4)],
  ])('a million characters of %s', (_, text) => {
    expect(findOperatorsInText(text, [])).toEqual([]);
  });

  it.each([
    ['©', '©'.repeat(MAX_TEXT)],
    ['unclosed brackets', '（'.repeat(MAX_TEXT)],
    ['names', '北京星云科技有限公司 '.repeat(MAX_TEXT / 11)],
  ])('%s up to the read limit', (_, text) => {
    expect(findOperatorsInText(text, []).length).toBeLessThanOrEqual(1);
  });

  it('reads a name before the limit and ignores text after it', () => {
    const name = '版权所有：北京星云科技有限公司';
    expect(
      findOperatorsInText(`${name}${' '.repeat(MAX_TEXT)}版权所有：北京末尾科技有限公司`, []).map(
        (o) => o.name,
      ),
    ).toEqual(['北京星云科技有限公司']);
  });

  it('a long list of names after one label reads each once', () => {
    const text = `版权所有：${'北京星云科技有限公司 '.repeat(50_000)}`;
    expect(findOperatorsInText(text, []).map((o) => o.name)).toEqual(['北京星云科技有限公司']);
  });
});
