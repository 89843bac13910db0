import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyLineOffset, componentsOf, headingsOf, MdxSyntaxError, parseBody } from './mdx-tree';

describe('the parsed body', () => {
  it('counts lines from the top of the file, frontmatter included', () => {
    const file = readFileSync('src/content/guidance/vardegrund.mdx', 'utf8');
    // Astro's body starts after the frontmatter's closing line, without the blank line after it.
    const body = file.replace(/^---\n[\s\S]*?\n---\n\n/, '');
    const parsed = parseBody(body, true, bodyLineOffset(file, body));
    const line = file.split('\n').findIndex((l) => l.includes('<Term id="bvc" />')) + 1;
    expect(line).toBeGreaterThan(0);
    expect(componentsOf(parsed).find((c) => c.props.get('id') === 'bvc')?.line).toBe(line);
    expect(bodyLineOffset('---\na: 1\nb: 2\n---\n\nText')).toBe(4);
  });

  it('gives headings the ids the page gives them', () => {
    expect(
      headingsOf(
        parseBody(
          '## 1. Samtal och omvärldsbevakning\n\n## Hur lång tid tar det?\n\n## Hur lång tid tar det?',
          true,
        ),
      ).map((h) => h.slug),
    ).toEqual(['1-samtal-och-omvärldsbevakning', 'hur-lång-tid-tar-det', 'hur-lång-tid-tar-det-1']);
  });

  it('reports MDX that cannot be read, with the file’s line', () => {
    // The unclosed tag is on the text's third line, and ten lines of frontmatter come before the text.
    const thrown = (() => {
      try {
        parseBody('Text\n\n<Term id="bvc"', true, 10);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(MdxSyntaxError);
    expect((thrown as MdxSyntaxError).line).toBe(13);
  });
});
