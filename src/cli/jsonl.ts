// --jsonl: one JSON object per input, on its own line, written as soon as the input is done. The
// object is the --json entry with the input's 0-based position in the list first, so a consumer can
// restore list order and --resume can tell what is done.
import { type JsonEntry, resultToJson, type ScanResult } from './format.ts';

export type JsonlEntry = { index: number } & JsonEntry;

export function jsonlLine(result: ScanResult, index: number): string {
  const entry: JsonlEntry = { index, ...resultToJson(result) };
  return `${JSON.stringify(entry)}\n`;
}
