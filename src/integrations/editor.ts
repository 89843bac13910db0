/**
 * Serves the editor (Sveltia CMS) from the site's own origin at /redaktion/: after the build it
 * writes the bundle with its CDN addresses rewritten (src/lib/editor/cms-bundle.ts), the Swedish and
 * other interface strings, the fonts, a version file and the page with its own policy. Nothing of
 * this touches the public pages.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import {
  CMS_FONTS,
  cmsModulePaths,
  cmsPackagePath,
  EDITOR_PAGE_CSS,
  editorCsp,
  editorPage,
  gitHostOrigins,
  patchCmsBundle,
  statusFiles,
  SWEDISH_FIRST,
} from '../lib/editor/cms-bundle';
import { EDITOR_HELP_PATH, swedishLocale } from '../lib/editor/cms-strings';
import { editorBackend } from '../lib/editor/cms-config';
import { siteConfig } from '../lib/content/site-config';

export function editor(): AstroIntegration {
  let base = '/';
  let modules = '';
  let root = '';
  return {
    name: 'familjecentraler:editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        modules = fileURLToPath(new URL('node_modules/', config.root));
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = join(fileURLToPath(dir), 'redaktion');
        const editorBase = `${base}redaktion/`;
        const pkgDir = join(modules, '@sveltia/cms');
        const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
          version: string;
        };
        const helpUrl = `${base}${EDITOR_HELP_PATH}`;
        const connected = Boolean(siteConfig.editor);
        mkdirSync(out, { recursive: true });
        const bundle = patchCmsBundle(
          readFileSync(join(pkgDir, 'dist/sveltia-cms.js'), 'utf8'),
          editorBase,
          { connected },
        );
        writeFileSync(join(out, 'sveltia-cms.js'), bundle);
        for (const file of statusFiles(bundle, editorBase)) {
          mkdirSync(dirname(join(out, file)), { recursive: true });
          writeFileSync(join(out, file), '{}');
        }
        // What the CMS loads once a preview is registered: its React chunk beside the bundle, and
        // the modules it would fetch from a CDN, from the packages it depends on.
        mkdirSync(join(out, 'chunks'), { recursive: true });
        for (const file of readdirSync(join(pkgDir, 'dist/chunks')).filter((f) =>
          f.endsWith('.js'),
        ))
          copyFileSync(join(pkgDir, 'dist/chunks', file), join(out, 'chunks', file));
        const fromCms = createRequire(join(pkgDir, 'package.json'));
        for (const module of cmsModulePaths(bundle)) {
          mkdirSync(dirname(join(out, module.path)), { recursive: true });
          copyFileSync(fromCms.resolve(`${module.name}/${module.file}`), join(out, module.path));
        }
        writeFileSync(join(out, 'svenska.js'), SWEDISH_FIRST);
        writeFileSync(join(out, 'redaktion.css'), EDITOR_PAGE_CSS);
        // The preview: the site's own style sheets, and a centre's parent box and week drawn as on
        // its page (src/scripts/editor-preview.ts, bundled with the functions it shares with the site).
        const assets = join(fileURLToPath(dir), '_astro');
        const stylesheets = readdirSync(assets)
          .filter((f) => f.endsWith('.css'))
          .sort()
          .map((f) => `${base}_astro/${f}`);
        const preview = await build({
          entryPoints: [join(root, 'src/scripts/editor-preview.ts')],
          bundle: true,
          format: 'iife',
          minify: true,
          write: false,
          target: 'es2022',
          charset: 'utf8',
          define: { __STYLESHEETS__: JSON.stringify(stylesheets) },
        });
        const [previewFile] = preview.outputFiles;
        if (!previewFile) throw new Error('esbuild wrote no bundle of the editor preview.');
        writeFileSync(join(out, 'forhandsvisning.js'), previewFile.text);

        const paths = cmsPackagePath(version);
        const locales = join(out, paths.locales);
        mkdirSync(locales, { recursive: true });
        for (const file of readdirSync(join(pkgDir, 'locales')))
          copyFileSync(join(pkgDir, 'locales', file), join(locales, file));
        // Swedish, every string filled in, with the first screens' words for people who are not developers.
        const localeFile = (name: string) =>
          JSON.parse(readFileSync(join(pkgDir, 'locales', `${name}.json`), 'utf8')) as Record<
            string,
            unknown
          >;
        writeFileSync(
          join(locales, 'sv.json'),
          JSON.stringify(
            swedishLocale(localeFile('sv'), localeFile('en-US'), { connected, helpUrl }),
          ),
        );
        mkdirSync(dirname(join(out, paths.versionFile)), { recursive: true });
        writeFileSync(join(out, paths.versionFile), JSON.stringify({ version }));

        mkdirSync(join(out, 'fonts'), { recursive: true });
        for (const font of CMS_FONTS)
          copyFileSync(join(modules, font.from), join(out, 'fonts', font.file));

        const csp = editorCsp(gitHostOrigins(editorBackend(siteConfig.editor)));
        writeFileSync(
          join(out, 'index.html'),
          editorPage({ title: `Redaktion: ${siteConfig.siteName}`, csp, helpUrl }),
        );
        logger.info(
          `Sveltia CMS ${version} at ${editorBase} (${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}
