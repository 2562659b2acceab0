import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/dataPackage';
import { getColumn, openDataTablesOnce } from '../../lib/queries';
import { urls } from '../../lib/urls';

export const GET: APIRoute = async () => {
  const [column, tables] = await Promise.all([getColumn(), openDataTablesOnce()]);
  const descriptor = dataPackage(tables, {
    column,
    homepage: urls.absolute(urls.data(column.defaultLang)),
    created: new Date(),
  });
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
