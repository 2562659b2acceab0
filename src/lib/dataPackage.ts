/**
 * `/data/datapackage.json`: the downloads described as a Frictionless Data Package (v2), one
 * tabular resource per CSV with its Table Schema (`tableSchemas.ts`), so tools such as
 * frictionless-py, Open Data Editor or R's `frictionless` can load and check them. The project
 * states no licence for the column's data, so the package names none rather than guess one.
 */
import type { ColumnData } from './schema.ts';
import type { OpenDataTable } from './openData.ts';
import { TABLE_NAMES } from './tableSchemas.ts';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** Every file under `/data/`, with its media type: what the data page and its JSON-LD list. */
export const DOWNLOADS = [
  ...TABLE_NAMES.map((name) => ({ file: `${name}.csv`, mediatype: 'text/csv' })),
  { file: 'issues.json', mediatype: 'application/json' },
  { file: 'datapackage.json', mediatype: 'application/json' },
] as const;

/** The files' dialect, said outright though it is the spec's default: RFC 4180 with CRLF. */
const CSV_DIALECT = {
  header: true,
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
};

const TABLE_DESCRIPTIONS: Record<OpenDataTable['name'], string> = {
  issues:
    'One row per edition of each issue (an issue in two languages has two rows), with the figures it reports.',
  districts:
    'One row per district: its latest reported figures, each from the newest issue that reports it.',
  progress:
    'One row per city-wide target: the target beside the districts’ latest counts toward it, added up.',
  projects: 'One row per named project, as its latest report gives it.',
  'project-reports':
    'One row per project per issue that reports it; two language editions of an issue are one report.',
  milestones:
    'One row per district per year: the plan year by year, from the district’s newest issue that lists milestones.',
};

export interface PackageInfo {
  column: Pick<ColumnData, 'title' | 'description' | 'publisher'>;
  /** The page that presents the data, absolute. */
  homepage: string;
  /** When the build made the package. */
  created: Date;
}

/** Lower-case words joined by hyphens: the package name the spec asks for. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('-');
}

export function dataPackage(tables: readonly OpenDataTable[], info: PackageInfo) {
  const { column } = info;
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: slug(column.title.en),
    title: `${column.title.en} · ${column.title.zh}`,
    description: `${column.description.en}\n\n${column.description.zh}`,
    homepage: info.homepage,
    created: info.created.toISOString(),
    contributors: [{ title: column.publisher.en, roles: ['publisher'] }],
    resources: [
      ...tables.map((table) => ({
        name: table.name,
        type: 'table' as const,
        path: `${table.name}.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        description: TABLE_DESCRIPTIONS[table.name],
        dialect: CSV_DIALECT,
        schema: table.schema,
      })),
      {
        name: 'issues-json',
        path: 'issues.json',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        description:
          'Every edition of every issue with its whole frontmatter: figures, milestones, projects and tags.',
      },
    ],
  };
}
