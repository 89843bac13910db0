import { expect, it } from 'vitest';
import { siteComponentRules } from '../lib/content/components';
import { mdxComponents } from './mdx-components';

it('every component editors may use in MDX has rules for the pre-build check, and no rule lacks a component', () => {
  const components = Object.keys(mdxComponents).filter((name) => /^[A-Z]/.test(name));
  expect(Object.keys(siteComponentRules([])).sort()).toEqual(components.sort());
});
