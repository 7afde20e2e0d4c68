/**
 * CSV cells as RFC 4180 writes them, made safe for spreadsheets: a text cell that starts
 * with = + - @ or a tab/carriage return would run as a formula in Excel, Sheets or Calc
 * (OWASP "CSV injection"), so it gets a leading apostrophe, which they show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) || text !== value
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

export function csvLine(
  values: readonly (string | number | boolean | null)[],
): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
