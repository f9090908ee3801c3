/**
 * Random datasets for property tests: every test that renders or compares random data draws
 * from these, so that one generator decides what "any valid dataset" means.
 */
import fc from 'fast-check';
import type { Dataset } from '../../src/dataset/format.js';

/** Every key that `Object.prototype` has: an id or a language equal to one must find nothing there. */
export const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);

/** Ids that the format allows, including the lowercase names of Object.prototype members. */
export const validId = fc.oneof(
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,6}$/),
  fc.constantFrom(...PROTOTYPE_KEYS.filter((key) => /^[a-z0-9][a-z0-9-]*$/.test(key)), 'prototype', 'hasownproperty', 'valueof', 'tostring', 'roles'),
);

/** Ids equal to every Object.prototype key, valid or not: for code that must never look past an object's own keys. */
export const prototypeId = fc.oneof(validId, fc.constantFrom(...PROTOTYPE_KEYS));

const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('', '<b>bold</b>', '{n}', '$&', '\u202e'));
/** Names, titles and labels: the format asks for at least one character that is not white space. */
const name = fc.oneof(
  text.filter((value) => /\S/.test(value)),
  fc.constantFrom('<b>bold</b>', '{n}', 'A'),
);
const texts = fc.oneof(text, fc.array(text, { maxLength: 3 }));
const link = fc.constantFrom('https://example.edu/a', '/relative', 'mailto:a@example.edu', 'tel:+1', '#x', '');
const cta = fc.record({ label: name, href: link, newTab: fc.boolean() }, { requiredKeys: ['label', 'href'] });
const lang = fc.constantFrom('en', 'es', 'es-MX', 'fr', 'ar', ...PROTOTYPE_KEYS);

/** Any dataset whose ids come from `id`: ids unique, references resolved, optional fields present or not. */
export function datasetWith(id: fc.Arbitrary<string>): fc.Arbitrary<Dataset> {
  return fc
    .record({
      pathIds: fc.uniqueArray(id, { minLength: 1, maxLength: 5 }),
      interestIds: fc.uniqueArray(id, { maxLength: 4 }),
      criterionIds: fc.uniqueArray(
        id.filter((value) => value !== 'roles'),
        { maxLength: 4 },
      ),
      roleIds: fc.uniqueArray(id, { maxLength: 6 }),
    })
    .chain(({ pathIds, interestIds, criterionIds, roleIds }) =>
      fc.record(
        {
          version: fc.constant(1 as const),
          title: name,
          intro: text,
          lang,
          paths: fc.tuple(
            ...pathIds.map((pathId) => fc.record({ id: fc.constant(pathId), name, summary: text, badge: text, cta }, { requiredKeys: ['id', 'name'] })),
          ),
          criteria: fc.tuple(
            ...criterionIds.map((criterionId) =>
              fc.oneof(
                fc.record({ id: fc.constant(criterionId), label: name, value: texts, note: text }, { requiredKeys: ['id', 'label', 'value'] }),
                fc.record(
                  {
                    id: fc.constant(criterionId),
                    label: name,
                    values: fc
                      .subarray(pathIds)
                      .chain((keys) => fc.tuple(...keys.map((key) => texts.map((value) => [key, value] as const))).map(Object.fromEntries)),
                    note: text,
                    source: fc.record({ name, url: link, date: text }, { requiredKeys: ['name'] }),
                  },
                  { requiredKeys: ['id', 'label', 'values'] },
                ),
              ),
            ),
          ),
          interests: fc.tuple(...interestIds.map((interestId) => fc.record({ id: fc.constant(interestId), label: name }))),
          roles: fc.tuple(
            ...roleIds.map((roleId) =>
              fc.record(
                {
                  id: fc.constant(roleId),
                  title: name,
                  path: fc.constantFrom(...pathIds),
                  summary: text,
                  duties: fc.array(text, { maxLength: 3 }),
                  interests: fc.subarray(interestIds),
                  onet: fc.constant('11-9111.00'),
                  cta,
                },
                { requiredKeys: ['id', 'title', 'path'] },
              ),
            ),
          ),
          cta,
          source: fc.record({ name, url: link }, { requiredKeys: ['name'] }),
        },
        { requiredKeys: ['version', 'title', 'paths', 'interests'] },
      ),
    ) as fc.Arbitrary<Dataset>;
}

/** Any valid dataset: what the validator accepts. */
export const validDataset = datasetWith(validId);
