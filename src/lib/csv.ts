/**
 * CSV as RFC 4180 writes it, for the open-data downloads, and a reader for the same format,
 * for the build's figure check and the tests. The files start with a UTF-8 byte-order mark and
 * end lines with CRLF: without the mark, Excel on a Chinese or Western Windows reads UTF-8 as
 * the local code page and turns every Chinese name into mojibake.
 */

/** One cell: an absent figure is `undefined` and is written as an empty cell, never as 0. */
export type Cell = string | number | boolean | undefined;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Text a spreadsheet would run as a formula (`=HYPERLINK(…)`, `@SUM(…)`, and `+`, `-`, a tab or
 * a carriage return first): an apostrophe before it keeps it text, as OWASP advises for CSV
 * exports. Numbers are written as they are, so a figure stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: Cell): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: the header row, then one line per row, each ended by CRLF. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const lines = [columns, ...rows.map((row) => columns.map((column) => row[column]))];
  return BOM + lines.map((cells) => cells.map(field).join(',') + CRLF).join('');
}

/**
 * The rows of a CSV file, each a list of fields, byte-order mark dropped. Quoted fields may
 * hold commas, quotes (doubled) and line breaks; a final line break ends the last row.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  let index = 0;
  const endField = () => {
    row.push(value);
    value = '';
  };
  while (index < input.length) {
    const char = input[index] as string;
    if (quoted) {
      if (char === '"' && input[index + 1] === '"') {
        value += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else value += char;
      index += 1;
      continue;
    }
    if (char === '"' && value === '') quoted = true;
    else if (char === ',') endField();
    else if (char === '\r' || char === '\n') {
      endField();
      rows.push(row);
      row = [];
      if (char === '\r' && input[index + 1] === '\n') index += 1;
    } else value += char;
    index += 1;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (value !== '' || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** A parsed file as records keyed by the header row. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((cells, line) => {
    if (cells.length !== header.length)
      throw new Error(
        `CSV row ${line + 2} has ${cells.length} fields, the header ${header.length}`,
      );
    return Object.fromEntries(header.map((name, column) => [name, cells[column] as string]));
  });
}
