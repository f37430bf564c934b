// The text read around the blocks (the page scan's operator context) is searched for operators only:
// it names the operator a copyright line prints beside the numbers, and never adds a licence.
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse.ts';
import type { TextBlock } from '../../../src/core/types.ts';

const blocks: TextBlock[] = [{ text: '京ICP备2021012345号-1', region: 'footer', id: 0 }];
const context: TextBlock[] = [
  {
    text: '© 2024 北京星云科技有限公司 版权所有\n京ICP备2021012345号-1\n沪ICP备17036581号',
    region: 'footer',
    id: 1,
  },
];

describe('analysePage with context', () => {
  it('finds the operator in the context', () => {
    expect(analysePage(blocks, [], false, { year: 2026 }).operators).toEqual([]);
    const report = analysePage(blocks, [], false, { year: 2026, context });
    expect(report.operators?.[0]?.name).toBe('北京星云科技有限公司');
  });

  it('takes no licence from the context', () => {
    const report = analysePage(blocks, [], false, { year: 2026, context });
    expect(report.licences.map((l) => l.number)).toEqual(['京ICP备2021012345号-1']);
  });
});
