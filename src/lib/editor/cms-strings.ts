/**
 * The editor's words on its first screens, rewritten for a centre's coordinator rather than a
 * developer: they replace the CMS's own Swedish strings of the same keys in the locale file the
 * site serves (src/integrations/editor.ts). Where no git host is configured yet, the sign-in
 * screen says so plainly and points to the guide. Pure.
 */

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
  const notConnected = `Redaktionen är ännu inte kopplad till regionens git-tjänst. Du kan ändå ändra i en kopia av webbplatsens filer på den här datorn: Chrome eller Edge frågar efter mappen. Hjälpen för redaktörer (${helpUrl}) visar hur.`;
  return {
    work_with_local_repo: 'Arbeta i en mapp på den här datorn',
    work_with_local_repo_description: connected
      ? 'Chrome eller Edge frågar efter en mapp: välj mappen där du har en kopia av webbplatsens filer (den som innehåller mappen src).'
      : notConnected,
    work_with_local_repo_description_no_repo: notConnected,
    sign_in_with_x: connected
      ? 'Logga in med regionens {$service}'
      : 'Logga in med {$service} (inte kopplat ännu)',
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
    let node = copy as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
    const last = keys.at(-1)!;
    if (typeof node?.[last] !== 'string')
      throw new Error(
        `The editor's Swedish strings have no "${path}"; check src/lib/editor/cms-strings.ts against this version of @sveltia/cms.`,
      );
    node[last] = text;
  }
  return copy;
}
