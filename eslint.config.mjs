// @ts-check
/**
 * ESLint for the TypeScript and React sources (model: typescript-eslint's own
 * website lint setup): ESLint's recommended rules, typescript-eslint's
 * strict type-aware rules where they find real mistakes, and the React hooks
 * rules. Formatting is Prettier's business (`npm run format`), not ESLint's.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['build/', '.docusaurus/', 'node_modules/', 'bench/.work/', 'test-results/', '**/*.md', '**/*.mdx'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: {
      parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname},
      globals: {...globals.browser, ...globals.node},
    },
    plugins: {'react-hooks': reactHooks},
    rules: {
      // The rules of hooks. (The plugin's React Compiler rules are left out: this site reads the URL, the clock
      // and storage in effects after mount on purpose, so that the server HTML matches the first client render.)
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', {fixStyle: 'inline-type-imports'}],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', {checksVoidReturn: {attributes: false}}],
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', {considerDefaultExhaustiveForUnions: true}],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Playwright's fixtures call `use`, which is not React's.
    files: ['tests/**'],
    rules: {'react-hooks/rules-of-hooks': 'off'},
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    // Functions passed to page.evaluate() run in the browser.
    files: ['bench/lib/browser.mjs'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
  {
    // CommonJS shared by the TypeScript config and the benchmark.
    files: ['**/*.cjs'],
    rules: {'@typescript-eslint/no-require-imports': 'off'},
  },
);
