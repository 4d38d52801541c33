// Lint: TypeScript, Lit templates (lit), custom elements (wc), accessibility in templates (lit-a11y).
// The engine is DOM-free: no window, document or fetch, and no imports of lit or the components.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const browserCode = [
  'src/components/**/*.ts',
  'test/pages/**/*.js',
  'src/*.ts',
  'test/components/**/*.ts',
  'stories/**/*.ts',
  'demo/**/*.ts',
  '.storybook/**/*.ts',
];

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'coverage/', 'test-results/', 'node_modules/', 'examples/**/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-new-func': 'error',
      'no-eval': 'error',
    },
  },
  {
    files: browserCode,
    languageOptions: { globals: { ...globals.browser } },
  },
  { files: browserCode, ...lit.configs['flat/recommended'] },
  { files: browserCode, ...wc.configs['flat/recommended'] },
  { files: browserCode, ...litA11y.configs.recommended },
  {
    files: ['test/components/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
  },
  {
    files: [
      'scripts/**/*.mjs',
      '*.mjs',
      '*.config.*',
      'test/*.mjs',
      'test/engine/**/*.ts',
      'test/pages/**/*.ts',
      'test/package/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'fetch',
          'navigator',
          'location',
          'localStorage',
          'sessionStorage',
          'XMLHttpRequest',
          'customElements',
          'HTMLElement',
        ].map((name) => ({ name, message: 'The engine is DOM-free: it runs in Node and in workers.' })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit', 'lit/*', '@lit/*'], message: 'The engine must not import Lit.' },
            {
              group: ['**/components/**', 'd3-selection'],
              message: 'The engine must not import components or the DOM.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
