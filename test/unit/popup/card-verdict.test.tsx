// @vitest-environment happy-dom
// The registry check in the popup: "Check on MIIT" copies the number and asks the worker to start a
// check; the verdict appears under the card it concerns while the popup is open, in the wording
// rules (no record is never "not filed"; no answer means try again later; a borrowed number names
// its domain), with the record's details.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMiitResponse } from '../../../src/core/registry/miit.ts';
import { parsePsbResponse } from '../../../src/core/registry/psb.ts';
import { miitVerdict, psbVerdict } from '../../../src/core/registry/verdict.ts';
import type { Registry } from '../../../src/core/types.ts';
import { App } from '../../../src/popup/App.tsx';
import { loadLater } from '../../../src/popup/use-later.ts';
import type { RegistryChecks } from '../../../src/storage/registry-checks.ts';
import { RICH_REPORT } from '../background/fixtures.ts';
import { renderRoot } from '../support/render-root.ts';
import { fakeApi } from './fake-api.ts';

const root = renderRoot();
const q = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
const FILING = '京ICP备12345678号-1';
const POLICE = '京公网安备11010502030143号';
const READ_AT = Date.UTC(2026, 0, 5, 8, 30);
const PAGE = { domain: 'example.com.cn', licences: RICH_REPORT.licences };

function miit(items: object[] | 'empty' | 'blocked', query = 'example.com.cn', operator?: string) {
  const raw =
    items === 'blocked'
      ? { status: 403, contentType: 'text/html', body: '<html>访问受限</html>' }
      : {
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({
            code: 200,
            success: true,
            params: { list: items === 'empty' ? [] : items, total: 1 },
          }),
        };
  const verdict = miitVerdict(PAGE, operator, parseMiitResponse('list', raw, query, READ_AT));
  return { miit: { number: FILING, verdict } };
}

const site = (domain: string, serviceLicence = FILING) => ({
  domain,
  domainId: 1,
  mainLicence: serviceLicence.replace(/-\d+$/, ''),
  serviceLicence,
  unitName: '北京示例科技有限公司',
  natureName: '企业',
  updateRecordTime: '2024-03-01 10:00:00',
  limitAccess: '否',
});

function setup(initial: RegistryChecks = {}) {
  let checks = initial;
  let changed = () => {};
  const started: Array<[Registry, string]> = [];
  const copied: string[] = [];
  const api = fakeApi({
    copy: async (text) => {
      copied.push(text);
    },
    registry: {
      load: async () => checks,
      watch: (_tab, cb) => {
        changed = cb;
        return () => {};
      },
      check: async (_tab, registry, number) => {
        started.push([registry, number]);
        return true;
      },
    },
  });
  const settle = async () => {
    for (let i = 0; i < 10; i++) await act(async () => {});
  };
  return {
    api,
    started,
    copied,
    settle,
    async mount() {
      await act(() => render(<App api={api} />, root));
      await settle();
    },
    async store(next: RegistryChecks) {
      checks = next;
      await act(async () => changed());
      await settle();
    },
  };
}

const verdictOf = (card: number) =>
  q('[data-testid=licence]')[card]?.querySelector<HTMLElement>('[data-testid=registry-verdict]');
const textOf = (card: number) =>
  verdictOf(card)?.querySelector('[data-testid=registry-verdict-text]')?.textContent;

// The sections beside the cards load after the first render; loaded here, they render at once.
beforeAll(() => loadLater());

describe('Check on MIIT', () => {
  it('copies the number and starts a check, without following the link', async () => {
    const t = setup();
    await t.mount();
    const link = q('[data-testid=open-miit]')[0] as HTMLAnchorElement;
    expect(link.textContent).toContain('Check on MIIT');
    expect(link.getAttribute('aria-label')).toContain(FILING);
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    await act(async () => {
      link.dispatchEvent(event);
    });
    await t.settle();
    expect(event.defaultPrevented).toBe(true);
    expect(t.started).toEqual([['miit', FILING]]);
    expect(t.copied).toEqual([FILING]);
    expect(q('[data-testid=feedback]')[0]?.textContent).toContain('Solve the CAPTCHA');
    q('[data-testid=open-psb]')[0]?.click();
    await t.settle();
    expect(t.started[1]).toEqual(['psb', POLICE]);
  });

  it('shows nothing until a verdict is kept, then the verdict under its card while open', async () => {
    const t = setup();
    await t.mount();
    expect(q('[data-testid=registry-verdict]')).toHaveLength(0);
    await t.store(miit([site('example.com.cn')]));
    expect(verdictOf(0)?.dataset.outcome).toBe('miit-match');
    expect(verdictOf(0)?.dataset.tone).toBe('ok');
    expect(textOf(0)).toBe(
      'Matches the MIIT record: 北京示例科技有限公司 (企业), 京ICP备12345678号-1, last updated 2024-03-01',
    );
    expect(verdictOf(0)?.querySelector('[data-testid=registry-facts]')?.textContent).toContain(
      'Record date2024-03-01',
    );
    expect(verdictOf(0)?.textContent).toContain('Read from the official query page on');
    expect(verdictOf(1)).toBeNull();
  });

  it.each<[string, RegistryChecks, string, string[]]>([
    [
      'another number',
      miit([site('example.com.cn', '京ICP备87654321号-1')]),
      'warn',
      ['lists 京ICP备87654321号-1 for example.com.cn'],
    ],
    [
      'a borrowed number',
      miit([site('elsewhere.cn')], FILING),
      'bad',
      ['MIIT lists 京ICP备12345678号-1 for elsewhere.cn', 'may be copied'],
    ],
    [
      'an empty list',
      miit('empty'),
      'muted',
      ['This does not mean the site is not filed', 'Try again later'],
    ],
    [
      'a firewall page',
      miit('blocked'),
      'muted',
      ['MIIT did not answer (its firewall blocked the query). Try again later.'],
    ],
  ])('%s, in words', async (_name, checks, tone, parts) => {
    const t = setup(checks);
    await t.mount();
    expect(verdictOf(0)?.dataset.tone).toBe(tone);
    for (const part of parts) expect(textOf(0)).toContain(part);
  });

  it('a match whose page names another operator is a warning, with both names', async () => {
    const t = setup(miit([site('example.com.cn')], 'example.com.cn', '北京星河互动科技有限公司'));
    await t.mount();
    expect(verdictOf(0)?.dataset.outcome).toBe('miit-match');
    expect(verdictOf(0)?.dataset.tone).toBe('warn');
    expect(verdictOf(0)?.querySelector('[data-note=operator-differs]')?.textContent).toBe(
      'The page names the operator “北京星河互动科技有限公司”; the registry names “北京示例科技有限公司”.',
    );
  });

  it('the police verdict names the police office, under the police card', async () => {
    const body = JSON.stringify({
      success: true,
      code: 200,
      data: {
        maindm: 'example.com.cn',
        unitnm: '北京示例科技有限公司',
        polnm: POLICE,
        department: '北京市公安局朝阳分局',
        audittime: '2020-06-01',
      },
    });
    const answer = parsePsbResponse(
      { status: 200, contentType: 'application/json', body },
      'example.com.cn',
      READ_AT,
    );
    const t = setup({ psb: { number: POLICE, verdict: psbVerdict(PAGE, undefined, answer) } });
    await t.mount();
    expect(verdictOf(0)).toBeNull();
    expect(textOf(1)).toBe(
      'Matches the police record: 京公网安备11010502030143号, filed with 北京市公安局朝阳分局 on 2020-06-01 (北京示例科技有限公司)',
    );
    expect(verdictOf(1)?.querySelector('[data-testid=registry-facts]')?.textContent).toContain(
      'Police office北京市公安局朝阳分局',
    );
  });

  it('a popup without the registry API keeps plain links that copy', async () => {
    const t = setup();
    const { registry: _none, ...plain } = t.api;
    await act(() => render(<App api={plain} />, root));
    await t.settle();
    const link = q('[data-testid=open-miit]')[0] as HTMLAnchorElement;
    // Seen after the popup's own handler; then the test stops the link (happy-dom would fetch it).
    let followed: boolean | null = null;
    const stop = (event: Event) => {
      followed = !event.defaultPrevented;
      event.preventDefault();
    };
    document.addEventListener('click', stop);
    await act(async () => {
      link.click();
    });
    document.removeEventListener('click', stop);
    expect(link.getAttribute('href')).toBe('https://beian.miit.gov.cn/');
    expect(followed).toBe(true);
    expect(t.copied).toEqual([FILING]);
  });
});
