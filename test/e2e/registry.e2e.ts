// The registry pages' path in Chromium: on imitation query sites served at the real host names
// (test/e2e/registry-sites), the page's own API calls (XHR, fetch, from an iframe) are observed in
// the main world, relayed by the isolated-world script and reach the service worker as
// 'registry-answer' messages. The test listens in the worker with a listener it adds itself, so
// nothing test-only ships. Also: the page still gets its answers, no call is added or replayed,
// forged events from the page reach nothing, and no request leaves the machine.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistryAnswerMessage } from '../../src/registry-content/message.ts';
import { HOSTS } from './registry-sites/handler.ts';
import { haveOpenssl, type RegistrySites, startRegistrySites } from './registry-sites/serve.ts';
import { foreignRequests, type Launched, launchWithExtension } from './support/launch.ts';
import { pollUntil } from './support/poll.ts';

interface Received {
  message: RegistryAnswerMessage;
  origin?: string;
  url?: string;
  frameId?: number;
}

type WithListener = {
  chrome: {
    runtime: { onMessage: { addListener(f: (m: unknown, s: Record<string, unknown>) => undefined): void } };
  };
  registryAnswers?: Received[];
};

let sites: RegistrySites;
let ext: Launched;

const skip = !haveOpenssl();
if (skip) console.warn('registry.e2e: openssl not found, so no certificate for the imitation sites; skipped');

beforeAll(async () => {
  if (skip) return;
  sites = await startRegistrySites();
  ext = await launchWithExtension({ args: sites.args });
  await ext.worker.evaluate(() => {
    const g = globalThis as unknown as WithListener;
    g.registryAnswers = [];
    g.chrome.runtime.onMessage.addListener((message, sender) => {
      if ((message as { type?: unknown })?.type === 'registry-answer') {
        g.registryAnswers?.push({
          message: message as RegistryAnswerMessage,
          origin: sender.origin as string | undefined,
          url: sender.url as string | undefined,
          frameId: sender.frameId as number | undefined,
        });
      }
      return undefined;
    });
  });
});

afterAll(async () => {
  await ext?.close();
  await sites?.close();
});

function received(): Promise<Received[]> {
  return ext.worker.evaluate(() => (globalThis as unknown as WithListener).registryAnswers ?? []);
}

/** Waits for the answer to the query `query` (null: any new answer) after `before` answers. */
async function answerAfter(before: number, match: (r: Received) => boolean, what: string): Promise<Received> {
  const all = await pollUntil(received, (list) => list.slice(before).some(match), { timeout: 10_000, what });
  return all.slice(before).find(match) as Received;
}

async function query(page: Page, text: string, serviceType = '1', frame = false): Promise<void> {
  const root = frame ? page.frameLocator('#frame') : page;
  await root.locator('#q').fill(text);
  if (await root.locator('#type').count()) await root.locator('#type').selectOption(serviceType);
  await root.locator('#go').click();
}

const MIIT = 'https://beian.miit.gov.cn';
const PSB = 'https://beian.mps.gov.cn';

describe.skipIf(skip)('registry pages', () => {
  it('MIIT by XHR: the list and the detail answers reach the service worker; the page shows its own', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${MIIT}/?via=xhr#/Integrated/recordQuery`);
    const before = (await received()).length;
    await query(page, 'qq.com');
    const list = await answerAfter(before, (r) => r.message.answer.call === 'list', 'the list answer');
    expect(list.origin).toBe(MIIT);
    expect(list.message.answer).toMatchObject({
      registry: 'miit',
      query: 'qq.com',
      result: {
        kind: 'records',
        records: [
          { domain: 'qq.com', serviceLicence: '粤B2-20090059-5', unitName: '深圳市腾讯计算机系统有限公司' },
        ],
      },
    });
    await expect.poll(() => page.locator('#status').textContent()).toBe('共1条');
    expect(await page.locator('#results li').first().textContent()).toContain('粤B2-20090059-5');

    await page.locator('#results .detail').first().click();
    const detail = await answerAfter(
      before,
      (r) => r.message.answer.call === 'website-detail',
      'the detail answer',
    );
    expect(detail.message.answer.result).toMatchObject({ records: [{ domain: 'mi.cn' }] });
    await expect
      .poll(() => page.locator('#detail').textContent())
      .toBe('小米科技有限责任公司 京ICP备10046444号-9');
    await page.close();
  });

  it('MIIT by fetch: App items, the firewall page and a too-large answer', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${MIIT}/?via=fetch`);
    const cases: Array<[string, string, Record<string, unknown>, string]> = [
      [
        '示例科技有限公司',
        '6',
        { kind: 'records', records: [{ service: 'app' }, { service: 'mini-program' }] },
        '共2条',
      ],
      ['shape:waf', '1', { kind: 'failed', reason: 'blocked', httpStatus: 403 }, 'not JSON'],
      ['shape:429', '1', { kind: 'failed', reason: 'rate-limited', code: 429 }, '您目前访问频次过高'],
      // The page reads the 2 MB answer that the extension does not.
      ['shape:huge', '1', { kind: 'failed', reason: 'too-large' }, '共6000条'],
      ['nothing.cn', '1', { kind: 'empty' }, '共0条'],
    ];
    for (const [text, type, result, status] of cases) {
      const before = (await received()).length;
      await query(page, text, type);
      const answer = await answerAfter(
        before,
        (r) => r.message.answer.query === text,
        `the answer for ${text}`,
      );
      expect(answer.message.answer.result, text).toMatchObject(result);
      await expect.poll(() => page.locator('#status').textContent()).toContain(status);
    }
    await page.close();
  });

  it('MIIT from an iframe: the frame’s own calls are observed', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${MIIT}/?via=frame`);
    const before = (await received()).length;
    await query(page, 'shili-keji.cn', '1', true);
    const answer = await answerAfter(
      before,
      (r) => r.message.answer.query === 'shili-keji.cn',
      'the iframe answer',
    );
    expect(answer.frameId).not.toBe(0);
    expect(answer.url).toContain('/frame.html');
    expect(answer.message.answer.result).toMatchObject({ kind: 'records', total: 3 });
    await page.close();
  });

  it('police site by fetch and by XHR: the record with its police office, and a refused CAPTCHA', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${PSB}/?via=fetch#/query/webSearch`);
    let before = (await received()).length;
    await query(page, 'baidu.com');
    const found = await answerAfter(before, (r) => r.message.answer.registry === 'psb', 'the police answer');
    expect(found.origin).toBe(PSB);
    expect(found.message.answer).toMatchObject({
      registry: 'psb',
      query: 'baidu.com',
      result: {
        records: [{ number: '京公网安备11010802050023号', policeOffice: '北京市公安局海淀分局网安支队' }],
      },
    });
    await expect.poll(() => page.locator('#status').textContent()).toBe('查询成功');

    await page.goto(`${PSB}/?via=xhr`);
    before = (await received()).length;
    await query(page, 'shape:captcha');
    const refused = await answerAfter(
      before,
      (r) => r.message.answer.query === 'shape:captcha',
      'the CAPTCHA answer',
    );
    expect(refused.message.answer.result).toMatchObject({ kind: 'failed', reason: 'captcha' });
    await page.close();
  });

  it('what the page forges reaches nothing; every query was sent once, by the page', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${MIIT}/?via=xhr`);
    const before = (await received()).length;
    await page.evaluate(() => {
      const observation = JSON.stringify({
        url: 'https://hlwicpfwc.miit.gov.cn/icpproject_query/api/icpAbbreviateInfo/queryByCondition',
        status: 200,
        contentType: 'application/json',
        body: '{"code":200,"success":true,"params":{"list":[{"domain":"forged.cn","unitName":"伪造","serviceLicence":"京ICP备00000000号-1"}]}}',
        request: '{"unitName":"forged.cn"}',
      });
      const node = document.createElement('span');
      document.dispatchEvent(new MouseEvent('icp-lens-registry-offer', { relatedTarget: node }));
      node.dispatchEvent(new CustomEvent('icp-lens-registry-observation', { detail: observation }));
      document.dispatchEvent(new CustomEvent('icp-lens-registry-observation', { detail: observation }));
      window.postMessage({ type: 'registry-answer', observation }, '*');
    });
    await query(page, 'mi.cn');
    await answerAfter(before, (r) => r.message.answer.query === 'mi.cn', 'the real answer');
    const after = (await received()).slice(before);
    expect(after.map((r) => r.message.answer.query)).toEqual(['mi.cn']);
    await page.close();

    // No replay, no extra call: each query text reached the API exactly once.
    const queries = sites.calls
      .filter((c) => c.path.endsWith('/queryByCondition'))
      .map((c) => JSON.parse(c.body).unitName);
    expect(queries.length).toBe(new Set(queries).size);
    expect(foreignRequests(ext, (url) => HOSTS.includes(url.hostname))).toEqual([]);
  });
});
