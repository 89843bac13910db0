import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { isSitePath, markdownBaseLinks } from './markdown-links';

// The plugin may be asynchronous as far as the types know, so the result is awaited.
const html = async (markdown: string, base: string) =>
  (await markdownToHtml(markdown, { hastPlugins: [markdownBaseLinks(base)] })).html;

describe('markdownBaseLinks', () => {
  it('puts the base path before a site address in a Markdown link, keeping its anchor', async () => {
    expect(
      await html(
        'Se [Så räknas siffrorna](/mal-och-strategi/#sa-raknas-siffrorna).',
        '/familjecentraler/',
      ),
    ).toContain('href="/familjecentraler/mal-och-strategi/#sa-raknas-siffrorna"');
    expect(await html('[x][a]\n\n[a]: /vagledning/', '/fc')).toContain('href="/fc/vagledning/"');
  });

  it('leaves addresses elsewhere, in the page and at the root alone', async () => {
    const out = await html(
      '[a](https://example.se/x/) [b](#rubrik) [c](mailto:info@example.se) [d](//cdn.example.se/) [e](/vagledning/)',
      '/',
    );
    for (const href of [
      'https://example.se/x/',
      '#rubrik',
      'mailto:info@example.se',
      '//cdn.example.se/',
      '/vagledning/',
    ])
      expect(out).toContain(`href="${href}"`);
  });

  it('leaves MDX to ContentLink, which adds the base itself', async () => {
    const { code: js } = await mdxToJs('[a](/vagledning/)', {
      hastPlugins: [markdownBaseLinks('/fc/')],
    });
    expect(js).toContain('"/vagledning/"');
    expect(js).not.toContain('/fc/vagledning/');
  });
});

it('tells a site address from others', () => {
  expect(['/x/', '//x.se/', 'x/', 'https://x.se/', '#a'].map(isSitePath)).toEqual([
    true,
    false,
    false,
    false,
    false,
  ]);
});
