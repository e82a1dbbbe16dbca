// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/** Packages the pure domain and schemas must never import: they run unchanged on both sides. */
const forbiddenInPureCode = [
  'electron',
  'electron/*',
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'rxdb',
  'rxdb/*',
  'dexie',
  'dexie/*',
  '@trpc/*',
  'fastify',
  '@fastify/*',
  'pg',
  'pg/*',
  '@electric-sql/pglite',
  '@electric-sql/pglite/*',
  'node:*',
];

/** Node built-ins by exact name (as patterns, `domain` would also match our own shared/domain folder). */
const forbiddenBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

export default defineConfig(
  globalIgnores([
    'out/',
    'dist/',
    'node_modules/',
    'data/',
    'test-results/',
    'playwright-report/',
    'bench-reports/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: {
        // renderer/vite.config.ts sits outside both tsconfig projects; type it like the other node-side configs.
        projectService: {
          allowDefaultProject: ['renderer/*.config.ts'],
          defaultProject: 'tsconfig.node.json',
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['renderer/public/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.serviceworker } },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['scripts/**', 'server/logger.ts', 'test/bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['shared/domain/**', 'shared/schemas/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: forbiddenBuiltins.map((name) => ({
            name,
            message: 'shared/domain and shared/schemas are pure: no Node imports.',
          })),
          patterns: [
            {
              group: forbiddenInPureCode,
              message:
                'shared/domain and shared/schemas are pure: no UI, storage, transport or Node imports.',
            },
          ],
        },
      ],
    },
  },
);
