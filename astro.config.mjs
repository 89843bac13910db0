// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { editor } from './src/integrations/editor.ts';
import { noDependencyOptimizer } from './src/integrations/no-dependency-optimizer.ts';
import { siteConfig } from './src/lib/content/site-config.ts';
import { markdownBaseLinks } from './src/lib/content/markdown-links.ts';

// Where the site is published: region.yaml's publishing.siteUrl, or SITE_URL at build time; the
// path under it with BASE_PATH, e.g.
//   SITE_URL=https://example.se BASE_PATH=/familjecentraler/ npm run build
const site = siteConfig.site.url;
const base = process.env.BASE_PATH ?? '/';
// A build of other content (a fixture region, a broken copy in the tests) keeps its own cache,
// so entries of one content folder never mix with another's.
const cacheDir = process.env.CONTENT_DIR
  ? `${process.env.CONTENT_DIR.replace(/\/$/, '')}-astro-cache`
  : undefined;

/**
 * A PostCSS plugin that sets the custom property --fc-print-origin to the site's address.
 * @param {string} origin
 * @returns {import('postcss').Plugin}
 */
function printOrigin(origin) {
  return {
    postcssPlugin: 'familjecentraler:print-origin',
    Declaration: {
      '--fc-print-origin': (decl) => {
        decl.value = JSON.stringify(origin);
      },
    },
  };
}

export default defineConfig({
  site,
  base,
  ...(cacheDir && { cacheDir }),
  trailingSlash: 'always',
  // Pages are rendered eight at a time: each page waits for its module to load and its file to be
  // written, and one page at a time left the processor idle for a third of the routes at 1,000
  // centres. The output is the same file for file (scripts/compare-builds.ts).
  build: { format: 'directory', concurrency: 8 },
  // 'jsx' (the Astro 7 default) drops line breaks next to inline elements, which glues Swedish
  // words together on the page and in the search index. `true` is lossless.
  compressHTML: true,
  // Class-based scoping keeps the HTML lean (no data-astro-cid attribute on every element).
  scopedStyleStrategy: 'class',
  integrations: [mdx(), editor(), noDependencyOptimizer()],
  // The search script loads Pagefind with import(): Vite wraps that in a preload helper whose
  // placeholder is left unfilled when Astro inlines a small script into the page. Scripts stay files.
  vite: {
    // Printed links show their full address: the print styles put the site's address before a
    // link's own (global.css, --fc-print-origin), filled in here from the configuration.
    css: { postcss: { plugins: [printOrigin(new URL(site).origin)] } },
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro marks every MDX entry with a directive the bundler cannot keep and says so once per
        // file: a thousand lines of noise at a thousand centres, and nothing to act on.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  // No code blocks on the site; Shiki's inline styles would also break the CSP. Links in Markdown
  // (.md) follow the base path as MDX's do (src/lib/content/markdown-links.ts).
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: [markdownBaseLinks(base)] }),
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "form-action 'self' https:",
        "base-uri 'self'",
        "object-src 'none'",
      ],
      // Pagefind compiles its WebAssembly search in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
