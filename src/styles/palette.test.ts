/**
 * The site's colours are the tokens in global.css, in a light and a dark set. Every text colour
 * meets WCAG's 4.5:1 on every background in both sets, the ratio for text of any size, so no text
 * can pass at one width and fail at another because a heading grew or shrank. That is why the
 * accessibility visit (tests/e2e/accessibility.test.ts) checks dark colours at one width only.
 * It holds only while every colour is a token, which the last test sees to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(new URL('./global.css', import.meta.url), 'utf8');

/** The tokens `--fc-name: #hex` declared in a block of CSS. */
function tokens(block: string): Map<string, string> {
  return new Map(
    [...block.matchAll(/(--fc-[a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]),
  );
}

const light = tokens(/:root\s*\{([^}]*)\}/.exec(CSS)?.[1] ?? '');
const darkOverrides = tokens(
  /@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(CSS)?.[1] ?? '',
);
const SCHEMES = { ljust: light, mörkt: new Map([...light, ...darkOverrides]) };

/** Colours for text, and the backgrounds text sits on. */
const TEXT = [
  '--fc-text',
  '--fc-text-muted',
  '--fc-link',
  '--fc-link-visited',
  '--fc-status-open',
  '--fc-status-planned',
  '--fc-status-none',
  '--fc-status-closed',
];
const BACKGROUNDS = ['--fc-bg', '--fc-bg-alt', '--fc-fill-bg'];
/** A text colour made for one background only. */
const OWN_BACKGROUND = [
  ['--fc-accent-text', '--fc-accent'],
  ['--fc-focus-text', '--fc-focus'],
] as const;

/** WCAG 2.2's relative luminance of an sRGB colour written #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

describe('the colour tokens', () => {
  it('contrast is computed as WCAG computes it', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });

  it.for(Object.entries(SCHEMES))(
    'every text colour on every background reaches 4.5:1 (%s)',
    ([, scheme]) => {
      const pairs = [
        ...TEXT.flatMap((fg) => BACKGROUNDS.map((bg) => [fg, bg] as const)),
        ...OWN_BACKGROUND,
      ];
      const low = pairs
        .map(([fg, bg]) => {
          const [f, b] = [scheme.get(fg), scheme.get(bg)];
          if (!f || !b) return `${fg} on ${bg}: not declared`;
          const ratio = contrast(f, b);
          return ratio < 4.5 ? `${fg} ${f} on ${bg} ${b}: ${ratio.toFixed(2)}:1` : '';
        })
        .filter(Boolean);
      expect(low).toEqual([]);
    },
  );

  it('are the only colours the styles use, and each token used for text or a background is in the lists above', () => {
    const files = ['components', 'layouts', 'pages', 'styles'].flatMap((dir) =>
      readdirSync(join('src', dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(astro|css)$/.test(f))
        .map((f) => join('src', dir, f)),
    );
    expect(files.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // Styles only: in an .astro file, what stands between <style> and </style>.
      const styles = file.endsWith('.css')
        ? text
        : [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
      // global.css declares the tokens (black on white for print among them, in a :root of its own).
      const checked =
        file === join('src', 'styles', 'global.css')
          ? styles.replace(/:root\s*\{[^}]*\}/g, '')
          : styles;
      for (const m of checked.matchAll(/#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|oklch|lab)\(/gi))
        problems.push(`${file}: colour ${m[0]} is not a token`);
      for (const m of checked.matchAll(
        /(?<![-\w])(color|background(?:-color)?):\s*var\((--fc-[a-z-]+)/g,
      ))
        if (![...TEXT, ...BACKGROUNDS, ...OWN_BACKGROUND.flat()].includes(m[2]!))
          problems.push(
            `${file}: ${m[1]} ${m[2]} is not in the lists of text colours and backgrounds`,
          );
    }
    expect(problems).toEqual([]);
  });
});
