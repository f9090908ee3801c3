// The Vue 3 fixture app (see app.ts), bundled by esbuild in the test run. Render functions rather
// than a template, so that no compiler is needed; `.data` sets the property, as `:data.prop` does.
import 'career-paths/vue';
import { createApp, h, ref, shallowRef } from 'vue';
import type { Dataset } from 'career-paths/vue';
import type { Mount } from './app.js';

export const mount: Mount = (container, datasets) => {
  const app = createApp({
    setup() {
      const index = ref(0);
      const roleId = shallowRef<string | null>(null);
      return () => {
        const dataset: Dataset = datasets[index.value % datasets.length];
        return [
          h('button', { type: 'button', onClick: () => index.value++ }, 'Switch dataset'),
          h('output', roleId.value ?? 'none'),
          h('career-compare', { '.data': dataset }),
          h('career-picker', { '.data': dataset, 'onCareer-select': (e: CustomEvent<{ roleId: string | null }>) => (roleId.value = e.detail.roleId) }),
        ];
      };
    },
  });
  app.mount(container);
  return { unmount: () => app.unmount() };
};
