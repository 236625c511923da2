// CSV that opens safely in spreadsheet programs: a cell that starts with = + - @ (or a tab or carriage
// return) is prefixed with an apostrophe so it is read as text, never run as a formula; cells with
// commas, quotes or line breaks are quoted; the file starts with a UTF-8 byte order mark so accented
// names survive in Excel.

export const BOM = '\uFEFF';

export type CsvValue = string | number | null | undefined;

export function csvCell(value: CsvValue): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Cents as a plain dollar number with two decimals ("7161.00"), so a spreadsheet can add them up. */
export function csvDollars(cents: number | null | undefined): string {
  return typeof cents === 'number' && Number.isFinite(cents) ? (cents / 100).toFixed(2) : 'not known';
}
