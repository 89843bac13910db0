/** Components editors may use in MDX without importing them, and what replaces plain Markdown links. */
import ContentLink from '../components/ContentLink.astro';
import Term from '../components/Term.astro';
import Fill from '../components/Fill.astro';
import LineBreak from '../components/LineBreak.astro';

export const mdxComponents = { Term, Fill, a: ContentLink, br: LineBreak };
