import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { nameKey } from '../../../../i18n/langs';
import { districtFeedLink, feedItems } from '../../../../lib/feeds';
import { districtsInEveryLang, getColumn } from '../../../../lib/queries';
import { localeParam, urls } from '../../../../lib/urls';

export const getStaticPaths = (async () =>
  (await districtsInEveryLang()).map(({ lang, summary }) => ({
    params: { locale: localeParam(lang), district: summary.district.id },
    props: { lang, summary },
  }))) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { lang, summary } = props;
  const { district } = summary;
  const column = await getColumn();
  return rss({
    title: districtFeedLink(lang, column, district, urls).title,
    description: district.blurb[nameKey(lang)],
    site: urls.absolute(urls.district(lang, district.id)),
    items: feedItems(
      summary.issues.map((entry) => ({ entry, district })),
      lang,
      urls,
    ),
    customData: `<language>${lang}</language>`,
    trailingSlash: true,
  });
};
