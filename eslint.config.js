// The linter, as Starlight keeps one: JavaScript's recommended rules, TypeScript's recommended
// rules with type information for .ts files (the type-checked set, through the project service), and the Astro
// plugin's, at zero warnings (`npm run lint`, part of `npm test`). The types of the content
// collections come from `astro sync`, which `npm run lint` runs first.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'public/',
      'src/content/',
      'tests/fixtures/',
      'docs/',
      '.astro/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  astro.configs.recommended,
  {
    // Components and pages get the rules without type information. Their frontmatter picks a view
    // and renders it, and their scripts only import src/scripts/*.ts (linted with types); the
    // types of .astro files are checked by `astro check`. The type-checked rules here cost a
    // TypeScript program per file: 40 of the linter's 55 s here (measured 7 December 2026).
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: false } },
    rules: {
      // Prettier leaves .astro alone (see .prettierignore), so a line length holds them instead.
      // A text that cannot be broken (a string, a template literal, an address) may go past it.
      'max-len': [
        'error',
        {
          code: 120,
          ignoreUrls: true,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
        },
      ],
    },
  },
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    rules: {
      // `const { centre: _, ...rest } = file` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
);
