/**
 * Prints the GraphQL schema built from the code-first resolvers, sorted, exactly as the API
 * serves it. `npm run schema:generate` writes it to schema.gql; `npm run schema:check` fails
 * when the committed file has drifted.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { API_RESOLVERS } from '../apps/api/src/graphql/api-resolvers';

const SCHEMA_FILE = join(__dirname, '..', 'schema.gql');
const HEADER = '# Generated from the code-first resolvers by `npm run schema:generate`. Do not edit.\n\n';

async function main(): Promise<void> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(API_RESOLVERS);
  const printed = HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
  await app.close();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== printed) {
      console.error('schema.gql differs from the schema the code builds: run `npm run schema:generate` and commit it.');
      process.exit(1);
    }
    console.log('schema.gql is up to date.');
    return;
  }
  writeFileSync(SCHEMA_FILE, printed);
  console.log(`Wrote ${SCHEMA_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
