import type { APIRoute } from 'astro';
import { readBuildEnv } from '../../lib/buildEnv';
import { getColumn } from '../../lib/queries';
import { socialImage } from '../../lib/socialImage';
import { defaultCard } from '../../lib/socialImage/card';

/** The social image of every page without its own, at `urls.defaultSocialImage()`. */
export const GET: APIRoute = async () => {
  const png = await socialImage(defaultCard(await getColumn()), readBuildEnv().cacheDir);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
