// Plausibility checks shared by the grammars: invented numbers and impossible years.

/** All one digit, a short repeating pattern (101010, 12121212) or a counting run (12345678). */
function isPatterned(digits: string): boolean {
  if (digits.length < 4) return false;
  for (const period of [1, 2, 3]) {
    let repeats = true;
    for (let i = period; i < digits.length; i++) {
      if (digits[i] !== digits[i - period]) {
        repeats = false;
        break;
      }
    }
    if (repeats) return true;
  }
  return '01234567890123456789'.includes(digits) || '98765432109876543210'.includes(digits);
}

function isDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  return y >= 1990 && y <= 2039 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

export interface DummyOptions {
  /** Length of the serial part at the end of the body (6 for ICP filings and PSB numbers). */
  serialLength?: number;
  /** Serials that count as placeholders, e.g. /^0+1?$/ for ICP filings (000000, 000001). */
  placeholderSerial?: RegExp;
  /** Whether an 8-digit body that reads as a date (20151109) counts as invented. */
  dateIsDummy?: boolean;
}

/** Reason the digits look invented, or null. */
export function dummyReason(digits: string, options: DummyOptions = {}): string | null {
  if (isPatterned(digits)) return `the digits ${digits} follow an obvious pattern`;
  const { serialLength = 0, placeholderSerial = /^0+$/, dateIsDummy = false } = options;
  if (serialLength > 0 && digits.length > serialLength) {
    const serial = digits.slice(-serialLength);
    if (placeholderSerial.test(serial)) return `the serial number ${serial} is a placeholder`;
  }
  if (dateIsDummy && digits.length === 8 && isDate(digits)) return `the digits ${digits} read as a date`;
  return null;
}

export function currentYear(): number {
  return new Date().getFullYear();
}
