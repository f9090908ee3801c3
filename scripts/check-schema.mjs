// Fails when data/schema.json is not what `npm run schema` writes from src/dataset/format.ts.
import { readFileSync } from 'node:fs';
import { importTs } from './load-ts.mjs';

const { schemaFile } = await importTs('src/dataset/json-schema.ts');
if (readFileSync('data/schema.json', 'utf8') !== schemaFile()) {
  console.error('data/schema.json is stale: run `npm run schema` and commit it.');
  process.exit(1);
}
console.log('data/schema.json matches the format');
