import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { nameKey } from '../../i18n/langs';
import { feedItems } from '../../lib/feeds';
import { getColumn, issuesWithDistricts, localeRoutes } from '../../lib/queries';
import { urls } from '../../lib/urls';

export const getStaticPaths = (() => localeRoutes()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { lang } = props;
  const column = await getColumn();
  return rss({
    title: column.title[nameKey(lang)],
    description: column.description[nameKey(lang)],
    site: new URL(urls.home(lang), site),
    items: feedItems(await issuesWithDistricts(lang), lang, urls),
    customData: `<language>${lang}</language>`,
    trailingSlash: true,
  });
};
