// What a Vue 3 project gets from `career-paths/vue`: the elements among Vue's global components,
// with typed props, checked with `tsc --strict` (test/node/typings.test.mjs).
import 'career-paths/vue';
import type { GlobalComponents } from 'vue';

type Props<Tag extends 'career-compare' | 'career-picker'> = InstanceType<GlobalComponents[Tag]>['$props'];

export const compare: Props<'career-compare'> = { layout: 'table', highlight: 'management', 'heading-level': 3 };
// @ts-expect-error: the layout is auto, table or stacked
export const grid: Props<'career-compare'> = { layout: 'grid' };

export const picker: Props<'career-picker'> = {
  'oncareer-select': (e) => {
    const roleId: string | null = e.detail.roleId;
    // @ts-expect-error: roleId is null when the role was closed
    const opened: string = e.detail.roleId;
    return [roleId, opened];
  },
};
