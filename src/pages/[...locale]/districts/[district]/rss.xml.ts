import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { translator } from '../../../../i18n';
import { nameKey } from '../../../../i18n/langs';
import { feedItems } from '../../../../lib/feeds';
import { districtRoutes, getColumn } from '../../../../lib/queries';
import { localeParam, urls } from '../../../../lib/urls';

export const getStaticPaths = (async () =>
  (await districtRoutes()).map(({ lang, summary }) => ({
    params: { locale: localeParam(lang), district: summary.district.id },
    props: { lang, summary },
  }))) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { lang, summary } = props;
  const { district } = summary;
  const column = await getColumn();
  const t = translator(lang);
  return rss({
    title: t('feed.districtTitle', {
      column: column.title[nameKey(lang)],
      district: district.name[nameKey(lang)],
    }),
    description: district.blurb[nameKey(lang)],
    site: new URL(urls.district(lang, district.id), site),
    items: feedItems(
      summary.issues.map((entry) => ({ entry, district })),
      lang,
      urls,
    ),
    customData: `<language>${lang}</language>`,
    trailingSlash: true,
  });
};
