import type { APIRoute } from 'astro';
import { readBuildEnv } from '../../lib/buildEnv';
import { getColumn } from '../../lib/queries';
import { defaultCard, socialImageResponse } from '../../lib/socialImage';

/** The social image of every page without its own, at `urls.defaultSocialImage()`. */
export const GET: APIRoute = async () =>
  socialImageResponse(defaultCard(await getColumn()), readBuildEnv().cacheDir);
