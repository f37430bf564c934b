// CSV rows (RFC 4180), shared by the command line and the extension's exports. Fields with a comma,
// quote or line break are quoted; a cell that Excel would run as a formula gets a leading
// apostrophe, because page text is never trusted (OWASP "CSV injection").

export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function field(value: string): string {
  const safe = safeCell(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: readonly string[]): string {
  return `${values.map(field).join(',')}\r\n`;
}
