// Writes, inside each <career-compare> and <career-picker> of the demo pages, the static fallback
// that the snippet builder makes from the element's dataset and attributes: the same content the
// element shows, for readers without JavaScript and search engines, and of about the height the
// element renders at, so that nothing below it moves when it renders.
//
// `node scripts/demo-fallback.mjs` rewrites the pages; scripts/check-demo-fallback.mjs fails when a
// page's fallback is not the current one.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { importTs } from './load-ts.mjs';

const PAGES = ['demo/index.html', 'demo/es.html', 'demo/themed.html'];
const NOTE = '<!-- Generated from the dataset by scripts/demo-fallback.mjs: shown until the element renders, and without JavaScript. -->';

const { fallbackHtml } = await importTs('src/editor/fallback.ts');

const decode = (value) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The attributes of an opening tag, decoded; `true` for a boolean attribute. */
function attributesOf(tag) {
  const attributes = {};
  for (const [, name, , double, single, bare] of [...tag.matchAll(/([\w-]+)(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].slice(1))
    attributes[name] = double ?? single ?? bare ?? true;
  for (const [name, value] of Object.entries(attributes)) if (typeof value === 'string') attributes[name] = decode(value);
  return attributes;
}

/** The page with each element's content replaced by its generated fallback. */
export function withFallbacks(page, file) {
  return page.replace(/^([ \t]*)(<(career-compare|career-picker)\b[^>]*>)[\s\S]*?<\/\3>/gm, (_, indent, open, tag) => {
    const attributes = attributesOf(open);
    if (typeof attributes.src !== 'string') throw new Error(`${file}: <${tag}> has no src to make a fallback from`);
    const dataset = JSON.parse(readFileSync(new URL(attributes.src, new URL(`../${file}`, import.meta.url)), 'utf8'));
    const inner = `${indent}  `;
    const lines = [NOTE, ...fallbackHtml(dataset, tag, attributes).split('\n')].map((line) => inner + line);
    return `${indent}${open}\n${lines.join('\n')}\n${indent}</${tag}>`;
  });
}

/** Each demo page, as it is and as it should be. */
export const demoPages = () =>
  PAGES.map((file) => {
    const page = readFileSync(file, 'utf8');
    return { file, page, updated: withFallbacks(page, file) };
  });

if (import.meta.url === pathToFileURL(process.argv[1]).href)
  for (const { file, page, updated } of demoPages())
    if (updated !== page) {
      writeFileSync(file, updated);
      console.log(`wrote the fallbacks of ${file}`);
    }
