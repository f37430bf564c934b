// Which of the registry front-ends' own API calls a request URL is. The main-world observer uses it
// to pick the responses it reads (everything else passes by untouched); the relay checks it again.
// Kept free of imports so the observer bundle stays tiny.
import type { Registry } from '../types.ts';

export type MiitCall = 'list' | 'website-detail' | 'app-detail';
export type PsbCall = 'websearch';

export type RegistryCall = { registry: 'miit'; call: MiitCall } | { registry: 'psb'; call: PsbCall };

/** The MIIT query API (the front-end at beian.miit.gov.cn calls it cross-origin). */
export const MIIT_API_ORIGIN = 'https://hlwicpfwc.miit.gov.cn';
export const MIIT_PAGE_HOST = 'beian.miit.gov.cn';
export const PSB_PAGE_HOST = 'beian.mps.gov.cn';

const MIIT_CALL: Record<string, MiitCall> = {
  queryByCondition: 'list',
  queryDetailByServiceIdAndDomainId: 'website-detail',
  queryDetailByAppAndMiniId: 'app-detail',
};

// A trailing slash is accepted: one client posts to `queryByCondition/`.
const MIIT_RE =
  /^https:\/\/hlwicpfwc\.miit\.gov\.cn\/icpproject_query\/api\/icpAbbreviateInfo\/(queryByCondition|queryDetailByServiceIdAndDomainId|queryDetailByAppAndMiniId)\/?(?:[?#]|$)/;
const PSB_RE = /^https:\/\/beian\.mps\.gov\.cn\/cyber_portal\/query\/websearch\/?(?:[?#]|$)/;

/** The call an absolute request URL makes, or null for any other request. */
export function registryCall(url: string): RegistryCall | null {
  const miit = MIIT_RE.exec(url);
  if (miit) {
    const call = MIIT_CALL[miit[1] as string];
    return call ? { registry: 'miit', call } : null;
  }
  return PSB_RE.test(url) ? { registry: 'psb', call: 'websearch' } : null;
}

/** The registry whose query page is served from `origin` ("https://beian.miit.gov.cn"), or null. */
export function registryOfOrigin(origin: string): Registry | null {
  if (origin === `https://${MIIT_PAGE_HOST}`) return 'miit';
  if (origin === `https://${PSB_PAGE_HOST}`) return 'psb';
  return null;
}
