// What a Svelte 5 project gets from `career-paths/svelte`: the elements among Svelte's elements,
// with typed attributes and events, checked with `tsc --strict` (test/node/typings.test.mjs).
import 'career-paths/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';

export const compare: SvelteHTMLElements['career-compare'] = { layout: 'table', highlight: 'management' };
// @ts-expect-error: the layout is auto, table or stacked
export const grid: SvelteHTMLElements['career-compare'] = { layout: 'grid' };

export const picker: SvelteHTMLElements['career-picker'] = {
  'oncareer-select': (e) => {
    const roleId: string | null = e.detail.roleId;
    // @ts-expect-error: roleId is null when the role was closed
    const opened: string = e.detail.roleId;
    return [roleId, opened];
  },
};
