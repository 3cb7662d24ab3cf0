// One lint style for the app, the plugin package, scripts and tests. Formatting is
// Prettier's (eslint-config-prettier turns off the rules that would fight it).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import n from 'eslint-plugin-n';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'build/**',
      '.tmp/**',
      '.cache/**',
      '.strapi/**',
      'types/generated/**',
      'tests/e2e/artifacts/**',
      'public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { n },
    settings: { n: { tryExtensions: ['.ts', '.tsx', '.js', '.json'] } },
    rules: {
      // Every import must be declared in the nearest package.json: the app's, or the plugin's
      // own when the file is in the plugin package.
      'n/no-extraneous-import': 'error',
      'n/no-extraneous-require': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/admin/**', 'src/plugins/newsroom/admin/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier
);
