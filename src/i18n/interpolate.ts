/**
 * Fills `{name}` placeholders. Kept apart from the dictionaries so the search page's
 * browser script can use it without shipping every string of the site.
 */
export function interpolate(
  template: string,
  values: Record<string, string | number> = {},
  /** Names the string in the error when a value is missing: its dictionary key. */
  label = `"${template}"`,
): string {
  return template.replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${label} needs a value for {${name}}`);
    return String(value);
  });
}
