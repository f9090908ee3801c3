// Mounts the Svelte 5 fixture app (see app.ts).
import { mount as mountSvelte, unmount } from 'svelte';
import App from './svelte-app.svelte';
import type { Mount } from './app.js';

export const mount: Mount = (target, datasets) => {
  const app = mountSvelte(App, { target, props: { datasets } });
  return { unmount: () => void unmount(app) };
};
