// ESLint (flat config) for the whole monorepo: `npm run lint`, run first by `npm test`.
// typescript-eslint's recommended rules (without type information: the type-checked set is too slow
// for CI here) for all TypeScript; react-hooks, jsx-a11y and the i18n rules for the web app.
// Formatting is Prettier's (`npm run format:check`), so no stylistic rules here.
import { defineConfig } from 'eslint/config';
import formatjs from 'eslint-plugin-formatjs';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // generated code, build output, and copies of published JSON-LD contexts kept as published
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'web/src/gql/**',
      'bench/**',
      '**/coverage/**',
      'api/.gen-schema.mjs',
      'api/src/credential/contexts/local-contexts.ts',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-debugger': 'error',
      'no-control-regex': 'error',
      'no-var': 'error',
      'prefer-const': 'error',
      eqeqeq: ['error', 'smart'],
      // `_name` marks a parameter or destructured value kept on purpose (a signature, `{ omitted, ...rest }`)
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // the web app: every user-visible string goes through the message catalogues (react-intl)
    files: ['web/src/**/*.tsx'],
    extends: [jsxA11y.configs.recommended],
    plugins: { formatjs, 'react-hooks': reactHooks },
    rules: {
      // `role` on a component is its own prop (PartnersCard role="COACH"), not an ARIA role
      'jsx-a11y-x/aria-role': ['error', { ignoreNonDOM: true }],
      // choices (radios) put their text two spans down, beside the input: look that deep for it
      'jsx-a11y-x/label-has-associated-control': ['error', { depth: 3 }],
      // a wide table's scrolling wrapper is a named region in the tab order, so a keyboard can scroll it
      'jsx-a11y-x/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'formatjs/no-literal-string-in-jsx': [
        'error',
        {
          props: {
            include: [
              [
                '*',
                '{label,hint,title,description,placeholder,alt,legend,caption,confirmLabel,emptyText,empty,heading,summary,message,aria-label,aria-description,aria-valuetext}',
              ],
            ],
          },
        },
      ],
      'formatjs/enforce-default-message': ['error', 'literal'],
      'formatjs/enforce-placeholders': 'error',
      'formatjs/enforce-plural-rules': ['error', { one: true, other: true }],
      'formatjs/no-multiple-whitespaces': 'error',
      'formatjs/no-offset': 'error',
      'formatjs/no-useless-message': 'error',
    },
  },
  {
    files: ['web/src/**/*.ts'],
    plugins: { formatjs, 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'formatjs/enforce-default-message': ['error', 'literal'],
      'formatjs/enforce-placeholders': 'error',
    },
  },
);
