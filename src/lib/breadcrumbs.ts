/**
 * The trail from the home page down to a page: shown above issue and district pages
 * (src/components/Breadcrumbs.astro) and given to search engines as a `BreadcrumbList`
 * (src/lib/structuredData.ts), so the two never name a step differently.
 */
import { t } from '../i18n';
import { nameKey, type Lang } from '../i18n/langs';
import type { DistrictData } from './schema';
import type { Urls } from './urls';

export interface Crumb {
  name: string;
  /** The step's URL as `urls` makes it: under the base, without the origin. */
  url: string;
}

/** Home › the district › No. 4. */
export function issueTrail(
  lang: Lang,
  district: Pick<DistrictData, 'id' | 'name'>,
  issueNumber: number,
  urls: Urls,
): Crumb[] {
  return [
    { name: t(lang, 'site.nav.home'), url: urls.home(lang) },
    { name: district.name[nameKey(lang)], url: urls.district(lang, district.id) },
    { name: t(lang, 'issue.number', { number: issueNumber }), url: urls.issue(lang, issueNumber) },
  ];
}

/** Home › Districts › the district. */
export function districtTrail(
  lang: Lang,
  district: Pick<DistrictData, 'id' | 'name'>,
  urls: Urls,
): Crumb[] {
  return [
    { name: t(lang, 'site.nav.home'), url: urls.home(lang) },
    { name: t(lang, 'districts.title'), url: urls.districts(lang) },
    { name: district.name[nameKey(lang)], url: urls.district(lang, district.id) },
  ];
}

/** Home › Projects › the project, under its latest name. */
export function projectTrail(
  lang: Lang,
  project: { id: string; name: string },
  urls: Urls,
): Crumb[] {
  return [
    { name: t(lang, 'site.nav.home'), url: urls.home(lang) },
    { name: t(lang, 'projects.title'), url: urls.projects(lang) },
    { name: project.name, url: urls.project(lang, project.id) },
  ];
}
