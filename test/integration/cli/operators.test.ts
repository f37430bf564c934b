// The page's operator in the command line's output (table and JSON), and the library's scanHtml
// giving the very entry `scan --json` prints for the same page, operators included.
import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../../src/lib/index.ts';
import { parseJson } from './support/env.ts';
import { runMain } from './support/run-main.ts';

const PAGE = `<!doctype html><meta charset="utf-8"><title>t</title><body><main>产品介绍</main>
<footer><p>版权所有 © 2024 北京星河数据科技有限公司
<a href="https://beian.miit.gov.cn/">京ICP备12345678号-1</a></p></footer></body>`;

describe('operators in the output', () => {
  it('prints the operator in JSON without the internal block id, and names it in the table', async () => {
    const json = await runMain(['--json', '-'], { stdin: PAGE });
    expect(json.code).toBe(0);
    const [entry] = parseJson(json.stdout);
    expect(entry?.operators?.[0]).toMatchObject({ name: '北京星河数据科技有限公司', kind: 'organisation' });
    expect(entry?.operators?.[0]).not.toHaveProperty('block');

    const table = await runMain(['-'], { stdin: PAGE });
    expect(table.stdout).toMatch(/operator: 北京星河数据科技有限公司 \([a-z-]+, footer\)/);
  });

  it('scanHtml gives the same entry as scan --json', async () => {
    const run = await runMain(['--json', '-'], { stdin: PAGE });
    expect(await scanHtml(PAGE)).toEqual(parseJson(run.stdout)[0]);
  });
});
