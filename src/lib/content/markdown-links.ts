/**
 * Links in Markdown (.md) content follow the base path, as links in MDX do through ContentLink:
 * editors write site addresses from the root ("/mal-och-strategi/"), and a site published under
 * /familjecentraler/ gets "/familjecentraler/mal-och-strategi/". Markdown is rendered when the
 * content is loaded, without components, so this is a plugin of the Markdown processor
 * (astro.config.mjs). MDX is left alone: its links go through ContentLink, and twice would double
 * the base. The addresses themselves are checked before the build (links.ts).
 * Plain TypeScript with file extensions in imports, so astro.config.mjs can load it with Node.
 */
import type { HastPluginDefinition } from 'satteri';
import { joinBase } from '../paths.ts';

/** Whether an address is one of the site's own, written from its root ("/vagledning/"). */
export function isSitePath(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/** The Markdown processor's plugin that puts `base` in front of every site address in a link. */
export function markdownBaseLinks(base: string): HastPluginDefinition {
  return {
    name: 'familjecentraler:markdown-base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        if (ctx.sourceFormat !== 'markdown') return;
        const href = node.properties.href;
        if (typeof href === 'string' && isSitePath(href))
          ctx.setProperty(node, 'href', joinBase(base, href));
      },
    },
  };
}
