import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'reports', 'public'] },
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
    // The domain is plain TypeScript: no React, no store, no pages or components.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react-dom/*', 'react-router', 'zustand', 'zustand/*'], message: 'src/domain stays free of React and the store.' },
            { group: ['**/store/**', '**/pages/**', '**/components/**', '**/content/**'], message: 'src/domain must not import the app layers or content.' },
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
