import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import tseslint from 'typescript-eslint';

/** Features never import each other; domain imports nothing of React, zustand or cytoscape. */
const featureNames = ['graph-view', 'details', 'filters', 'export', 'legend', 'settings', 'shortcuts', 'announcer', 'graph-source', 'article', 'search', 'list-view', 'claims', 'path', 'authoring'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['app/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-dom', 'zustand', 'zustand/*', 'cytoscape', '@tanstack/*', '../state/*', '../features/*', '../data/*', '../shared/*'], message: 'domain is pure TypeScript.' }] }],
    },
  },
  ...featureNames.map((name) => ({
    files: [`app/features/${name}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: featureNames.filter((n) => n !== name).map((n) => `../${n}/*`), message: 'Features never import each other; share through state/ or shared/.' },
            ...(name === 'graph-view' ? [] : [{ group: ['cytoscape', 'cytoscape/*'], message: 'Only graph-view imports cytoscape; use the graph handle.' }]),
          ],
        },
      ],
    },
  })),
  {
    files: ['app/state/**/*.{ts,tsx}', 'app/data/**/*.{ts,tsx}', 'app/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../features/*', '../../features/*', 'cytoscape'], message: 'Imports flow one way: features -> state, data, domain, shared.' }] }],
    },
  },
);
