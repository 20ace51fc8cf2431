import boundaries from 'eslint-plugin-boundaries';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * The import direction, by path: `main/App -> features -> state, data, domain, shared`.
 * Elements are matched by folder, not listed by name, so a new folder under
 * `app/features/` is a feature (and bound by these rules) the moment it exists, and a file
 * at any depth belongs to the folder it sits in. `app/lint.test.ts` proves each rule.
 */

const features = ['feature', 'canvas'];
const lower = ['state', 'data', 'domain', 'shared'];
const uiLibraries = ['react', 'react-dom', 'zustand', '@tanstack/*', 'cytoscape', 'cytoscape-*'];

export const architecture = [
  {
    files: ['app/**/*.{ts,tsx}'],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      // import-x parses .ts/.tsx dependencies only when told they are modules of its own.
      ...importX.flatConfigs.typescript.settings,
      // One resolver for both plugins, reading tsconfig `paths`, so `@/` imports resolve to files.
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'boundaries/elements': [
        // The first descriptor that matches wins. The one owner of Cytoscape comes before
        // the generic feature; `root` (main, App, providers) catches what is left in app/.
        { type: 'canvas', pattern: 'app/features/graph-view', partialMatch: false },
        { type: 'feature', pattern: 'app/features/*', partialMatch: false, capture: ['feature'] },
        { type: 'state', pattern: 'app/state', partialMatch: false },
        { type: 'data', pattern: 'app/data', partialMatch: false },
        { type: 'domain', pattern: 'app/domain', partialMatch: false },
        { type: 'shared', pattern: 'app/shared', partialMatch: false },
        { type: 'test', pattern: 'app/test', partialMatch: false },
        { type: 'root', pattern: 'app', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          // External packages are checked too (cytoscape, react, zustand), not only local files.
          checkAllOrigins: true,
          policies: [
            {
              from: { element: { types: features } },
              disallow: { to: { element: { types: features } } },
              message: 'Features never import each other; share through state/ or shared/ (or the graph handle).',
            },
            {
              from: { element: { types: ['feature', ...lower, 'root', 'test'] } },
              disallow: { to: { module: { origin: 'external', source: ['cytoscape', 'cytoscape-*'] } } },
              message: 'Only features/graph-view imports Cytoscape; elsewhere use the graph handle.',
            },
            {
              from: { element: { types: lower } },
              disallow: { to: { element: { types: [...features, 'root'] } } },
              message: 'Imports flow one way: features -> state, data, domain, shared.',
            },
            {
              from: { element: { type: 'domain' } },
              disallow: [
                { to: { element: { types: ['state', 'data', 'shared'] } } },
                { to: { module: { origin: 'external', source: uiLibraries } } },
              ],
              message: 'domain is pure TypeScript: no React, zustand, TanStack, Cytoscape, and nothing above it.',
            },
          ],
        },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
];
