/**
 * The names that tie a figure on a page to the same figure in the open data, so the build can
 * check that they agree. A page writes each figure of the data desk as
 * `<data value="6684" data-figure="districts/hanting/new_places">6,684</data>`, keyed by the
 * download's table and column; the open-data check reads every `data-figure` in `dist/` and
 * compares it with the download.
 */
import type { CountGroup, COUNT_KEYS } from './stats.ts';

const SNAKE: Record<CountGroup | (typeof COUNT_KEYS)[number], string> = {
  schools: 'schools',
  kindergartens: 'kindergartens',
  publicKindergartens: 'public_kindergartens',
  compulsorySchools: 'compulsory_schools',
  highSchools: 'high_schools',
  planned: 'planned',
  underConstruction: 'under_construction',
  completed: 'completed',
};

/** The column of a count in the downloads: `compulsory_schools_under_construction`. */
export function countColumn(group: CountGroup, key: (typeof COUNT_KEYS)[number]): string {
  return `${SNAKE[group]}_${SNAKE[key]}`;
}

/** The key of one cell of a download: `districts/hanting/new_places`. */
export function figureKey(table: string, row: string | number, column: string): string {
  return `${table}/${row}/${column}`;
}
