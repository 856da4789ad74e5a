import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { getSchema } from './schema';

export const SCHEMA_FILE = join(__dirname, '..', '..', 'schema', 'schema.graphql');

export async function printServedSchema(): Promise<string> {
  return `${printSchema(await getSchema())}\n`;
}

// `npm run schema:print` writes schema/schema.graphql; a test fails when it differs from the code.
if (require.main === module) {
  printServedSchema().then((text) => {
    writeFileSync(SCHEMA_FILE, text);
    console.log(`wrote ${SCHEMA_FILE}`);
  });
}
