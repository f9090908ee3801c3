import { datasetRule, ID_PATTERN, type Rule } from './format.js';
import { ALLOWED_SCHEMES, SAFE_URL_PATTERN } from '../shared/links.js';

type JsonSchema = Record<string, unknown>;

const text = { type: 'string' };

/**
 * The dataset format as JSON Schema (draft 2020-12), for editors and other tools. Cross-checks
 * that JSON Schema cannot say (ids unique, referenced ids exist) are stated in descriptions.
 */
export function toJsonSchema(rule: Rule = datasetRule): JsonSchema {
  switch (rule.type) {
    case 'text':
      // Not empty: at least one character that is not white space, as the validator asks.
      return rule.nonEmpty ? { type: 'string', pattern: '\\S' } : text;
    case 'date':
      return { type: 'string', description: 'YYYY, YYYY-MM or YYYY-MM-DD; the validator warns when it is more than three years ago.' };
    case 'id':
      return { type: 'string', pattern: ID_PATTERN, ...(rule.not ? { not: { const: rule.not } } : {}) };
    case 'url':
      return {
        type: 'string',
        description: `An ${ALLOWED_SCHEMES.map((scheme) => `${scheme}:`).join(', ')} or relative URL, read as a browser reads it.`,
        pattern: SAFE_URL_PATTERN,
      };
    case 'ref':
      return { type: 'string', pattern: ID_PATTERN, description: `The id of one of the dataset's ${rule.to}.` };
    case 'pattern':
      return { type: 'string', pattern: rule.pattern, description: `${rule.hint[0].toUpperCase()}${rule.hint.slice(1)}.` };
    case 'version':
      return { const: 1 };
    case 'flag':
      return { type: 'boolean' };
    case 'texts':
      return { anyOf: [text, { type: 'array', items: text }] };
    case 'list':
      return {
        type: 'array',
        items: toJsonSchema(rule.of),
        ...(rule.min ? { minItems: rule.min } : {}),
        ...(rule.of.type === 'object' && 'id' in rule.of.fields ? { description: 'Ids are unique within the list.' } : {}),
      };
    case 'record':
      return {
        type: 'object',
        additionalProperties: toJsonSchema(rule.of),
        ...(rule.keys ? { propertyNames: { pattern: ID_PATTERN }, description: `Keyed by the ids of the dataset's ${rule.keys}.` } : {}),
      };
    case 'object':
      return {
        type: 'object',
        properties: Object.fromEntries(Object.entries(rule.fields).map(([key, field]) => [key, toJsonSchema(field)])),
        required: rule.required,
        // Each branch names its type and property too, as strict JSON Schema tools (ajv) ask.
        ...(rule.oneOf ? { anyOf: rule.oneOf.map((key) => ({ type: 'object', properties: { [key]: true }, required: [key] })) } : {}),
      };
  }
}

/** The text of `data/schema.json`. */
export function schemaFile(): string {
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'career-paths dataset, version 1',
    description: 'Generated from src/dataset/format.ts by `npm run schema`; do not edit by hand.',
    ...toJsonSchema(),
  };
  return JSON.stringify(schema, null, 2) + '\n';
}
