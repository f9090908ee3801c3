// What a React 19 page gets from `career-paths/react`: the elements in JSX, checked with `tsc --strict`
// (test/node/typings.test.mjs). Each `@ts-expect-error` proves that a wrong use fails to compile.
import { validate, type Dataset } from 'career-paths/react';

export function Page({ dataset }: { dataset: Dataset }) {
  const checked = validate(dataset);
  return (
    <>
      <career-compare data={dataset} highlight="management" layout="stacked" heading-level={3} no-title />
      <career-picker
        src="/data/healthcare.json"
        selected="office-manager"
        oncareer-select={(e) => {
          const roleId: string | null = e.detail.roleId;
          // @ts-expect-error: roleId is null when the role was closed
          const opened: string = e.detail.roleId;
          return [roleId, opened, checked.ok];
        }}
        oncareer-cta={(e) => e.detail.source === 'picker' && e.preventDefault()}
      />
      {/* @ts-expect-error: the layout is auto, table or stacked */}
      <career-compare layout="grid" />
      {/* @ts-expect-error: the data is a dataset or its JSON text */}
      <career-picker data={42} />
      <career-picker
        oncareer-filter={(e) => {
          // @ts-expect-error: the detail has no such field
          return e.detail.nope;
        }}
      />
    </>
  );
}
