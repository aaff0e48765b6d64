import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';
import { boundariesConfig } from './lint/boundaries.mjs';
import brobygger from './lint/route-components.mjs';

const CSV_WRITERS = [
  { name: 'csv-stringify/sync', message: 'Skriv CSV med writeCsv fra lib/pure/csv.ts (den nøytraliserer formler i alle celler).' },
  { name: 'csv-stringify', message: 'Skriv CSV med writeCsv fra lib/pure/csv.ts (den nøytraliserer formler i alle celler).' },
];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    plugins: { drizzle },
    rules: {
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // What each folder may import (README "Arkitektur"): lint/boundaries.mjs.
  boundariesConfig,
  {
    // A route imports only its own and its ancestors' _components (lint/route-components.mjs).
    // The fuzz test's registry imports every 'use server' module wherever it lives, as in
    // lint/boundaries.mjs: it is test support, not a route.
    ignores: ['testing/security/registry.ts'],
    plugins: { brobygger },
    rules: { 'brobygger/route-components': 'error' },
  },
  {
    // One CSV writer (lib/pure/csv.ts) neutralises formulas in every cell; nothing else may write CSV.
    // bench/ is exempt: it streams its generated dataset into PostgreSQL with COPY, where CSV is
    // a wire format nobody opens in a spreadsheet (and a marker would change the data).
    ignores: ['lib/pure/csv.ts', 'bench/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...CSV_WRITERS, { name: '@digdir/designsystemet-react', importNames: ['Table'], message: 'Bruk Table fra app/_components/table.tsx: den ruller sideveis i sitt eget felt på smale skjermer (WCAG 1.4.10).' }] }],
    },
  },
  {
    // The one table (app/_components/table.tsx) wraps the library's; CSV stays restricted there too.
    files: ['app/_components/table.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: CSV_WRITERS }],
    },
  },
  {
    // One submit button (app/_components/submit-button.tsx) shows that a form is being sent,
    // everywhere; a bare <button type="submit"> or <Button type="submit"> would not.
    files: ['app/**/*.tsx'],
    ignores: ['app/_components/submit-button.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXOpeningElement[name.name=/^(Button|button)$/] > JSXAttribute[name.name='type'][value.value='submit']",
          message: 'Bruk SubmitButton fra app/_components/submit-button.tsx: den viser at skjemaet sendes, og hindrer at det sendes to ganger.',
        },
      ],
    },
  },
  {
    // Every component (issue 14): what a user reads comes from the catalogues in
    // lib/pure/i18n/messages (nb, nn, en), never from a string in the JSX. Allowed: the product's
    // name, punctuation and the dash shown for "none". Attribute strings (class names, test ids,
    // hrefs) are not text; labels passed as props come from the catalogues by review (words props).
    files: ['app/**/*.tsx'],
    ignores: ['app/**/*.test.tsx'],
    rules: {
      'react/jsx-no-literals': ['error', { noStrings: true, ignoreProps: true, allowedStrings: ['Brobygger', '–', '—', '·', ':', ',', '(', ')', '›'] }],
    },
  },
  {
    // Every spec takes `test` from e2e/fixtures.ts, which fails the test on any CSP violation.
    files: ['e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: '@playwright/test', importNames: ['test'], message: 'Importer test fra ./fixtures: der feiler testen ved brudd på Content-Security-Policy.' }] }],
    },
  },
  {
    ignores: ['node_modules/**', '.next/**', '.next-*/**', '.data/**', 'coverage/**', 'db/migrations/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'],
  },
];

export default config;
