/**
 * Serves the editor (Sveltia CMS) from the site's own origin at /redaktion/: after the build it
 * writes the bundle with its CDN addresses rewritten (src/lib/cms-bundle.ts), the Swedish and
 * other interface strings, the fonts, a version file and the page with its own policy. Nothing of
 * this touches the public pages.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CMS_FONTS, cmsPackagePath, editorCsp, editorPage, gitHostOrigins, patchCmsBundle } from '../lib/cms-bundle';
import { editorBackend } from '../lib/cms-config';
import { siteConfig } from '../site.config';

export function editor(): AstroIntegration {
  let base = '/';
  let modules = '';
  return {
    name: 'familjecentraler:editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        modules = fileURLToPath(new URL('node_modules/', config.root));
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const out = join(fileURLToPath(dir), 'redaktion');
        const editorBase = `${base}redaktion/`;
        const pkgDir = join(modules, '@sveltia/cms');
        const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'sveltia-cms.js'), patchCmsBundle(readFileSync(join(pkgDir, 'dist/sveltia-cms.js'), 'utf8'), editorBase));

        const paths = cmsPackagePath(version);
        const locales = join(out, paths.locales);
        mkdirSync(locales, { recursive: true });
        for (const file of readdirSync(join(pkgDir, 'locales'))) copyFileSync(join(pkgDir, 'locales', file), join(locales, file));
        mkdirSync(dirname(join(out, paths.versionFile)), { recursive: true });
        writeFileSync(join(out, paths.versionFile), JSON.stringify({ version }));

        mkdirSync(join(out, 'fonts'), { recursive: true });
        for (const font of CMS_FONTS) copyFileSync(join(modules, font.from), join(out, 'fonts', font.file));

        const csp = editorCsp(gitHostOrigins(editorBackend(siteConfig.editor)));
        writeFileSync(join(out, 'index.html'), editorPage({ title: `Redaktion: ${siteConfig.siteName}`, csp }));
        logger.info(`Sveltia CMS ${version} at ${editorBase} (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
