import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';

// Every built page passes html-validate's recommended rules (WCAG-related rules included).
// Rule settings live in .htmlvalidate.json at the project root. The one relaxed rule:
// `valid-id` in relaxed mode, because HTML allows ids that start with a digit, and
// heading anchors such as "#3-avsiktsforklaring" come from numbered headings.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const format = formatterFactory('text');

describe.each(builtPages().map((p) => [p.url, p] as const))('%s', (_url, page) => {
  it('is valid HTML', async () => {
    const report = await validator.validateString(page.html, page.file);
    expect(report.valid, format(report.results)).toBe(true);
  });
});
