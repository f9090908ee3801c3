// The custom elements manifest (custom-elements.json) is built from the JSDoc of the elements.
// `npm run manifest` writes it; scripts/check-manifest.mjs fails when it is stale.
import { readFileSync } from 'node:fs';

/**
 * Each event's detail type, from the one map in src/shared/events.ts, so that `@fires` needs no
 * types. The manifest gives an event's detail type, not `CustomEvent<…>`: the tools that generate
 * framework typings from it wrap it in `CustomEvent` themselves, and import it by that name from
 * the package.
 */
const eventTypes = Object.fromEntries(
  [...readFileSync(new URL('src/shared/events.ts', import.meta.url), 'utf8').matchAll(/'(career-[a-z-]+)': CustomEvent<(\w+)>/g)].map((m) => [m[1], m[2]]),
);

/** A source path as the published package has it: `src/x/y.ts` => `dist/esm/x/y.js`. */
const published = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/esm/$1.js');

/** Rewrites every `path` and `module` in the manifest to its published place. */
const publish = (node) => {
  if (Array.isArray(node)) return node.forEach(publish);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node))
    if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = published(value);
    else publish(value);
};

/** Keeps what a page or a tool can use: the two elements and their public API, at published paths. */
const publicApi = {
  name: 'career-paths public api',
  packageLinkPhase({ customElementsManifest: manifest }) {
    manifest.modules = manifest.modules.filter((module) => {
      module.declarations = module.declarations.filter((declaration) => declaration.tagName);
      module.exports = module.exports?.filter((e) => module.declarations.some((d) => d.name === e.declaration.name));
      for (const element of module.declarations) {
        const internal = new Set(element.members?.filter((member) => (member.privacy ?? 'public') !== 'public').map((member) => member.name));
        element.members = element.members?.filter((member) => !internal.has(member.name));
        // Internal state (`state: true`) has no attribute, though the analyzer lists one for it.
        element.attributes = element.attributes?.filter((attribute) => !internal.has(attribute.fieldName));
        for (const event of element.events ?? []) event.type = { text: eventTypes[event.name] };
      }
      return module.declarations.length;
    });
    // Registration happens in the entry module, not beside the classes (see src/define.ts).
    const definitions = manifest.modules.flatMap(({ path, declarations }) =>
      declarations.map(({ name, tagName }) => ({ kind: 'custom-element-definition', name: tagName, declaration: { name, module: path } })),
    );
    manifest.modules.push({ kind: 'javascript-module', path: 'src/career-paths.ts', declarations: [], exports: definitions });
    publish(manifest.modules);
  },
};

export default {
  globs: ['src/elements/career-*.ts'],
  litelement: true,
  packagejson: false,
  quiet: true,
  plugins: [publicApi],
};
