import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { nameKey } from '../../i18n/langs';
import { feedItems } from '../../lib/feeds';
import { activeLangs, getColumn, issuesWithDistricts } from '../../lib/queries';
import { localePaths, urls } from '../../lib/urls';

export const getStaticPaths = (async () =>
  localePaths(await activeLangs())) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { lang } = props;
  const column = await getColumn();
  return rss({
    title: column.title[nameKey(lang)],
    description: column.description[nameKey(lang)],
    site: urls.absolute(urls.home(lang)),
    items: feedItems(await issuesWithDistricts(lang), lang, urls),
    customData: `<language>${lang}</language>`,
    trailingSlash: true,
  });
};
