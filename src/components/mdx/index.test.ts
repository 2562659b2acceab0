import { describe, expect, test } from 'vitest';
import { MDX_COMPONENT_NAMES } from '../../lib/mdxCheck';
import { mdxComponents } from './index';

describe('mdxComponents', () => {
  test('provides exactly the components the content check accepts', () => {
    expect(Object.keys(mdxComponents).toSorted()).toEqual([...MDX_COMPONENT_NAMES].toSorted());
  });

  test('maps each name to a component', () => {
    for (const component of Object.values(mdxComponents)) {
      expect(typeof component).toBe('function');
    }
  });
});
