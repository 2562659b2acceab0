import { describe, expect, test } from 'vitest';
import { isInside, missingSharpHelp, moduleLinks } from './workFolder';

describe('isInside', () => {
  test('returns true for the folder itself and a path below it', () => {
    expect(isInside('/tmp/column', '/tmp/column')).toBe(true);
    expect(isInside('/tmp/column', '/tmp/column/bench/dist')).toBe(true);
  });

  test('returns false for a sibling whose name begins with the folder’s', () => {
    expect(isInside('/tmp/column', '/tmp/column-bench')).toBe(false);
    expect(isInside('/tmp/column', '/tmp/columnzz/dist')).toBe(false);
  });

  test('returns false for the folder’s parent and another folder in it', () => {
    expect(isInside('/tmp/column', '/tmp')).toBe(false);
    expect(isInside('/tmp/column', '/tmp/cb')).toBe(false);
  });
});

describe('moduleLinks', () => {
  test('links the project’s node_modules into a work folder that shares the clone’s prefix', () => {
    expect(moduleLinks('/tmp/column', '/tmp/column-bench')).toEqual([
      { link: '/tmp/column-bench/node_modules', target: '/tmp/column/node_modules' },
    ]);
  });

  test('links them into a work folder elsewhere in the clone’s parent', () => {
    expect(moduleLinks('/tmp/column', '/tmp/cb')).toEqual([
      { link: '/tmp/cb/node_modules', target: '/tmp/column/node_modules' },
    ]);
  });

  test('returns no link for a work folder inside the project', () => {
    expect(moduleLinks('/tmp/column', '/tmp/column/bench-work')).toEqual([]);
  });
});

describe('missingSharpHelp', () => {
  test('names the links it made when a build could not find sharp', () => {
    const links = moduleLinks('/tmp/column', '/tmp/column-bench');
    expect(missingSharpHelp('MissingSharp: Could not find Sharp.', links)).toBe(
      "sharp was not found from the build's chunks. Linked node_modules: /tmp/column-bench/node_modules → /tmp/column/node_modules. Is sharp installed in the project (npm ci)?",
    );
  });

  test('returns undefined for a failure of another kind', () => {
    expect(missingSharpHelp('Error: something else', [])).toBeUndefined();
  });
});
