import { describe, expect, test } from 'vitest';
import { isAstroHeadInjectWarning } from './knownWarnings';

const headInject = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  id: '/site/content/issues/004-hanting.mdx?astroPropagatedAssets',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "content/issues/004-hanting.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('isAstroHeadInjectWarning', () => {
  test("returns true for Astro's head-inject directive on a propagated-assets module", () => {
    expect(isAstroHeadInjectWarning(headInject)).toBe(true);
  });

  test('returns true when the warning names the module only in its message', () => {
    expect(isAstroHeadInjectWarning({ code: headInject.code, message: headInject.message })).toBe(
      true,
    );
  });

  test('returns false for another directive on the same module', () => {
    expect(
      isAstroHeadInjectWarning({
        ...headInject,
        message: headInject.message.replace('use astro:head-inject', 'use client'),
      }),
    ).toBe(false);
  });

  test('returns false for the head-inject directive in a module of our own', () => {
    expect(
      isAstroHeadInjectWarning({
        ...headInject,
        id: '/site/src/components/Widget.ts',
        message:
          'The semantics of the module level directive "use astro:head-inject" in "src/components/Widget.ts" may not be preserved when bundling.',
      }),
    ).toBe(false);
  });

  test('returns false for any other warning', () => {
    expect(
      isAstroHeadInjectWarning({ code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency' }),
    ).toBe(false);
  });
});
