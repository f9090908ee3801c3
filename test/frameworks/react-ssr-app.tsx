// A React 19 page rendered on a server and hydrated in the browser, with the workaround that
// docs/frameworks.md gives for react#35446 (hydration sets no property and no listener of a custom
// element): the picker's data and listener are set from an effect. The comparison takes its data
// by `src`, an attribute, which the server writes. Bundled by esbuild: for Node by
// test/node/react-ssr.test.mjs, for the browser by test/runner/frameworks.mjs.
import 'career-paths/react';
import { useEffect, useRef, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import type { CareerPicker, CareerSelectDetail, Dataset } from 'career-paths/react';
import type { ServerRenderedApp } from './app.js';

function Picker({ dataset, onSelect }: { dataset: Dataset; onSelect: (detail: CareerSelectDetail) => void }) {
  const ref = useRef<CareerPicker>(null);
  useEffect(() => {
    const picker = ref.current!;
    picker.data = dataset;
    const listener = (e: CustomEvent<CareerSelectDetail>) => onSelect(e.detail);
    picker.addEventListener('career-select', listener);
    return () => picker.removeEventListener('career-select', listener);
  }, [dataset, onSelect]);
  return <career-picker ref={ref} />;
}

export function Page({ src, dataset }: { src: string; dataset: Dataset }) {
  const [roleId, setRoleId] = useState<string | null>(null);
  return (
    <>
      <output>{roleId ?? 'none'}</output>
      <career-compare src={src} highlight="management" />
      <Picker dataset={dataset} onSelect={(detail) => setRoleId(detail.roleId)} />
    </>
  );
}

export const render: ServerRenderedApp['render'] = (src, dataset) => renderToString(<Page src={src} dataset={dataset} />);

export const hydrate: ServerRenderedApp['hydrate'] = (container, src, dataset) => {
  const root = hydrateRoot(container, <Page src={src} dataset={dataset} />);
  return { unmount: () => root.unmount() };
};
