/**
 * The city-wide targets as one list, in the order every page, card and feed shows them, each
 * with the dictionary key of its label, so no page writes the three out by hand.
 */
import type { UiKey } from '../i18n';
import type { ColumnData, TargetId } from './schema.ts';

export type { TargetId } from './schema.ts';

export interface CityTarget {
  id: TargetId;
  value: number;
  /** The label's key in the UI dictionary, e.g. `home.targets.kindergartens`. */
  label: UiKey;
}

/** Each target's label: a count goes before it (`360 public kindergartens`, `360所公办幼儿园`). */
export const TARGET_LABELS: Record<TargetId, UiKey> = {
  publicKindergartens: 'home.targets.kindergartens',
  compulsorySchools: 'home.targets.schools',
  highSchools: 'home.targets.highSchools',
};

export function cityTargets(targets: ColumnData['targets']): CityTarget[] {
  return (Object.keys(TARGET_LABELS) as TargetId[]).map((id) => ({
    id,
    value: targets[id],
    label: TARGET_LABELS[id],
  }));
}
