// Writes data/schema.json from the one definition of the format in src/dataset/format.ts.
import { writeFileSync } from 'node:fs';
import { importTs } from './load-ts.mjs';

const { schemaFile } = await importTs('src/dataset/json-schema.ts');
writeFileSync('data/schema.json', schemaFile());
console.log('wrote data/schema.json');
