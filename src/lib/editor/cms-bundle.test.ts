import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CMS_FONTS,
  EDITOR_PAGE_CSS,
  editorCsp,
  editorPage,
  gitHostOrigins,
  offSiteAddresses,
  patchCmsBundle,
  statusFiles,
} from './cms-bundle';

const bundle = readFileSync('node_modules/@sveltia/cms/dist/sveltia-cms.js', 'utf8');

describe('the editor bundle as the site serves it', () => {
  it('loads its strings, fonts and modules from /redaktion/ only', () => {
    expect(offSiteAddresses(bundle).length).toBeGreaterThan(0);
    const patched = patchCmsBundle(bundle, '/redaktion/');
    expect(offSiteAddresses(patched)).toEqual([]);
    for (const font of CMS_FONTS) {
      expect(patched).toContain(`/redaktion/fonts/${font.file}`);
      expect(existsSync(`node_modules/${font.from}`), font.from).toBe(true);
    }
    expect(patched).toContain('/redaktion/cdn/@sveltia/cms');
    expect(patchCmsBundle(bundle, '/familjecentraler/redaktion/')).toContain(
      '/familjecentraler/redaktion/fonts/',
    );
  });

  it('lets the page be zoomed, and answers the git hosts’ status checks from the site', () => {
    expect(bundle).toContain('maximum-scale=1');
    const patched = patchCmsBundle(bundle, '/redaktion/');
    expect(patched).not.toContain('maximum-scale');
    const files = statusFiles(patched, '/redaktion/');
    expect(files).toContain('cdn/gitlabstatus.json');
    expect(files).toContain('cdn/githubstatus.json');
  });

  it('offers no sign-in that cannot work: without a git host, no sign-in buttons, and working in a folder on any address', () => {
    const connected = patchCmsBundle(bundle, '/redaktion/');
    const notConnected = patchCmsBundle(bundle, '/redaktion/', { connected: false });
    expect(connected).toContain('auth_methods?.includes(`oauth`)===!1');
    expect(connected).toContain('ZR.isLocalHost&&!R(s)');
    expect(notConnected).not.toContain('auth_methods?.includes(`oauth`)===!1');
    expect(notConnected).not.toContain('auth_methods?.includes(`token`)===!1');
    expect(notConnected).not.toContain('ZR.isLocalHost&&!R(s)');
  });

  it('stops the build when a new version loads a font it does not know', () => {
    const other = bundle.replace(
      CMS_FONTS[0].cdn,
      'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@9.9.9/latin-wght-normal.woff2',
    );
    expect(() => patchCmsBundle(other, '/redaktion/')).toThrow(
      `The editor bundle no longer loads the font ${CMS_FONTS[0].cdn}`,
    );
  });

  it('has a policy that allows no inline or evaluated script and no address but the site and its git host', () => {
    const csp = editorCsp(
      gitHostOrigins({
        name: 'gitlab',
        baseUrl: 'https://gitlab.region.se',
        apiRoot: 'https://gitlab.region.se/api/v4',
      }),
    );
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("connect-src 'self' data: https://gitlab.region.se;");
    expect(csp).toContain("object-src 'none'");
    expect(gitHostOrigins({ name: 'github' })).toEqual([
      'https://api.github.com',
      'https://github.com',
    ]);
    expect(
      gitHostOrigins({
        name: 'gitea',
        baseUrl: 'https://git.region.se',
        apiRoot: 'https://git.region.se/api/v1',
      }),
    ).toEqual(['https://git.region.se']);
  });

  it('is a page in Swedish that search engines do not index', () => {
    const page = editorPage({
      title: 'Redaktion: X',
      csp: "default-src 'self'",
      helpUrl: '/redaktion/hjalp/',
    });
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`,
    );
    expect(page).toContain(
      '<script src="svenska.js"></script>\n<script src="sveltia-cms.js"></script>',
    );
    expect(page).toContain('<a href="/redaktion/hjalp/"');
    // The CMS in a mount element of its own, below the strip with the way to the guide.
    expect(page).toMatch(/<p class="fc-editor-help">.*<\/p>\n<div id="nc-root"><\/div>/);
    expect(EDITOR_PAGE_CSS).toContain('#nc-root { position: fixed; inset: 2.25rem 0 0 0; }');
    expect(EDITOR_PAGE_CSS).toContain('height: 2.25rem;');
  });
});
