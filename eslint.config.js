import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeOnly = ['electron', 'better-sqlite3', 'docx', 'exceljs', 'fs', 'path', 'os', 'child_process'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'release/**', 'node_modules/**', 'test-results/**', '.electron-native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      // This rule is advice for the React Compiler, which the app does not use (TanStack Virtual trips it).
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    // Process boundaries: the window and the shared core never reach for Node, Electron or native modules.
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeOnly.map((name) => ({ name, message: `${name} belongs to the main process (electron/).` })),
          patterns: [
            { group: ['node:*'], message: 'Node modules belong to the main process (electron/).' },
            { group: ['**/electron/**', '../electron/*', '../../electron/*'], message: 'Reach the main process through window.isms.' },
          ],
        },
      ],
    },
  },
  {
    // Only the main-process entry files and the preload may import Electron itself.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main*.ts', 'electron/preload*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only electron/main*.ts and electron/preload*.ts import electron.' }] }],
    },
  },
);
