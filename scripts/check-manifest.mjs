// Fails when custom-elements.json or the element reference in README.md is not what
// `npm run manifest` writes, or when the JSDoc of an element misses a token, a part or an event type.
import { readFileSync } from 'node:fs';
import { elementsOf, manifest, manifestText, reference, withReference } from './manifest.mjs';

const problems = [];
const result = await manifest();
const read = (file) => {
  try {
    return readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
  } catch {
    return '';
  }
};

if (read('custom-elements.json') !== manifestText(result)) problems.push('custom-elements.json is stale: run `npm run manifest` and commit it.');
const readme = read('README.md');
if (withReference(readme, reference(result)) !== readme)
  problems.push('The element reference in README.md is stale or missing: run `npm run manifest` and commit it.');

const tokens = [...read('src/shared/styles.ts').matchAll(/var\((--career-[\w-]+), ([^)]+)\)/g)].map((m) => ({ name: m[1], default: m[2] }));
const shared = read('src/elements/career-element.ts');
for (const element of elementsOf(result)) {
  const tag = `<${element.tagName}>`;
  for (const token of tokens) {
    const documented = element.cssProperties?.find((p) => p.name === token.name);
    if (!documented) problems.push(`${tag} lacks \`@cssprop [${token.name}=${token.default}]\` (src/shared/styles.ts uses it).`);
    else if (documented.default !== token.default) problems.push(`${tag}: ${token.name} defaults to ${token.default}, not ${documented.default}.`);
  }
  for (const event of element.events ?? []) if (!event.type?.text) problems.push(`${tag} fires ${event.name}, which src/shared/events.ts does not type.`);
  const source = read(`src/elements/${element.tagName}.ts`) + shared;
  const parts = new Set([...source.matchAll(/\bpart="([^"$]+)"/g)].flatMap((m) => m[1].split(/\s+/)));
  for (const part of parts) if (!element.cssParts?.some((p) => p.name === part)) problems.push(`${tag} renders part="${part}" without a \`@csspart ${part}\`.`);
}

if (problems.length) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log('custom-elements.json and the README reference match the elements');
