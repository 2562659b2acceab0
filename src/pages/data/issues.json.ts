import type { APIRoute } from 'astro';
import { issuesJson } from '../../lib/openData';
import { openDataSource } from '../../lib/queries';
import { urls } from '../../lib/urls';

export const GET: APIRoute = async () => {
  const { editions } = await openDataSource();
  const json = issuesJson(editions, urls);
  return new Response(`${JSON.stringify(json, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
