/**
 * A small Table Schema (Frictionless v2) validator for the open-data tests: checks a CSV file
 * against the schema its Data Package gives it — the header, each cell's type (integer, number,
 * boolean, date, string), `required`, `enum`, `pattern`, the bounds, `format: uri`, a
 * unique primary key, and foreign keys into the package's other tables. It covers what the
 * project's schemas use; anything else in a schema is an error, so nothing goes unchecked.
 */
import { parseCsv } from '../../src/lib/csv';
import type { TableField, TableSchema } from '../../src/lib/tableSchemas';

type Value = string | number | boolean;

const KNOWN_CONSTRAINTS = new Set([
  'required',
  'unique',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'enum',
  'pattern',
]);

function cast(field: TableField, cell: string): Value | Error {
  const fail = () => new Error(`"${cell}" is not a valid ${field.type}`);
  switch (field.type) {
    case 'integer':
      return /^-?\d+$/.test(cell) ? Number(cell) : fail();
    case 'number':
      return /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cell) ? Number(cell) : fail();
    case 'boolean':
      return cell === 'true' ? true : cell === 'false' ? false : fail();
    case 'date': {
      const date = new Date(`${cell}T00:00:00Z`);
      const real = !Number.isNaN(date.getTime()) && date.toISOString().startsWith(cell);
      return /^\d{4}-\d{2}-\d{2}$/.test(cell) && real ? cell : fail();
    }
    case 'string':
      if (field.format === 'uri' && !URL.canParse(cell)) return new Error(`"${cell}" is not a URI`);
      return cell;
  }
}

function constraintProblems(field: TableField, value: Value): string[] {
  const problems: string[] = [];
  const { constraints = {} } = field;
  for (const name of Object.keys(constraints))
    if (!KNOWN_CONSTRAINTS.has(name)) problems.push(`constraint ${name} is not checked`);
  const size = typeof value === 'string' ? [...value].length : undefined;
  if (constraints.enum && !constraints.enum.includes(value as string | number))
    problems.push(`${JSON.stringify(value)} is not one of ${constraints.enum.join(', ')}`);
  // The project's patterns use only what XML Schema and JavaScript read alike (\d, groups, *).
  if (constraints.pattern && !new RegExp(`^(?:${constraints.pattern})$`).test(String(value)))
    problems.push(`${JSON.stringify(value)} does not match ${constraints.pattern}`);
  if (typeof value === 'number') {
    if (constraints.minimum !== undefined && value < constraints.minimum)
      problems.push(`${value} is below ${constraints.minimum}`);
    if (constraints.maximum !== undefined && value > constraints.maximum)
      problems.push(`${value} is above ${constraints.maximum}`);
  }
  if (size !== undefined) {
    if (constraints.minLength !== undefined && size < constraints.minLength)
      problems.push(`is shorter than ${constraints.minLength}`);
    if (constraints.maxLength !== undefined && size > constraints.maxLength)
      problems.push(`is longer than ${constraints.maxLength}`);
  }
  return problems;
}

export interface CheckedTable {
  /** Each row's cells by column, as text. */
  rows: Record<string, string>[];
  problems: string[];
}

/** Checks one CSV file against its schema; an empty cell is a missing value. */
export function checkTable(name: string, csv: string, schema: TableSchema): CheckedTable {
  const problems: string[] = [];
  const [header = [], ...lines] = parseCsv(csv);
  const names = schema.fields.map((field) => field.name);
  if (header.join(',') !== names.join(','))
    problems.push(`${name}: header ${header.join(',')} is not ${names.join(',')}`);
  const rows = lines.map((cells, index) => {
    const line = index + 2;
    if (cells.length !== names.length)
      problems.push(`${name}:${line}: ${cells.length} fields, not ${names.length}`);
    const row: Record<string, string> = {};
    schema.fields.forEach((field, column) => {
      const cell = cells[column] ?? '';
      row[field.name] = cell;
      const at = `${name}:${line} ${field.name}`;
      if (cell === '') {
        if (field.constraints?.required) problems.push(`${at}: is required`);
        return;
      }
      const value = cast(field, cell);
      if (value instanceof Error) problems.push(`${at}: ${value.message}`);
      else
        for (const problem of constraintProblems(field, value)) problems.push(`${at}: ${problem}`);
    });
    return row;
  });
  const keys = rows.map((row) => JSON.stringify(schema.primaryKey.map((key) => row[key])));
  keys.forEach((key, index) => {
    if (keys.indexOf(key) !== index)
      problems.push(`${name}:${index + 2}: primary key ${key} repeats`);
  });
  for (const field of schema.fields.filter((candidate) => candidate.constraints?.unique)) {
    const values = rows.map((row) => row[field.name]).filter((value) => value !== '');
    if (new Set(values).size !== values.length) problems.push(`${name} ${field.name}: not unique`);
  }
  return { rows, problems };
}

/** Foreign-key problems across checked tables: each reference must name a row that exists. */
export function foreignKeyProblems(
  tables: Record<string, { rows: Record<string, string>[]; schema: TableSchema }>,
): string[] {
  const problems: string[] = [];
  for (const [name, { rows, schema }] of Object.entries(tables)) {
    for (const foreign of schema.foreignKeys ?? []) {
      const target = tables[foreign.reference.resource];
      if (!target) {
        problems.push(`${name}: foreign key to missing resource ${foreign.reference.resource}`);
        continue;
      }
      const known = new Set(
        target.rows.map((row) => JSON.stringify(foreign.reference.fields.map((key) => row[key]))),
      );
      rows.forEach((row, index) => {
        const key = JSON.stringify(foreign.fields.map((field) => row[field]));
        if (!known.has(key))
          problems.push(`${name}:${index + 2}: ${key} is not in ${foreign.reference.resource}`);
      });
    }
  }
  return problems;
}
