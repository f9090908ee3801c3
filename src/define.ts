import { VERSION } from './version.js';

/**
 * Registers an element unless the page already has it: a page may load the script twice, or
 * two versions of it. The first definition wins, silently; its static `version` tells which
 * one a page runs.
 */
export function define(tag: string, element: CustomElementConstructor & { version?: string }) {
  if (customElements.get(tag)) return;
  element.version = VERSION;
  customElements.define(tag, element);
}
