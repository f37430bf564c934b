// Secondary figure: the page scan alone, bundled, injected into the page's main world and timed
// inside the page against two naive baselines, on generated pages of about 2,000, 20,000 and 200,000
// nodes. It is not what users pay (no isolated world, warm wrappers after the first call): the
// content script's real cost is page-cost.ts.
import type { Page } from 'playwright-core';
import type { Launched } from '../test/e2e/support/launch.ts';
import type { FixtureServer } from '../test/e2e/support/server.ts';
import { collectorScript } from './support/bundle.ts';
import { shimNames } from './support/name-shim.ts';

export interface ScanRow {
  nodes: number;
  /** DOM nodes actually on the page (elements and text). */
  domNodes: number;
  collectMs: number;
  innerTextMs: number;
  treeWalkerMs: number;
  ratioToInnerText: number;
  blocks: number;
}

/** Runs in the page: median ms per call of each approach; each sample repeats the call until ≥ 20 ms. */
function measureInPage(samples: number) {
  const g = globalThis as unknown as {
    collectPage(doc: Document): { blocks: unknown[] };
    document: Document;
  };
  const doc = g.document;
  const re = /[\u4e00-\u9fff]\s*ICP\s*[备证]\s*\d{5,12}/g;
  const approaches = {
    collect: () => g.collectPage(doc).blocks.length,
    // biome-ignore lint/performance/useDomNodeTextContent: innerText is the baseline being measured
    inner: () => (doc.body.innerText.match(re) ?? []).length,
    treeWalker: () => {
      const walker = doc.createTreeWalker(doc.body, 4);
      let n = 0;
      for (let t = walker.nextNode(); t; t = walker.nextNode()) n += (t.nodeValue?.match(re) ?? []).length;
      return n;
    },
  };
  const median = (v: number[]) => v.sort((a, b) => a - b)[v.length >> 1] as number;
  const out: Record<string, number> = {};
  for (const [name, fn] of Object.entries(approaches)) {
    fn();
    const t0 = performance.now();
    fn();
    const reps = Math.max(1, Math.ceil(20 / Math.max(0.01, performance.now() - t0)));
    const times: number[] = [];
    for (let s = 0; s < samples; s++) {
      const start = performance.now();
      for (let r = 0; r < reps; r++) fn();
      times.push((performance.now() - start) / reps);
    }
    out[name] = median(times);
  }
  out.blocks = g.collectPage(doc).blocks.length;
  out.domNodes = countNodes(doc.body);
  return out;
  function countNodes(root: Node): number {
    const w = doc.createTreeWalker(root, 0x1 | 0x4);
    let n = 0;
    while (w.nextNode()) n++;
    return n;
  }
}

async function measure(page: Page, script: string): Promise<Record<string, number>> {
  await page.addScriptTag({ content: script });
  await shimNames(page);
  return page.evaluate(measureInPage, 9);
}

export async function benchScan(
  ext: Launched,
  server: FixtureServer,
  log: (s: string) => void,
): Promise<ScanRow[]> {
  const script = await collectorScript();
  const rows: ScanRow[] = [];
  for (const nodes of [2_000, 20_000, 200_000]) {
    const page = await ext.context.newPage();
    await page.goto(server.url(`gen/prose?nodes=${nodes}`));
    const r = await measure(page, script);
    await page.close();
    const row: ScanRow = {
      nodes,
      domNodes: r.domNodes ?? 0,
      collectMs: r.collect ?? 0,
      innerTextMs: r.inner ?? 0,
      treeWalkerMs: r.treeWalker ?? 0,
      ratioToInnerText: (r.collect ?? 0) / (r.inner ?? 1),
      blocks: r.blocks ?? 0,
    };
    rows.push(row);
    log(
      `scan ${nodes} nodes: collect ${row.collectMs.toFixed(3)} ms, innerText ${row.innerTextMs.toFixed(3)} ms, walker ${row.treeWalkerMs.toFixed(3)} ms`,
    );
  }
  return rows;
}
