// The React 19 fixture app (see app.ts), bundled by esbuild in the test run.
import 'career-paths/react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Dataset } from 'career-paths/react';
import type { Mount } from './app.js';

function App({ datasets }: { datasets: Dataset[] }) {
  const [index, setIndex] = useState(0);
  const [roleId, setRoleId] = useState<string | null>(null);
  const dataset = datasets[index % datasets.length];
  return (
    <>
      <button type="button" onClick={() => setIndex(index + 1)}>
        Switch dataset
      </button>
      <output>{roleId ?? 'none'}</output>
      <career-compare data={dataset} />
      <career-picker data={dataset} oncareer-select={(e) => setRoleId(e.detail.roleId)} />
    </>
  );
}

export const mount: Mount = (container, datasets) => {
  const root = createRoot(container);
  root.render(<App datasets={datasets} />);
  return { unmount: () => root.unmount() };
};
