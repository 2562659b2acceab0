import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/dataPackage';
import { openDataTables } from '../../lib/openData';
import { getColumn, openDataSource } from '../../lib/queries';
import { urls } from '../../lib/urls';

export const GET: APIRoute = async () => {
  const [column, source] = await Promise.all([getColumn(), openDataSource()]);
  const tables = openDataTables(source, urls);
  const descriptor = dataPackage(tables, {
    column,
    homepage: urls.absolute(urls.home(column.defaultLang)),
    created: new Date(),
  });
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
