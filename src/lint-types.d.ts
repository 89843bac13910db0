// A type the type-checked lint needs, which Astro's own tools supply in another way: a .astro
// component imported into a .ts module (src/components/mdx-components.ts). astro check's language
// server resolves the file itself, so this applies only where nothing else does: in ESLint.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
