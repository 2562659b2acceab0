/**
 * The build's check that the pages and the downloads agree: every figure a page writes as
 * `<data value="…" data-qualifier="…" data-figure="table/row/column">` (`figureKey`) must equal
 * the cell of that table's CSV, its qualifier the cell beside it, and a key that names no cell
 * is an error too. Pure: the integration
 * (src/integrations/figureCheck.ts) reads the files.
 */
import { csvRecords } from './csv.ts';
import { qualifierColumn } from './figures.ts';
import { rowKey, tableSchemas, TABLE_NAMES, type TableName } from './tableSchemas.ts';

export interface PageFigure {
  key: string;
  /** The machine-readable value; undefined when the element has none. */
  value: string | undefined;
  /** The source's qualifier ("more-than"); empty when the figure is stated exactly. */
  qualifier: string;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function decode(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (entity, dec, hex, name) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return ENTITIES[String(name).toLowerCase()] ?? entity;
  });
}

/**
 * The figures in a page: each `<data>` element with a `data-figure` attribute. The tags are
 * read with a pattern rather than a parser: the build writes them, attributes quoted, and a
 * thousand pages parsed in full would cost the build seconds for a handful of elements.
 */
export function figuresInHtml(html: string): PageFigure[] {
  const figures: PageFigure[] = [];
  for (const [, attributes = ''] of html.matchAll(/<data\b([^>]*)>/gi)) {
    const values = new Map<string, string>();
    for (const [, name = '', double, single, bare] of attributes.matchAll(
      /([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g,
    ))
      values.set(name.toLowerCase(), decode(double ?? single ?? bare ?? ''));
    const key = values.get('data-figure');
    if (key !== undefined)
      figures.push({
        key,
        value: values.get('value'),
        qualifier: values.get('data-qualifier') ?? '',
      });
  }
  return figures;
}

/** Each table's rows by row key (`rowKey`), read from its CSV text. */
export type TableIndex = Map<string, Map<string, Record<string, string>>>;

export function indexTables(csv: Partial<Record<TableName, string>>): TableIndex {
  const schemas = tableSchemas([]);
  const index: TableIndex = new Map();
  for (const name of TABLE_NAMES) {
    const text = csv[name];
    if (text === undefined) continue;
    const rows = csvRecords(text).map((row) => [rowKey(schemas[name], row), row] as const);
    index.set(name, new Map(rows));
  }
  return index;
}

/** Two values agree when they are the same number, or, where either is not a number, the same text. */
function same(page: string, cell: string): boolean {
  const [a, b] = [Number(page), Number(cell)];
  if (page.trim() !== '' && cell.trim() !== '' && Number.isFinite(a) && Number.isFinite(b))
    return a === b;
  return page === cell;
}

/** Every disagreement between the pages' figures and the downloads, one line each. */
export function figureProblems(
  pages: readonly { page: string; html: string }[],
  tables: TableIndex,
): string[] {
  const problems: string[] = [];
  for (const { page, html } of pages) {
    for (const { key, value, qualifier } of figuresInHtml(html)) {
      const say = (what: string) => problems.push(`${page}: figure ${key} ${what}`);
      const [table = '', row = '', column = '', ...rest] = key.split('/');
      const rows = tables.get(table);
      const cells = rows?.get(row);
      if (rest.length || !table || !row || !column) say('is not table/row/column');
      else if (!rows) say(`names no download: there is no data/${table}.csv`);
      else if (!cells) say(`names no row: data/${table}.csv has no row "${row}"`);
      else if (!(column in cells))
        say(`names no column: data/${table}.csv has no column "${column}"`);
      else if (value === undefined) say('has no value attribute to compare');
      else if (!same(value, cells[column] as string))
        say(
          `is ${JSON.stringify(value)} on the page but ${JSON.stringify(cells[column])} in data/${table}.csv`,
        );
      else if (qualifierColumn(column) in cells && qualifier !== cells[qualifierColumn(column)])
        say(
          `is qualified ${JSON.stringify(qualifier)} on the page but ${JSON.stringify(cells[qualifierColumn(column)])} in data/${table}.csv`,
        );
    }
  }
  return problems;
}
