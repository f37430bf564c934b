// The digits of a PSB number, as both registries compare them. A module of its own so that the
// popup, which builds query-page links with it, does not pull the parser in with match.ts.

/** 京公网安备１１０１０８０２０５００２３号 → 11010802050023 */
export function psbDigits(number: string): string {
  return number.normalize('NFKC').replace(/\D/g, '');
}
