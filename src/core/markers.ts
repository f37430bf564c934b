// A cheap pre-filter: could this piece of text contain a licence number?
// The content script runs it on every text node of every page, so it must be one linear-time regex
// and liberal: a false positive costs one block sent to the background, whose parser is precise;
// a false negative loses a number for good. Shared by the content script and the command line.

/**
 * One alternative per label family (see docs/domain.md §1 and §3). 备 and 证 alone are common words
 * (准备, 设备, 证券, 证书), so they count only inside a label:
 * - `ICP` in any case, half- or full-width (`京ICP备`, `粤ＩＣＰ备`, `ICP License No.`), and a P right
 *   before 备/证 (`京 I C P 备`, the slip `津工cp备`);
 * - 备案 / 备字 (公安备案号, 公网监备案证, 网药械…备字), 网备 (公网备, 公安网备), 算备 (网信算备),
 *   网安 (公网安备, 网安备案号), traditional forms too;
 * - a telecom category followed by `-`, `.` or `－` (`B2-`, `A2.B1.B2-`, full-width too);
 * - 网文/網文, 网证/网出证 (新出网证, 网出证), 许可/許可 (许可证), 字第, 经营性/經營性, 网械;
 * - "Public Security" (English renderings of PSB filings);
 * - an AI-model filing shape `Province-Name-20YYMMDD…`, the name as the grammar allows it (it may
 *   start with a digit: 360…). The lookbehind keeps it linear: only the first letter of a word can
 *   start a match, so each run of letters is scanned a bounded number of times.
 */
export const MARKER_SOURCE =
  '[IiＩｉ][CcＣｃ][PpＰｐ]|[PpＰｐ]\\s?[备備证證]' +
  '|[备備][案字]|[网網][备備]|算[备備]|[网網]安|[网網]文|[网網]出?[证證]|[许許]可|字第|[经經][营營]性|[网網]械' +
  '|[ABＡＢ][12１２][-.－．]' +
  '|[Pp]ublic [Ss]ecurity|PUBLIC SECURITY' +
  '|(?<![A-Za-z])[A-Za-z]+-[A-Za-z0-9]{1,40}-20\\d{6}';

/** Non-global: safe to share, `test` keeps no state. */
export const MARKER_RE = new RegExp(MARKER_SOURCE);

/** True when `text` could contain a licence number (a liberal test; the parser decides). */
export function hasMarker(text: string): boolean {
  return MARKER_RE.test(text);
}

/** Start offsets of every marker occurrence in `text` (used to cut long text into windows). */
export function markerOffsets(text: string, limit = 1000): number[] {
  const re = new RegExp(MARKER_SOURCE, 'g');
  const out: number[] = [];
  for (let m = re.exec(text); m !== null && out.length < limit; m = re.exec(text)) {
    out.push(m.index);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * A text node that is only 备 or 证: footers obfuscated one character per element
 * (`<span>粤</span><span>I</span>…<span>备</span>`) have no whole label in any one text node, so
 * the page scan treats such a lone label character as a hit and reads the run around it.
 */
export function isLoneLabelChar(text: string): boolean {
  return text.length <= 8 && /^\s*[备備证證]\s*$/.test(text);
}
