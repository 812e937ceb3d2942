import type { CodegenConfig } from '@graphql-codegen/cli';

// Types of every operation the console sends, generated from the API's committed schema.gql.
// `npm run web:codegen` rewrites src/gql; `npm run web:codegen:check` fails when it is stale.
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { Date: 'string', DateTime: 'string' } },
    },
    'apps/web/src/gql/enum-labels.ts': { plugins: ['apps/web/codegen/enum-labels.cjs'] },
    'apps/web/src/gql/field-labels.ts': { plugins: ['apps/web/codegen/field-labels.cjs'] },
  },
};

export default config;
