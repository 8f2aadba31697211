import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-sub-path',
      'dist-shot',
      'node_modules',
      'test-results',
      'playwright-report',
      'reports',
      'public',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Learner text is shown as text.' },
      ],
    },
  },
  {
    // The layers and the one direction of their imports (STYLE.md §1): app and pages may use
    // everything; components get props and domain types; the store builds on the domain (and
    // content where it must, for retired ids); content is data typed by the domain; the
    // domain is pure. eslint-plugin-import-x's no-restricted-paths states each arrow as a zone
    // of paths, the way bulletproof-react does, and resolves the real file behind an import.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: './src',
              except: ['./domain'],
              message: 'src/domain imports nothing of ours but the domain.',
            },
            {
              target: './src/content',
              from: './src',
              except: ['./content', './domain'],
              message: 'src/content imports only the domain (types).',
            },
            {
              target: './src/store',
              from: ['./src/pages', './src/components', './src/app'],
              message: 'The store never imports pages, components or the app shell.',
            },
            {
              target: './src/components',
              from: ['./src/store', './src/pages', './src/app', './src/content'],
              message: 'Components are props in, JSX out: they import domain types and other components only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain is plain TypeScript: no React, no store, no pages or components.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', 'react-router', 'zustand', 'zustand/*'],
              message: 'src/domain stays free of React and the store.',
            },
            {
              group: ['**/store/**', '**/pages/**', '**/components/**', '**/content/**'],
              message: 'src/domain must not import the app layers or content.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{mjs,ts}', 'tests/**/*.{ts,mjs}', '*.config.{js,ts}', 'vite.config.ts'],
    // Browser globals too: Playwright runs some of this code inside the page.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
