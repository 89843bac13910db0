/**
 * The editor (Sveltia CMS) as the site serves it from /redaktion/: its bundle with every address
 * on a public CDN turned into one on the site's own origin, the files it would fetch from there
 * (Swedish strings, fonts), its page and that page's Content-Security-Policy. Pure functions; the
 * integration in src/integrations/editor.ts writes the files.
 */

/** The CDN prefixes the bundle loads from, and where each goes instead, under /redaktion/. */
export const CDN_REWRITES = [
  // Strings in the browser's language, the version check, optional modules (syntax highlighting,
  // image conversion, maps): the site serves the strings and a version file; the rest is not
  // served, so those features stay off rather than load from elsewhere.
  { from: 'https://unpkg.com/', to: 'cdn/' },
  // The git hosts' status pages, asked whether the host is up: not asked from the editor; the site
  // answers with a file of its own (statusFiles).
  { from: 'https://www.githubstatus.com/api/v2/status.json', to: 'cdn/githubstatus.json' },
  {
    from: 'https://status-api.hostedstatus.com/1.0/status/5b36dc6502d06804c08349f7',
    to: 'cdn/gitlabstatus.json',
  },
] as const;

/** The fonts the bundle's styles point to on a CDN, and the npm files that replace them. */
export const CMS_FONTS = [
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2',
    file: 'source-sans-3-latin-wght-normal.woff2',
    from: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2',
    file: 'noto-mono-latin-400-normal.woff2',
    from: '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
  },
  {
    // The icons: without this font every icon shows as a word ("more_vert").
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2',
    file: 'material-symbols-outlined-latin-wght-normal.woff2',
    from: '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
  },
] as const;

/**
 * Modules the bundle loads from the CDN only when a custom preview is registered (the preview of a
 * centre, src/scripts/editor-preview.ts): served from the npm package the CMS depends on, at the
 * address the bundle asks for ("cdn/immutable@5.1.9/dist/immutable.es.js", the version being the
 * one its dependency list names). Throws when the bundle no longer names the module.
 */
export const CMS_MODULES = [{ name: 'immutable', file: 'dist/immutable.es.js' }] as const;

export function cmsModulePaths(bundle: string): { name: string; file: string; path: string }[] {
  return CMS_MODULES.map(({ name, file }) => {
    const range =
      new RegExp(`[{,"]${name}:\`\\^?([0-9][^\`]*)\``).exec(bundle) ??
      new RegExp(`"${name}":\`\\^?([0-9][^\`]*)\``).exec(bundle);
    if (!range)
      throw new Error(
        `The editor bundle no longer names the module ${name}; check CMS_MODULES in src/lib/editor/cms-bundle.ts against this version of @sveltia/cms.`,
      );
    return { name, file, path: `cdn/${name}@${range[1]}/${file}` };
  });
}

/** Where the bundle, now on the site, looks for its own package: strings and the version check. */
export const cmsPackagePath = (version: string) => ({
  locales: `cdn/@sveltia/cms@${version}/locales/`,
  versionFile: 'cdn/@sveltia/cms/package.json',
});

/**
 * The bundle with each CDN address replaced by one under `editorBase` ("/redaktion/"). Throws when
 * an address it expects is missing, or when one is left over: a new CMS version changed them,
 * and the editor must not quietly start loading from elsewhere. `connected`: region.yaml names a
 * git host; without one, the sign-in screen offers only what can work (NOT_CONNECTED_PATCHES).
 */
export function patchCmsBundle(
  source: string,
  editorBase: string,
  { connected = true }: { connected?: boolean } = {},
): string {
  let patched = source;
  for (const font of CMS_FONTS) {
    if (!patched.includes(font.cdn))
      throw new Error(
        `The editor bundle no longer loads the font ${font.cdn}; update CMS_FONTS in src/lib/editor/cms-bundle.ts for this version of @sveltia/cms.`,
      );
    patched = patched.split(font.cdn).join(`${editorBase}fonts/${font.file}`);
  }
  for (const { from, to } of CDN_REWRITES) {
    if (!patched.includes(from))
      throw new Error(
        `The editor bundle no longer refers to ${from}; check src/lib/editor/cms-bundle.ts against this version of @sveltia/cms.`,
      );
    patched = patched.split(from).join(`${editorBase}${to}`);
  }
  const left = offSiteAddresses(patched);
  if (left.length)
    throw new Error(
      `The editor bundle still loads from ${left.join(', ')}; add a rewrite in src/lib/editor/cms-bundle.ts.`,
    );
  for (const { find, replace, why } of [
    ...BEHAVIOUR_PATCHES,
    ...(connected ? [] : NOT_CONNECTED_PATCHES),
  ]) {
    if (!patched.includes(find))
      throw new Error(
        `The editor bundle has changed where the site patches it (${why}); check src/lib/editor/cms-bundle.ts against this version of @sveltia/cms.`,
      );
    patched = patched.split(find).join(replace);
  }
  return patched;
}

/** Changes to what the CMS does, each for a person using it. Exact text of the pinned version. */
const BEHAVIOUR_PATCHES = [
  // The CMS sets its page's viewport to forbid zooming; a person with low vision must be able to zoom.
  { find: '`maximum-scale=1`,', replace: '', why: 'the viewport forbids zooming' },
  // It offers to switch to the browser's language (in English, on an English work computer); the
  // editor speaks Swedish (SWEDISH_FIRST), so the offer compares the language with itself.
  {
    find: 't=navigator.language,[i]=t.split(`-`);t!==e',
    replace: 't=e,[i]=t.split(`-`);t!==e',
    why: 'the offer to switch to the browser’s language',
  },
] as const;

/**
 * Without a git host (no `editor` in region.yaml) signing in cannot work: the sign-in screen offers
 * no button to sign in, with the host or with an access token, and says in words that it is not
 * connected (work_with_local_repo_description, cms-strings.ts). Working in a folder on the computer
 * does work, on the site's own https address too (the browser's folder access needs a secure
 * page, which the CMS otherwise only assumes on localhost), so it is offered wherever the editor is.
 */
const NOT_CONNECTED_PATCHES = [
  {
    find: 'R(i).auth_methods?.includes(`oauth`)===!1',
    replace: '!0',
    why: 'the sign-in button hidden without a git host',
  },
  {
    find: 'R(i).auth_methods?.includes(`token`)===!1',
    replace: '!0',
    why: 'the access-token button hidden without a git host',
  },
  {
    find: 'l=k(()=>ZR.isLocalHost&&!R(s))',
    replace: 'l=k(()=>!R(s))',
    why: 'working in a folder offered on any address without a git host',
  },
] as const;

/**
 * The git hosts' status addresses as the patched bundle asks for them under the site: the site
 * answers each with an empty document, which the CMS reads as "status unknown" (it shows no
 * banner), so the editor asks nothing of the status pages and no request fails.
 */
export function statusFiles(patched: string, editorBase: string): string[] {
  const found = patched
    .split(`${editorBase}cdn/`)
    .slice(1)
    .filter((rest) => /^(gitlab|github)status\b/.test(rest))
    .map((rest) => `cdn/${/^[^`'"\s]+/.exec(rest)![0]}`);
  return [...new Set(found)];
}

/**
 * Runs before the CMS: the editor starts in Swedish whatever the browser's language, unless the
 * editor has chosen a language in its own settings; and the offer to switch to the browser's
 * language is not shown.
 */
export const SWEDISH_FIRST = `// Redaktionen på svenska, vilket språk webbläsaren än har (src/lib/editor/cms-bundle.ts).
try {
  const key = 'sveltia-cms.prefs';
  const prefs = JSON.parse(localStorage.getItem(key) || '{}') || {};
  if (!prefs.locale) localStorage.setItem(key, JSON.stringify({ ...prefs, locale: 'sv' }));
  // The CMS keeps the strings it last loaded until its version changes; the site's Swedish strings
  // can change within a version, so each visit reads them from the site (a small file, cached by the browser).
  localStorage.removeItem('sveltia-cms.locale');
} catch {}
`;

/**
 * The page's own style: the way to the guide in a strip of its own above the CMS on every screen,
 * and the CMS in the rest of the window (its mount element, #nc-root), so the strip covers nothing.
 * The CMS's entry and file editors fill the window (position: fixed; inset: 0): they start below
 * the strip too.
 */
export const EDITOR_PAGE_CSS = `html, body { margin: 0; }
.fc-editor-help { position: fixed; inset: 0 0 auto 0; height: 2.25rem; box-sizing: border-box; margin: 0; padding: .375rem .75rem; overflow: hidden; background: #fff1b8; color: #1a1a1a; font: 1rem/1.5 system-ui, sans-serif; }
.fc-editor-help a { color: #0b4a8b; }
.fc-editor-help a:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
#nc-root { position: fixed; inset: 2.25rem 0 0 0; }
#nc-root .wrapper[role="group"] { top: 2.25rem; }
`;

/** CDN addresses the bundle could load code, strings or fonts from. */
export function offSiteAddresses(source: string): string[] {
  return [
    ...new Set(
      source.match(
        /https:\/\/(unpkg\.com|cdn\.jsdelivr\.net|esm\.sh|cdnjs\.cloudflare\.com|fonts\.(googleapis|gstatic)\.com|www\.githubstatus\.com\/api|status-api\.hostedstatus\.com)\/?/g,
      ) ?? [],
    ),
  ];
}

/** The origins of the git host the editor signs in to and saves to. */
export function gitHostOrigins(backend: {
  name: string;
  baseUrl?: string;
  apiRoot?: string;
}): string[] {
  const defaults: Record<string, string[]> = {
    github: ['https://api.github.com', 'https://github.com'],
    gitlab: ['https://gitlab.com'],
    gitea: ['https://gitea.com'],
  };
  const own = [backend.baseUrl, backend.apiRoot]
    .filter((u): u is string => Boolean(u))
    .map((u) => new URL(u).origin);
  return [...new Set(own.length ? own : (defaults[backend.name] ?? []))];
}

/**
 * The editor page's policy: as strict as the CMS allows, each relaxation explained. The public
 * pages keep their own, stricter policy; this one applies to /redaktion/ only.
 */
export function editorCsp(gitHosts: readonly string[]): string {
  const hosts = gitHosts.join(' ');
  return [
    "default-src 'self'",
    // The bundle is one file from this origin; no inline script, no eval.
    "script-src 'self'",
    // The CMS (Svelte) writes its component styles into <style> elements and style attributes at run time.
    "style-src 'self' 'unsafe-inline'",
    // Previews of entries and files are shown from blob: and data: addresses made in the browser.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self' blob:",
    // Reading and saving through the git host's API, and nothing else off the site; data: is the
    // CMS reading its own built-in logo, which never leaves the browser.
    `connect-src 'self' data:${hosts ? ` ${hosts}` : ''}`,
    "form-action 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** The editor's page: the CMS reads config.yml beside it and fills #nc-root; a strip above it leads to the guide. */
export function editorPage({
  title,
  csp,
  helpUrl,
}: {
  title: string;
  csp: string;
  helpUrl: string;
}): string {
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<link href="config.yml" type="application/yaml" rel="cms-config-url">
<link href="redaktion.css" rel="stylesheet">
</head>
<body>
<p class="fc-editor-help"><a href="${helpUrl}">Hjälp för redaktörer</a></p>
<div id="nc-root"></div>
<noscript><p>Redaktionen behöver JavaScript. Webbplatsen fungerar utan.</p></noscript>
<script src="svenska.js"></script>
<script src="sveltia-cms.js"></script>
<script src="forhandsvisning.js"></script>
</body>
</html>
`;
}
