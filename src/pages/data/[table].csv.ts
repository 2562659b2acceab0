import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { tableCsv } from '../../lib/openData';
import { openDataTablesOnce } from '../../lib/queries';
import { TABLE_NAMES } from '../../lib/tableSchemas';

export const getStaticPaths = (() =>
  TABLE_NAMES.map((table) => ({ params: { table }, props: { table } }))) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** One download per table, the same file for every language (both names are columns). */
export const GET: APIRoute<Props> = async ({ props }) => {
  const tables = await openDataTablesOnce();
  const table = tables.find((candidate) => candidate.name === props.table);
  if (!table) throw new Error(`no open-data table ${props.table}`);
  return new Response(tableCsv(table), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
