// Output of icp-lens: a readable table per input, or one JSON array for all inputs.
import type { Operator } from '../core/operator/types.ts';
import type { AreaInfo, Flag, FoundLicence, Hint, Licence, PageReport, Province } from '../core/types.ts';
import type { HostingResult } from './hosting.ts';
import { hostingLine, hostingToJson, type ScanHostingJson } from './scan-hosting.ts';

/** What scanning one input produced: with --hosting, where the page is served from. */
export type ScanResult =
  | { input: string; report: PageReport; url?: string | null; hosting?: HostingResult }
  | { input: string; error: string };

/** A licence with its flags as names and their reasons beside (also what the library's `parseText` gives). */
export type JsonFlags<L extends Licence> = Omit<L, 'flags' | 'block'> & {
  flags: Flag[];
  reasons: Partial<Record<Flag, string>>;
};

/**
 * A licence as printed in JSON: `flags` are facts about the number itself (malformed, dummy …), with
 * their reasons beside; whether the page links it to its registry is a fact about the page, so it
 * `linked: false` (a footer ICP or PSB number outside any link to its registry), not a flag.
 */
export type JsonLicence = JsonFlags<FoundLicence> & { linked?: boolean };

/** An operator as printed in JSON: without the id of the text block it was read from. */
export type JsonOperator = Omit<Operator, 'block'>;

export type JsonEntry =
  | {
      input: string;
      licences: JsonLicence[];
      hints: Hint[];
      primary: number | null;
      truncated: boolean;
      /** Who the page names as the site's operator or owner, best first. */
      operators: JsonOperator[];
      hosting?: ScanHostingJson;
    }
  | { input: string; error: string };

const PAGE_FLAGS: ReadonlySet<Flag> = new Set(['not-linked']);

export function licenceToJson<L extends Licence & { block?: number }>(
  l: L,
): JsonFlags<L> & { linked?: boolean } {
  const { flags, block: _block, ...rest } = l;
  const reasons: Partial<Record<Flag, string>> = {};
  const own = flags.filter((note) => !PAGE_FLAGS.has(note.flag));
  for (const note of own) reasons[note.flag] = note.reason;
  const notLinked = flags.some((note) => note.flag === 'not-linked');
  return {
    ...rest,
    flags: own.map((f) => f.flag),
    reasons,
    ...(notLinked ? { linked: false } : {}),
  };
}

export function resultToJson(result: ScanResult): JsonEntry {
  if ('error' in result) return { input: result.input, error: result.error };
  const { report } = result;
  return {
    input: result.input,
    licences: report.licences.map(licenceToJson),
    hints: report.hints,
    primary: report.primary,
    truncated: report.truncated,
    operators: (report.operators ?? []).map(({ block: _block, ...operator }) => operator),
    ...(result.hosting ? { hosting: hostingToJson(result.hosting) } : {}),
  };
}

export function formatJson(results: readonly ScanResult[]): string {
  return `${JSON.stringify(results.map(resultToJson), null, 2)}\n`;
}

// ---- table ----

/** Columns a string takes in a terminal: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x20 || (cp >= 0x300 && cp < 0x370) || cp === 0x200b) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function formatProvince(p: Province | null): string {
  return p ? `${p.abbr} ${p.zh} ${p.en}` : '-';
}

function formatArea(area: AreaInfo): string {
  const parts = [area.province?.zh, area.city !== area.province?.zh ? area.city : null, area.district].filter(
    (part): part is string => Boolean(part),
  );
  const named = parts.length > 0 ? parts.join(' ') : 'unknown area';
  return `area ${area.code}: ${named}${area.known ? '' : ' (code not in GB/T 2260)'}`;
}

function details(l: FoundLicence): string[] {
  const out: string[] = [];
  if (l.printed && l.printed !== l.number) out.push(`printed: ${l.printed}`);
  const facts: string[] = [];
  if (l.subject !== undefined) facts.push(`subject ${l.subject}`);
  if (l.sequence !== undefined) facts.push(`site ${l.sequence}`);
  if (l.service !== undefined && l.service !== 'website') facts.push(l.service);
  if (l.year !== undefined) facts.push(`year ${l.year}`);
  if (l.categories?.length) facts.push(`categories ${l.categories.join(', ')}`);
  if (l.region === 'body') facts.push('outside the footer');
  if (facts.length) out.push(facts.join(' · '));
  if (l.area) out.push(formatArea(l.area));
  for (const note of l.flags) out.push(`! ${note.flag}: ${note.reason}`);
  return out;
}

function inputLabel(input: string): string {
  return input === '-' ? '<stdin>' : input;
}

export function formatTable(result: ScanResult): string {
  const lines: string[] = [inputLabel(result.input)];
  if ('error' in result) {
    lines.push(`  error: ${result.error}`);
    return `${lines.join('\n')}\n`;
  }
  const { report } = result;
  if (result.hosting) lines.push(`  hosting: ${hostingLine(result.hosting)}`);
  if (report.licences.length === 0) {
    lines.push('  no licence number found');
  } else {
    const header = ['', 'KIND', 'NUMBER', 'PROVINCE', 'FLAGS'];
    const rows = report.licences.map((l, i) => [
      i === report.primary ? '*' : '',
      l.kind,
      l.number,
      formatProvince(l.province),
      l.flags.map((f) => f.flag).join(', '),
    ]);
    const widths = header.map((h, c) =>
      Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ''))),
    );
    const render = (cells: string[]) =>
      `  ${cells
        .map((cell, c) => (c === cells.length - 1 ? cell : pad(cell, widths[c] ?? 0)))
        .join('  ')
        .trimEnd()}`;
    lines.push(render(header));
    const indent = ' '.repeat(2 + (widths[0] ?? 0) + 2 + (widths[1] ?? 0) + 2);
    report.licences.forEach((l, i) => {
      lines.push(render(rows[i] ?? []));
      for (const line of details(l)) lines.push(indent + line);
    });
    if (report.primary !== null) lines.push('  * primary ICP number');
  }
  const [operator] = report.operators ?? [];
  if (operator) lines.push(`  operator: ${operator.name} (${operator.source}, ${operator.region})`);
  if (report.hints.length > 0) {
    lines.push('  hints (numbers in links, not checked):');
    for (const h of report.hints) lines.push(`    ${h.kind} ${h.number}  (${h.source})`);
  }
  if (report.truncated) lines.push('  note: the page was too large to scan in full');
  return `${lines.join('\n')}\n`;
}
