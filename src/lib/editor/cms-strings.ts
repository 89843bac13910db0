/**
 * The editor's strings in Swedish, as the site serves them (src/integrations/editor.ts): the CMS's
 * own Swedish locale file, with the strings it lacks or leaves in English filled in
 * (cms-strings-sv.ts), and the words on the first screens rewritten for a centre's coordinator
 * rather than a developer. Where no git host is configured yet, the sign-in screen says so plainly
 * and points to the guide. Pure.
 */
import { ENGLISH_IN_SWEDISH, MISSING_SWEDISH } from './cms-strings-sv.ts';
import { isRecord } from '../typed.ts';

/** Where the guide for editors is, below the site's base. */
export const EDITOR_HELP_PATH = 'redaktion/hjalp/';

export interface EditorStringsOptions {
  /** A git host is configured in region.yaml (editor:). */
  connected: boolean;
  /** The guide's address, with the site's base: "/redaktion/hjalp/". */
  helpUrl: string;
}

/** Keys of the CMS's locale file (dotted for nested ones) and the words that replace them. */
export function editorStrings({
  connected,
  helpUrl,
}: EditorStringsOptions): Record<string, string> {
  const notConnected = `Redaktionen är ännu inte kopplad till regionens git-tjänst, så det går inte att logga in. Du kan ändå ändra i en kopia av webbplatsens filer på den här datorn: Chrome eller Edge frågar efter mappen. Hjälpen för redaktörer (${helpUrl}) visar hur.`;
  return {
    work_with_local_repo: 'Arbeta i en mapp på den här datorn',
    work_with_local_repo_description: connected
      ? 'Chrome eller Edge frågar efter en mapp: välj mappen där du har en kopia av webbplatsens filer (den som innehåller mappen src).'
      : notConnected,
    work_with_local_repo_description_no_repo: notConnected,
    // Only offered when a git host is configured (cms-bundle.ts hides it otherwise).
    sign_in_with_x: 'Logga in med regionens {$service}',
    sign_in_using_access_token: 'Logga in med en åtkomstnyckel',
    sign_in_using_access_token_description:
      'Klistra in en åtkomstnyckel (token) från git-tjänsten. Den ska få läsa och skriva webbplatsens filer.',
    'sign_in_error.not_project_root':
      'Mappen du valde är inte webbplatsens mapp. Välj mappen som innehåller mappen src och försök igen.',
    'sign_in_error.picker_dismissed': 'Ingen mapp valdes. Försök igen.',
    working_with_local_repo: 'Du arbetar i en mapp på den här datorn',
    'local_workflow.indicator': 'På datorn',
    'local_workflow.unsupported_browser':
      'Att arbeta i en mapp på datorn går bara i Chrome eller Edge. Öppna redaktionen där.',
    git_repository: 'Webbplatsens filer',
    // An entry's file name, which is also its address or id: "slugg" is a developer's word.
    slug: 'Filnamn',
    'sort_keys.slug': 'Filnamn',
    edit_slug: 'Byt filnamn',
    'edit_slug_error.empty': 'Filnamnet får inte vara tomt.',
    'edit_slug_error.invalid':
      'Filnamnet får bara innehålla bokstäver, siffror och bindestreck, inga snedstreck eller mellanslag.',
    'edit_slug_error.duplicate': 'En annan post har redan det filnamnet.',
    // The site is in one language, which the CMS then calls "_default": its panes and menu are
    // named without it.
    edit_x_locale: 'Redigera innehållet',
    preview_x_locale: 'Förhandsgranska innehållet',
    show_content_options_x_locale: 'Visa val för innehållet',
    content_options_x_locale: 'Val för innehållet',
    // What the sign-in screen says when the git host answers but cannot be used: no "repo" or "branch".
    repository_no_access:
      'Ditt konto får inte ändra webbplatsens filer hos git-tjänsten ({$repo}). Be den som förvaltar webbplatsen om behörighet.',
    repository_not_found:
      'Webbplatsens filer finns inte där redaktionen letar ({$repo}). Kontakta den som förvaltar webbplatsen.',
    repository_empty:
      'Webbplatsens filer hos git-tjänsten ({$repo}) är tomma. Kontakta den som förvaltar webbplatsen.',
    branch_not_found:
      'Grenen {$branch}, dit redaktionen sparar, finns inte bland webbplatsens filer ({$repo}). Kontakta den som förvaltar webbplatsen.',
  };
}

/** The locale file with the replacements set: a nested key "a.b" replaces b inside a. Throws on a key the file lacks. */
export function withStrings(
  locale: Record<string, unknown>,
  strings: Record<string, string>,
): Record<string, unknown> {
  const copy = structuredClone(locale);
  for (const [path, text] of Object.entries(strings)) {
    const keys = path.split('.');
    let node: unknown = copy;
    for (const key of keys.slice(0, -1)) node = isRecord(node) ? node[key] : undefined;
    const last = keys.at(-1) ?? '';
    if (!isRecord(node) || typeof node[last] !== 'string')
      throw new Error(
        `The editor's Swedish strings have no "${path}"; check src/lib/editor/cms-strings.ts against this version of @sveltia/cms.`,
      );
    node[last] = text;
  }
  return copy;
}

type Messages = Record<string, unknown>;

/** Every string of a locale file, by dotted key. */
export function flatStrings(locale: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(locale)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else if (isRecord(value))
      for (const [k, v] of flatStrings(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/**
 * The locale file with `added` set where it has no such key: a nested key "a.b" adds b inside a.
 * Throws on a key the file already has, so a string the CMS has since translated itself is noticed.
 */
export function withAdded(locale: Messages, added: Record<string, string>): Messages {
  const copy = structuredClone(locale);
  for (const [path, text] of Object.entries(added)) {
    const keys = path.split('.');
    let node = copy;
    for (const key of keys.slice(0, -1)) {
      const next = (node[key] ??= {});
      if (!isRecord(next))
        throw new Error(`The CMS's strings have a text at "${key}" in "${path}".`);
      node = next;
    }
    const last = keys.at(-1) ?? '';
    if (last in node)
      throw new Error(
        `The CMS's Swedish strings now have "${path}"; remove it from MISSING_SWEDISH in src/lib/editor/cms-strings-sv.ts.`,
      );
    node[last] = text;
  }
  return copy;
}

/**
 * The Swedish locale file the editor is served: the CMS's sv.json with every string it lacks filled
 * in, the English ones it has translated, and the editor's own words (editorStrings). Throws when
 * the English file has a string that is still missing: a new CMS version brought one, and it must
 * be translated in cms-strings-sv.ts before the editor shows it in English.
 */
export function swedishLocale(
  sv: Messages,
  english: Messages,
  options: EditorStringsOptions,
): Messages {
  const locale = withStrings(withAdded(sv, MISSING_SWEDISH), {
    ...ENGLISH_IN_SWEDISH,
    ...editorStrings(options),
  });
  const have = flatStrings(locale);
  const missing = [...flatStrings(english).keys()].filter((key) => !have.has(key));
  if (missing.length)
    throw new Error(
      `The editor would show ${missing.length} strings of this version of @sveltia/cms in English: ${missing.join(', ')}. Translate them in MISSING_SWEDISH, src/lib/editor/cms-strings-sv.ts.`,
    );
  return locale;
}
