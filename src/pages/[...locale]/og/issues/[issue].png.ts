import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { readBuildEnv } from '../../../../lib/buildEnv';
import { getColumn, issuesInEveryLang } from '../../../../lib/queries';
import { socialImage } from '../../../../lib/socialImage';
import { issueCard } from '../../../../lib/socialImage/card';
import { localeParam } from '../../../../lib/urls';

/** One social image per visible issue, at `urls.socialImage(lang, number)`. */
export const getStaticPaths = (async () => {
  const column = await getColumn();
  return (await issuesInEveryLang()).map(({ lang, entry, district }) => ({
    params: { locale: localeParam(lang), issue: String(entry.data.issue) },
    props: { card: issueCard({ lang, column, district, issue: entry.data }) },
  }));
}) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await socialImage(props.card, readBuildEnv().cacheDir);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
