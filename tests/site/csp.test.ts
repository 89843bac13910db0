/** Every page carries a Content-Security-Policy that allows only the site's own code. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .flatMap(([name, ...values]) => (name ? [[name, values] as const] : [])),
  );
}

describe.each(builtPages().map((p) => [p.url, p] as const))('%s', (_url, page) => {
  const meta = page.root.querySelector('meta[http-equiv="content-security-policy"]');
  const policy = directives(meta?.getAttribute('content') ?? '');

  it('has a policy that allows scripts only from the site itself, plus what Pagefind needs', () => {
    expect(meta).not.toBeNull();
    expect(policy.get('default-src')).toEqual(["'self'"]);
    const scriptSrc = policy.get('script-src') ?? [];
    expect(scriptSrc.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(scriptSrc.filter((v) => !v.startsWith("'sha256-"))).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
    ]);
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('loads scripts and styles only from its own origin, and every inline script has its hash in the policy', () => {
    for (const script of page.root.querySelectorAll('script')) {
      const src = script.getAttribute('src');
      if (src) expect(src).toMatch(/^\/(?!\/)/);
      else expect(policy.get('script-src')).toContain(sha256(script.innerHTML));
    }
    for (const link of page.root.querySelectorAll('link[rel="stylesheet"]'))
      expect(link.getAttribute('href')).toMatch(/^\/(?!\/)/);
  });
});
