/**
 * Turns the benchmark's figures into budgets and a table a person can read.
 */

export interface Budget {
  name: string;
  /** What was measured, in the unit of `limit`. */
  value: number | null;
  limit: number;
  unit: string;
  pass: boolean | null;
  /** How the value was arrived at. */
  note: string;
}

export interface Row {
  label: string;
  baseline?: string;
  site: string;
  /** site ÷ baseline */
  ratio?: string;
}

export const KIB = 1024;
const MIB = 1024 * 1024;

export function seconds(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  return value >= 100 ? `${value.toFixed(0)} s` : `${value.toFixed(1)} s`;
}

export function milliseconds(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

export function mebibytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || Number.isNaN(bytes)) return 'n/a';
  return `${(bytes / MIB).toFixed(0)} MiB`;
}

export function kilobytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || Number.isNaN(bytes)) return 'n/a';
  return `${(bytes / 1000).toFixed(1)} kB`;
}

export function kibibytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || Number.isNaN(bytes)) return 'n/a';
  return `${(bytes / KIB).toFixed(1)} KiB`;
}

export function ratio(
  value: number | null | undefined,
  against: number | null | undefined,
): string {
  if (value === null || value === undefined || against === null || against === undefined) return '';
  if (!Number.isFinite(value) || !Number.isFinite(against) || against === 0) return '';
  return `${(value / against).toFixed(2)}×`;
}

export function median(values: number[]): number {
  const sorted = values.filter((value) => Number.isFinite(value)).toSorted((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

export function budget(
  name: string,
  value: number | null,
  limit: number,
  unit: string,
  note: string,
): Budget {
  return {
    name,
    value,
    limit,
    unit,
    pass: value === null || Number.isNaN(value) ? null : value <= limit,
    note,
  };
}

function pad(text: string, width: number, right = false): string {
  const length = [...text].length;
  return right
    ? text.padStart(width + text.length - length)
    : text.padEnd(width + text.length - length);
}

/** A plain-text table; the first column is left-aligned, the others right-aligned. */
function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) =>
    Math.max([...header].length, ...rows.map((row) => [...(row[column] ?? '')].length)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, column) => pad(cell, widths[column] ?? 0, column > 0)).join('  ');
  return [
    line(headers),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

export function figuresTable(rows: Row[]): string {
  return table(
    ['', 'bare Astro', 'column site', 'ratio'],
    rows.map((row) => [row.label, row.baseline ?? '', row.site, row.ratio ?? '']),
  );
}

export function budgetsTable(budgets: Budget[]): string {
  const show = (value: number | null, unit: string) => {
    if (value === null || Number.isNaN(value)) return 'n/a';
    if (unit === '×') return `${value.toFixed(2)}×`;
    if (unit === 'B') return kilobytes(value);
    if (unit === 'KiB') return kibibytes(value * KIB);
    if (unit === 's') return seconds(value);
    return `${value} ${unit}`;
  };
  const rows = table(
    ['budget', 'measured', 'limit', ''],
    budgets.map((item) => [
      item.name,
      show(item.value, item.unit),
      show(item.limit, item.unit),
      item.pass === null ? 'n/a' : item.pass ? 'PASS' : 'MISS',
    ]),
  );
  const notes = budgets.map((item) => `  ${item.name}: ${item.note}`);
  return [rows, '', ...notes].join('\n');
}
