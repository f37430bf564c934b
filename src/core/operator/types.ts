// The organisation (or person) a page prints as the site's operator or owner (issue 12).

/**
 * Where a name was read, best first (`findOperators` orders by this after the region):
 * - `filer-label`: after 备案主体 / 备案单位, the subject of the filing itself;
 * - `sponsor-label`: after 主办单位 / 主办, or followed by 主办 (`某大学主办`);
 * - `operator-label`: after 承办单位, 运营单位, 运营方, 经营者, "Operated by", or in `由…运营/经营/承办`;
 * - `owner-label`: after 网站所有者, 所有者, 所有权归, 站长, 博主, or followed by 所有 (`…归X所有`);
 * - `before-number`: printed right before a licence number, with at most a label between
 *   (`上海某某有限公司 沪ICP备…`, `某某局宁公网安备…`);
 * - `copyright`: in a copyright line: after ©, Copyright, 版权所有, 版权归, or followed by 版权所有,
 *   保留所有权利, All Rights Reserved;
 * - `near-number`: a legal-entity name standing on its own in text that holds licence numbers, with no
 *   label at all (`<p>某某股份有限公司</p><p>沪ICP备…</p>`).
 */
export const OPERATOR_SOURCES = [
  'filer-label',
  'sponsor-label',
  'operator-label',
  'owner-label',
  'before-number',
  'copyright',
  'near-number',
] as const;

export type OperatorSource = (typeof OPERATOR_SOURCES)[number];

export interface Operator {
  /** The name as printed on the page (trimmed). */
  printed: string;
  /**
   * The name normalised: full-width letters and digits half-width, zero-width characters dropped,
   * brackets in one style (（）in a Chinese name, () in a Latin one), no space between Chinese
   * characters, other spaces collapsed to one and trimmed. Characters are kept as printed otherwise
   * (traditional stays traditional).
   */
  name: string;
  /**
   * `person` only for a personal name (2–4 Chinese characters starting with a common surname) after
   * an explicit owner cue (版权所有, 网站所有者, 主办, 备案主体, 站长 …); a bare `© 张三` is not read,
   * since it cannot be told from a brand. Everything else is an `organisation`.
   */
  kind: 'organisation' | 'person';
  source: OperatorSource;
  region: 'footer' | 'body';
  /** id of the TextBlock the name was read from. */
  block: number;
}
