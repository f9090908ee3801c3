import { VERSION } from './version.js';

const warned = Symbol.for('career-paths.version-warned');

/**
 * Registers an element unless the page already has it: a page may load the script twice, or
 * two versions of it. The first definition wins; a version mismatch is reported once.
 */
export function define(tag: string, element: CustomElementConstructor & { version?: string }) {
  // On a server without Lit's DOM shim, where the package may be imported for its types and helpers.
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as { version?: string } | undefined;
  if (!existing) {
    element.version = VERSION;
    customElements.define(tag, element);
  } else if (existing.version !== VERSION && !(globalThis as Record<symbol, boolean>)[warned]) {
    (globalThis as Record<symbol, boolean>)[warned] = true;
    console.warn(`career-paths ${VERSION} is not used: ${existing.version ?? 'another version'} was loaded first.`);
  }
}
