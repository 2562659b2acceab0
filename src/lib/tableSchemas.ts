/**
 * The Table Schemas of the open-data downloads (Frictionless Data, v2): every column's type,
 * description and constraints. A column that carries a field of the editors' contract is read
 * from that field's zod schema in `schema.ts` (through its JSON Schema), so a change to the
 * contract changes the downloads' description with it; only what the contract has no field
 * for (a URL, a count of districts, the issues a figure comes from) is described here.
 */
import { z } from 'astro/zod';
import { LANGS, nameKey } from '../i18n/langs.ts';
import { countColumn } from './figureKeys.ts';
import {
  buildingCounts,
  districtSchema,
  issueSchema,
  milestone,
  project,
  stats,
  TARGET_IDS,
} from './schema.ts';
import { COUNT_GROUPS, COUNT_KEYS } from './stats.ts';

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
  counts: toJson(buildingCounts),
  milestone: toJson(milestone),
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

/** The stats columns: one per figure, the counts named by `countColumn`. */
function statsFields(note?: string): TableField[] {
  const from = (path: string[]) => ({ root: 'stats' as const, path, ...(note ? { note } : {}) });
  const counts = COUNT_GROUPS.flatMap((group) =>
    COUNT_KEYS.map((key) => {
      const whole = lookup(ROOTS.stats, [group]).node['description'];
      const part = field(countColumn(group, key), from([group, key]));
      return { ...part, description: `${String(whole)} ${part.description}` };
    }),
  );
  return [
    field('investment_yuan', from(['investmentYuan'])),
    field('new_places', from(['newPlaces'])),
    ...counts,
    field('public_kindergarten_share_target', from(['publicKindergartenShareTarget'])),
  ];
}

/** The progress table's count columns, one per count of `BuildingCounts`. */
export const PROGRESS_COLUMNS = {
  planned: 'planned',
  underConstruction: 'under_construction',
  completed: 'completed',
} as const satisfies Record<(typeof COUNT_KEYS)[number], string>;

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
        ...COUNT_KEYS.map((key) =>
          field(PROGRESS_COLUMNS[key], {
            root: 'counts',
            path: [key],
            note: 'The latest count of each reporting district toward the target, added up.',
          }),
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
        field('latest_places', {
          root: 'project',
          path: ['places'],
          note: 'As the latest report gives it.',
        }),
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
        field('places', { root: 'project', path: ['places'] }),
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
        field('year', { root: 'milestone', path: ['year'] }),
        ...(['schools', 'kindergartens', 'places'] as const).map((key) =>
          field(key, {
            root: 'milestone',
            path: [key],
            note: 'Milestones of one year in one issue are added up.',
          }),
        ),
        own('issue', 'integer', 'The district’s newest issue that lists milestones.', {
          required: true,
        }),
      ],
      primaryKey: ['district', 'year'],
      foreignKeys: [districtRef(['district'])],
    },
  };
}

/** The key a figure names a row by: its primary key's values joined by `-` (`alder-2023`). */
export function rowKey(schema: TableSchema, row: Record<string, unknown>): string {
  return schema.primaryKey.map((name) => String(row[name] ?? '')).join('-');
}
