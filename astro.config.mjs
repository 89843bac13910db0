// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { editor } from './src/integrations/editor.ts';

// Where the site is published. Both can be set at build time, e.g.
//   SITE_URL=https://example.se BASE_PATH=/familjecentraler/ npm run build
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
// A build of other content (a fixture region, a broken copy in the tests) keeps its own cache,
// so entries of one content folder never mix with another's.
const cacheDir = process.env.CONTENT_DIR ? `${process.env.CONTENT_DIR.replace(/\/$/, '')}-astro-cache` : undefined;

export default defineConfig({
  site,
  base,
  ...(cacheDir && { cacheDir }),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // 'jsx' (the Astro 7 default) drops line breaks next to inline elements, which glues Swedish
  // words together on the page and in the search index. `true` is lossless.
  compressHTML: true,
  // Class-based scoping keeps the HTML lean (no data-astro-cid attribute on every element).
  scopedStyleStrategy: 'class',
  integrations: [mdx(), editor()],
  // The search script loads Pagefind with import(): Vite wraps that in a preload helper whose
  // placeholder is left unfilled when Astro inlines a small script into the page. Scripts stay files.
  vite: {
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
  // No code blocks on the site; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
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
