// Types the type-checked lint needs, which Astro's own tools supply in another way: astro check
// reads .astro files through its language server, and ESLint's parsers have none.

// astro-eslint-parser types a template's JSX through the global JSX namespace, which Astro leaves
// open for any framework, so every element a `.map()` returns would be an unsafe value. The
// eslint-plugin-astro README's advice: an element is an HTMLElement.
declare namespace JSX {
  type Element = HTMLElement;
}

// A .astro component imported into a .ts module (src/components/mdx-components.ts). The language
// server resolves the file itself, so this applies only where nothing else does: in ESLint.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
