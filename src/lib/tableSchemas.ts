/**
 * The Table Schemas of the open-data downloads (Frictionless Data, v2): every column's type,
 * description and constraints. A column that carries a field of the editors' contract is read
 * from that field's zod schema in `schema.ts` (through its JSON Schema), so a change to the
 * contract changes the downloads' description with it; only what the contract has no field
 * for (a URL, a count of districts, the issues a figure comes from) is described here.
 */
import { z } from 'astro/zod';
import { LANGS, nameKey } from '../i18n/langs.ts';
import {
  COUNT_GROUP_IDS,
  COUNT_GROUPS,
  countColumn,
  MILESTONE_FIGURE_IDS,
  MILESTONE_FIGURES,
  PLAN_SUMS,
  PROJECT_PLACES,
  QUALIFIERS,
  qualifierColumn,
  STAGE_FIGURE,
  STAGE_IDS,
  STAGES,
  STAT_FIGURES,
  TARGET_IDS,
  type FigureDefinition,
  type MilestoneFigure,
} from './figures.ts';
import { districtSchema, issueSchema, project, stats } from './schema.ts';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface Constraints {
  required?: boolean;
  unique?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  enum?: (string | number)[];
  /** An XML Schema pattern the whole value matches, as Table Schema has it. */
  pattern?: string;
}

export interface TableField {
  name: string;
  type: FieldType;
  description: string;
  format?: 'uri';
  constraints?: Constraints;
}

export interface TableSchema {
  fields: TableField[];
  primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

/** The downloads, in the order the package lists them; each is `/data/<name>.csv`. */
export const TABLE_NAMES = [
  'issues',
  'districts',
  'progress',
  'projects',
  'project-reports',
  'milestones',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

type JsonNode = { [keyword: string]: unknown };

const toJson = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode;

// The issue schema's parts that only Astro's content layer knows (images, the district
// reference) are plain strings here: no column comes from them.
const ISSUE = toJson(
  issueSchema({ coverImage: z.string(), district: z.string(), defaultLang: 'en' }),
);
const ROOTS = {
  issue: ISSUE,
  stats: toJson(stats),
  project: toJson(project),
  district: toJson(districtSchema),
};

/** The object schema a node stands for, looking through `anyOf` (`stats` may be null). */
function objectOf(node: JsonNode): JsonNode | undefined {
  if (node['properties']) return node;
  const branches = (node['anyOf'] ?? []) as JsonNode[];
  return branches.find((branch) => branch['properties']);
}

/** The JSON Schema of a field below `root`, and whether every step to it is required. */
function lookup(root: JsonNode, path: readonly string[]): { node: JsonNode; required: boolean } {
  let node = root;
  let required = true;
  for (const key of path) {
    const object = objectOf(node);
    const child = (object?.['properties'] as Record<string, JsonNode> | undefined)?.[key];
    if (!object || !child) throw new Error(`no field ${path.join('.')} in the content schema`);
    required &&= ((object['required'] ?? []) as string[]).includes(key);
    node = child;
  }
  return { node, required };
}

function typeOf(node: JsonNode): FieldType {
  const branches = [node, ...((node['anyOf'] ?? []) as JsonNode[])];
  if (branches.some((branch) => branch['format'] === 'date')) return 'date';
  const type = branches.map((branch) => branch['type']).find(Boolean);
  if (type === 'integer' || type === 'number' || type === 'boolean') return type;
  if (type === 'string') return 'string';
  throw new Error(`no Table Schema type for ${JSON.stringify(node)}`);
}

// Zod bounds every integer by the safe-integer range, which says nothing about the data.
const meaningful = (value: unknown): value is number =>
  typeof value === 'number' && Math.abs(value) < Number.MAX_SAFE_INTEGER;

function constraintsOf(node: JsonNode, required: boolean): Constraints {
  const constraints: Constraints = {};
  if (required) constraints.required = true;
  for (const key of ['minimum', 'maximum', 'minLength', 'maxLength'] as const) {
    const value = node[key];
    if (meaningful(value)) constraints[key] = value;
  }
  if (Array.isArray(node['enum'])) constraints.enum = node['enum'] as string[];
  return constraints;
}

interface FromContract {
  root: keyof typeof ROOTS;
  path: readonly string[];
  /** Said after the field's own description: what the column holds of it. */
  note?: string;
  /** Said instead of the field's description, where the column holds it of something else. */
  description?: string;
  required?: boolean;
}

function field(name: string, from: FromContract): TableField {
  const { node, required } = lookup(ROOTS[from.root], from.path);
  const description = [from.description ?? node['description'], from.note]
    .filter(Boolean)
    .join(' ');
  const constraints = constraintsOf(node, from.required ?? required);
  return {
    name,
    type: typeOf(node),
    description,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

function own(
  name: string,
  type: FieldType,
  description: string,
  constraints?: Constraints,
): TableField {
  return {
    name,
    type,
    description,
    ...(constraints ? { constraints } : {}),
  };
}

// A string rather than Table Schema's `list`, which the published 2.0 profile does not have.
const sources = (of: string) =>
  own('sources', 'string', `Issue numbers ${of} come from, comma-separated, ascending.`, {
    pattern: '\\d+(,\\d+)*',
  });

/**
 * A figure of the registry as two columns: its value, and beside it the qualifier the source
 * puts on it ("above 90%" is 0.9 and `more-than`), empty where the source states it exactly.
 */
function figureFields(
  name: string,
  definition: Pick<FigureDefinition, 'type' | 'maximum' | 'description'>,
  note?: string,
): TableField[] {
  const description = [definition.description, note].filter(Boolean).join(' ');
  return [
    own(name, definition.type, description, {
      minimum: 0,
      ...(definition.maximum === undefined ? {} : { maximum: definition.maximum }),
    }),
    own(
      qualifierColumn(name),
      'string',
      `How the source qualifies ${name}: more-than (“above”), at-least, about or up-to; empty when it states the figure exactly.`,
      { enum: [...QUALIFIERS] },
    ),
  ];
}

/** The stats columns: each figure with its qualifier, the counts named by `countColumn`. */
function statsFields(note?: string): TableField[] {
  const counts = COUNT_GROUP_IDS.flatMap((group) =>
    STAGE_IDS.flatMap((stage) =>
      figureFields(
        countColumn(group, stage),
        {
          ...STAGE_FIGURE,
          description: `${COUNT_GROUPS[group].description} ${STAGES[stage].description}`,
        },
        note,
      ),
    ),
  );
  const single = (id: keyof typeof STAT_FIGURES) =>
    figureFields(STAT_FIGURES[id].column, STAT_FIGURES[id], note);
  return [
    ...single('investmentYuan'),
    ...single('newPlaces'),
    ...counts,
    ...single('publicKindergartenShareTarget'),
  ];
}

/**
 * The plan year by year as a district's figures: what the newest issue with milestones gives,
 * added up over its years.
 */
function planFields(): TableField[] {
  const sums = 'added up over the years of the district’s newest milestones (milestones.csv)';
  const lowerBound = {
    places: '; at-least when a batch’s places are not stated, so the sum is a lower bound',
    schools: '',
    kindergartens: '',
  } satisfies Record<MilestoneFigure, string>;
  return MILESTONE_FIGURE_IDS.flatMap((key) =>
    figureFields(PLAN_SUMS[key].column, {
      ...MILESTONE_FIGURES[key],
      description: `${MILESTONE_FIGURES[key].description} The year-by-year figures ${sums}${lowerBound[key]}.`,
    }),
  );
}

const districtRef = (fields: string[]) => ({
  fields,
  reference: { resource: 'districts', fields: ['district_id'] },
});

/** A project's name in each language, empty where no edition in that language names it. */
const projectNames = (of: string) =>
  LANGS.map((lang) =>
    field(`name_${nameKey(lang)}`, {
      root: 'project',
      path: ['name'],
      note: `${of}, from the ${lang} edition; empty when no ${lang} edition names it.`,
      required: false,
    }),
  );

/**
 * Every table's schema. `districtIds` (from districts.yaml) are the values a district column
 * may take.
 */
export function tableSchemas(districtIds: readonly string[]): Record<TableName, TableSchema> {
  const withDistricts = (base: TableField): TableField => ({
    ...base,
    constraints: { ...base.constraints, enum: [...districtIds] },
  });
  const district = (root: FromContract) => withDistricts(field('district', root));
  const latest = 'As the latest issue that reports it gives it; empty when none does.';
  return {
    issues: {
      fields: [
        field('issue', { root: 'issue', path: ['issue'] }),
        field('lang', { root: 'issue', path: ['lang'], required: true }),
        district({ root: 'issue', path: ['district'] }),
        field('title', { root: 'issue', path: ['title'] }),
        field('summary', { root: 'issue', path: ['summary'] }),
        field('published', { root: 'issue', path: ['published'] }),
        field('updated', { root: 'issue', path: ['updated'] }),
        { ...own('url', 'string', 'The edition’s page on the site.'), format: 'uri' },
        field('period_start', { root: 'stats', path: ['period', 'start'], required: false }),
        field('period_end', { root: 'stats', path: ['period', 'end'], required: false }),
        ...statsFields(),
      ],
      primaryKey: ['issue', 'lang'],
      foreignKeys: [districtRef(['district'])],
    },
    districts: {
      fields: [
        field('district_id', { root: 'district', path: ['id'] }),
        ...LANGS.map((lang) =>
          field(`name_${nameKey(lang)}`, { root: 'district', path: ['name', nameKey(lang)] }),
        ),
        field('kind', { root: 'district', path: ['kind'] }),
        ...statsFields(latest),
        ...planFields(),
        own('latest_issue', 'integer', 'The district’s newest issue; empty when it has none.'),
        own('latest_published', 'date', 'The date of the district’s newest issue.'),
        sources('the district’s figures'),
      ],
      primaryKey: ['district_id'],
    },
    progress: {
      fields: [
        own('target_id', 'string', 'The city-wide target, by its field in the column’s targets.', {
          required: true,
          enum: [...TARGET_IDS],
        }),
        own('target', 'integer', 'How many the city-wide target is to build over its period.', {
          required: true,
          minimum: 0,
        }),
        ...STAGE_IDS.flatMap((stage) =>
          figureFields(
            STAGES[stage].column,
            { ...STAGE_FIGURE, description: STAGES[stage].description },
            'The latest count of each reporting district toward the target, added up.',
          ),
        ),
        own('reporting_districts', 'integer', 'Districts that have reported a count toward it.', {
          required: true,
          minimum: 0,
        }),
        own('districts_total', 'integer', 'Districts in the column.', {
          required: true,
          minimum: 0,
        }),
        sources('the counts'),
      ],
      primaryKey: ['target_id'],
    },
    projects: {
      fields: [
        field('id', { root: 'project', path: ['id'] }),
        district({
          root: 'issue',
          path: ['district'],
          description: 'The district the project is in: an `id` from `content/districts.yaml`.',
        }),
        field('kind', { root: 'project', path: ['kind'] }),
        ...projectNames('The latest name'),
        field('latest_status', {
          root: 'project',
          path: ['status'],
          note: 'As the latest report gives it.',
        }),
        field('latest_year', {
          root: 'project',
          path: ['year'],
          note: 'As the latest report gives it.',
        }),
        ...figureFields('latest_places', PROJECT_PLACES, 'As the latest report gives it.'),
        own('latest_issue', 'integer', 'The newest issue that reports the project.', {
          required: true,
        }),
        own('first_issue', 'integer', 'The first issue that reports the project.', {
          required: true,
        }),
      ],
      primaryKey: ['id'],
      foreignKeys: [districtRef(['district'])],
    },
    'project-reports': {
      fields: [
        field('project_id', { root: 'project', path: ['id'] }),
        field('issue', { root: 'issue', path: ['issue'] }),
        field('published', { root: 'issue', path: ['published'] }),
        field('status', { root: 'project', path: ['status'] }),
        field('year', { root: 'project', path: ['year'] }),
        ...figureFields('places', PROJECT_PLACES),
        ...projectNames('The name in this issue'),
      ],
      primaryKey: ['project_id', 'issue'],
      foreignKeys: [
        { fields: ['project_id'], reference: { resource: 'projects', fields: ['id'] } },
      ],
    },
    milestones: {
      fields: [
        district({
          root: 'issue',
          path: ['district'],
          description: 'The district whose plan it is: an `id` from `content/districts.yaml`.',
        }),
        own('row', 'integer', 'The milestone’s place in the issue’s list, from 1.', {
          required: true,
          minimum: 1,
        }),
        own('year', 'integer', 'The year the figures are for.', { required: true }),
        ...MILESTONE_FIGURE_IDS.flatMap((key) =>
          figureFields(
            MILESTONE_FIGURES[key].column,
            MILESTONE_FIGURES[key],
            'Each milestone is its own row: two batches of one year are never added up, so a batch whose places are not stated is never counted as 0.',
          ),
        ),
        own('note', 'string', 'What the figures refer to, in the issue’s language.'),
        own('issue', 'integer', 'The district’s newest issue that lists milestones.', {
          required: true,
        }),
      ],
      primaryKey: ['district', 'row'],
      foreignKeys: [districtRef(['district'])],
    },
  };
}

/** The key a figure names a row by: its primary key's values joined by `-` (`alder-2023`). */
export function rowKey(schema: TableSchema, row: Record<string, unknown>): string {
  return schema.primaryKey.map((name) => String(row[name] ?? '')).join('-');
}
