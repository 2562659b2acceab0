import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { readBuildEnv } from '../../../../lib/buildEnv';
import { getColumn, issuesInEveryLang } from '../../../../lib/queries';
import { planSocialImages, socialImage } from '../../../../lib/socialImage';
import { issueCard } from '../../../../lib/socialImage/card';
import { localeParam } from '../../../../lib/urls';

/**
 * One social image per visible issue, at `urls.socialImage(lang, number)`. Astro asks every
 * route for its paths before it renders any page, so the cards are queued here and drawn
 * while the pages before them render.
 */
export const getStaticPaths = (async () => {
  const column = await getColumn();
  const paths = (await issuesInEveryLang()).map(({ lang, entry, district }) => ({
    params: { locale: localeParam(lang), issue: String(entry.data.issue) },
    props: { card: issueCard({ lang, column, district, issue: entry.data }) },
  }));
  await planSocialImages(
    paths.map(({ props }) => props.card),
    readBuildEnv().cacheDir,
  );
  return paths;
}) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await socialImage(props.card, readBuildEnv().cacheDir);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
