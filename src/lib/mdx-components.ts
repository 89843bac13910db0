/** Components editors may use in MDX without importing them, and what replaces plain Markdown links. */
import ContentLink from '../components/ContentLink.astro';
import Term from '../components/Term.astro';

export const mdxComponents = { Term, a: ContentLink };
