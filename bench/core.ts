// Core parser throughput: plain prose ('no markers': turned away by the pre-filter), prose with no
// number but many marker-like labels ('number-free': 证书, 许可, 经营, 新闻 and the word "ICP" every
// hundred characters or so), prose dense with numbers, and adversarial near-misses, from 1 to 16 MB (1 MB = 2^20 characters). Linear means the ms per MB
// stay flat as the input grows.
import { parseText } from '../src/core/parse.ts';
import { round, timeMedian } from './stats.ts';
import { adversarial, markerFree, numberDense, numberFree } from './texts.ts';

export const CORE_TARGET_MB_S = 100;

const MB = 1 << 20;
const SIZES = [1, 2, 4, 8, 16];
const INPUTS = {
  'no markers': markerFree,
  'number-free': numberFree,
  'number-dense': numberDense,
  adversarial,
} as const;

export interface CoreRow {
  input: keyof typeof INPUTS;
  mb: number;
  found: number;
  ms: number;
  msPerMb: number;
  mbPerS: number;
}

export function benchCore(log: (line: string) => void): CoreRow[] {
  const rows: CoreRow[] = [];
  for (const [input, make] of Object.entries(INPUTS) as Array<[keyof typeof INPUTS, (n: number) => string]>) {
    for (const mb of SIZES) {
      const text = make(mb * MB);
      let found = 0;
      const ms = timeMedian(
        () => {
          found = parseText(text, { year: 2026 }).length;
        },
        mb >= 8 ? 2 : 3,
      );
      rows.push({
        input,
        mb,
        found,
        ms: round(ms),
        msPerMb: round(ms / mb),
        mbPerS: round((mb * 1000) / ms, 1),
      });
      log(`core ${input} ${mb} MB: ${round(ms / mb)} ms/MB, ${found} found`);
    }
  }
  return rows;
}
