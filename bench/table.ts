// Prints a plain-text table (Markdown-compatible), so results can be pasted into an issue.

export function printTable(
  title: string,
  head: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<unknown>>,
): void {
  const cells = [head, ...rows].map((row) => row.map((c) => String(c)));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\n${title}\n${line(cells[0] ?? [])}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of cells.slice(1)) console.log(line(r));
}
