import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { readBuildEnv } from '../../../../lib/buildEnv';
import { getColumn, issuesInEveryLang } from '../../../../lib/queries';
import { issueCard, socialImageResponse } from '../../../../lib/socialImage';
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

export const GET: APIRoute<Props> = ({ props }) =>
  socialImageResponse(props.card, readBuildEnv().cacheDir);
