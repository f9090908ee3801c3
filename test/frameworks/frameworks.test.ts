/**
 * Both elements in a React 19, a Vue 3 and a Svelte 5 app, each bundled by esbuild with its
 * framework (test/runner/frameworks.mjs): a student opens a role, the app switches datasets, the
 * student closes a role, and the app unmounts.
 */
import { expect } from '@open-wc/testing';
import '../../src/career-paths.js';
import type { CareerCompare } from '../../src/elements/career-compare.js';
import type { CareerPicker } from '../../src/elements/career-picker.js';
import type { Dataset } from '../../src/dataset/format.js';
import { $, $$, click, HEALTHCARE, roleButton, text, waitUntil } from '../helpers.js';
import type { Mount, ServerRenderedApp } from './app.js';

const apps = { React: 'react-app.tsx', Vue: 'vue-app.ts', Svelte: 'svelte-app.ts' };

let healthcare: Dataset;
before(async () => {
  healthcare = await (await fetch(HEALTHCARE)).json();
});

/** Healthcare without the administration path and its roles. */
const managementOnly = (): Dataset => ({
  ...healthcare,
  title: 'Management only',
  paths: healthcare.paths.filter((path) => path.id === 'management'),
  criteria: [],
  roles: healthcare.roles!.filter((role) => role.path === 'management'),
});

for (const [framework, file] of Object.entries(apps)) {
  describe(`in a ${framework} app`, () => {
    let container: HTMLElement;
    let errors: string[];
    const onError = (event: Event) => errors.push((event as CustomEvent).detail.message);

    beforeEach(() => {
      errors = [];
      container = document.body.appendChild(document.createElement('div'));
      container.addEventListener('career-error', onError);
    });
    afterEach(() => container.remove());

    it('should render both elements, follow a dataset switch after a role was opened, report a closed role, and leave nothing on unmount', async () => {
      const { mount } = (await import(`./${file}?bundle`)) as { mount: Mount };
      const app = mount(container, [healthcare, managementOnly()]);
      const compare = () => container.querySelector<CareerCompare>('career-compare')!;
      const picker = () => container.querySelector<CareerPicker>('career-picker')!;
      const state = () => text(container.querySelector('output'));
      await waitUntil(
        () => compare()?.shadowRoot?.querySelector('table, section') && picker()?.shadowRoot?.querySelector('fieldset'),
        'both elements should render',
      );
      expect(text($(compare(), 'h2'))).to.equal(healthcare.title);

      // The student opens a role of the path that the next dataset lacks: the app's state follows.
      await click(roleButton(picker(), 'Office manager'));
      await waitUntil(() => state() === 'office-manager', `the app should know the open role, not "${state()}"`);

      await click(container.querySelector('button')!);
      await waitUntil(() => text($(compare(), 'h2')) === 'Management only', 'the comparison should show the new dataset');
      await picker().updateComplete;
      expect(text($(picker(), 'h2'))).to.equal('Management only');
      expect($(picker(), '[part~="error"]'), 'the picker shows no error').to.be.null;
      expect(picker().hasAttribute('selected')).to.be.false;
      expect(errors).to.be.empty;

      // The student opens and closes a role: the app hears both.
      await click(roleButton(picker(), 'Health advocate'));
      await waitUntil(() => state() === 'health-advocate', `the app should know the open role, not "${state()}"`);
      await click(roleButton(picker(), 'Health advocate'));
      await waitUntil(() => state() === 'none', `the app should know that no role is open, not "${state()}"`);
      expect($$(picker(), '[aria-expanded="true"]')).to.be.empty;

      app.unmount();
      expect(container.querySelectorAll('career-compare, career-picker')).to.have.length(0);
      expect(errors).to.be.empty;
    });
  });
}

describe('a React page rendered on a server, then hydrated', () => {
  it("should render both elements once hydrated, the picker's data and listener set by the documented workaround", async () => {
    const file = 'react-ssr-app.tsx';
    const { render, hydrate } = (await import(`./${file}?bundle`)) as ServerRenderedApp;
    const container = document.body.appendChild(document.createElement('div'));
    const consoleError = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(args[0]);
    try {
      // What the server sends, then React's hydration of it.
      container.innerHTML = render(HEALTHCARE, healthcare);
      const app = hydrate(container, HEALTHCARE, healthcare);
      const compare = container.querySelector<CareerCompare>('career-compare')!;
      const picker = container.querySelector<CareerPicker>('career-picker')!;
      await waitUntil(() => compare.shadowRoot?.querySelector('table, section') && picker.shadowRoot?.querySelector('fieldset'), 'both elements should render');
      expect($(compare, '[part~="badge"]').closest('th, section')!.textContent).to.contain('Healthcare Management');
      await click(roleButton(picker, 'Office manager'));
      await waitUntil(() => text(container.querySelector('output')) === 'office-manager', 'the page should hear career-select');
      app.unmount();
      expect(logged, 'no hydration error').to.be.empty;
    } finally {
      console.error = consoleError;
      container.remove();
    }
  });
});
