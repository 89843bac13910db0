/** CSV as the open data writes it (RFC 4180, CRLF line ends): one writer for every table. Pure. */

/** What a table's cell may hold: a text, a number, yes or no, a list, or nothing. */
export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** One CSV field: quoted when it holds a separator, quote or line break; lists joined with "|". */
export function csvField(value: CsvValue): string {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'object'
        ? value.join('|')
        : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table: a header line of the columns, then one line per row with those columns' values. */
export function toCsv<C extends string, R extends Record<C, CsvValue>>(
  rows: readonly R[],
  columns: readonly C[],
): string {
  const lines = [
    columns.join(','),
    ...rows.map((row) => columns.map((c) => csvField(row[c])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
