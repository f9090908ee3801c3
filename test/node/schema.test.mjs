// data/schema.json says what the validator says: ajv (JSON Schema 2020-12, strict) and the
// validator give the same verdict on every case of the validator's own table, except the
// cross-references that a schema cannot express, which are listed by name.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { importTs } from '../../scripts/load-ts.mjs';

const schema = JSON.parse(readFileSync(new URL('../../data/schema.json', import.meta.url), 'utf8'));
const { validate } = await importTs('src/dataset/validate.ts');
const { allowedLinks, cases, crossReferences, valid } = await importTs('test/dataset/cases.ts');

const ajv = new Ajv2020({ strict: true, allErrors: true });
const schemaAccepts = ajv.compile(schema);

/** Both verdicts on a dataset changed by `change`. */
function verdicts(change) {
  const data = valid();
  change(data);
  const accepted = schemaAccepts(data);
  return { validator: validate(data).ok, schema: accepted, errors: JSON.stringify(schemaAccepts.errors) };
}

describe('data/schema.json and the validator', () => {
  it('should both accept the valid dataset of the table', () => {
    assert.deepEqual(
      verdicts(() => {}),
      { validator: true, schema: true, errors: 'null' },
    );
  });

  for (const [name, change] of cases) {
    const crossReference = crossReferences.includes(name);
    it(`${name} => ${crossReference ? 'rejected by the validator; a cross-reference the schema cannot express' : 'rejected by both'}`, () => {
      const { validator, schema, errors } = verdicts(change);
      assert.equal(validator, false);
      assert.equal(schema, crossReference, crossReference ? 'the schema cannot see this' : `the schema accepts it: ${errors}`);
    });
  }

  for (const link of allowedLinks)
    it(`the link ${JSON.stringify(link)} => allowed by both`, () => {
      const { validator, schema, errors } = verdicts((data) => (data.cta.href = link));
      assert.deepEqual({ validator, schema }, { validator: true, schema: true }, errors);
    });

  it('should name only cases of the table as cross-references', () => {
    const names = cases.map(([name]) => name);
    for (const name of crossReferences) assert.ok(names.includes(name), name);
  });
});
