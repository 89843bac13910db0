/** Components editors may use in MDX without importing them. */
import Term from '../components/Term.astro';

export const mdxComponents = { Term };
