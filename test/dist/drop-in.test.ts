import { expect } from '@open-wc/testing';
import { $, $$, click, fivePaths, json, text, texts, twoPaths, waitUntil } from '../helpers.js';

/** Loads the built file the way a school page does: a plain, classic `<script src>`. */
function addScript(attributes: Record<string, string> = {}) {
  return new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/dist/career-paths.js';
    for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('the script did not load'));
    document.head.append(script);
  });
}

const shadowText = (element: Element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('dist/career-paths.js in a plain <script src>', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);

  before(async () => {
    window.addEventListener('error', onError);
    document.body.innerHTML = `
      <career-compare src="/data/healthcare-management-vs-administration.json" highlight="management">
        <table id="fallback"><tr><td>Static fallback</td></tr></table>
      </career-compare>
      <career-picker id="early"></career-picker>`;
    // A page's own script may set properties before the drop-in file defines the element.
    Object.assign(document.getElementById('early')!, { data: twoPaths, path: 'pharmacy', noTitle: true });
    await addScript();
  });

  after(() => window.removeEventListener('error', onError));

  it('should upgrade an element that was in the page before the script ran', async () => {
    const compare = document.querySelector('career-compare')!;
    await waitUntil(() => compare.shadowRoot?.querySelector('table'), 'the table did not render');
    expect(shadowText(compare)).to.include('Healthcare Administration');
    expect(compare.shadowRoot!.querySelectorAll('th[scope="col"]')).to.have.length(2);
  });

  it('should use the properties a page set before the script ran', async () => {
    const picker = document.getElementById('early')!;
    await waitUntil(() => picker.shadowRoot?.querySelector('[part~="role"]'), 'the roles did not render');
    expect(texts(picker, '[part~="role"] > button')).to.deep.equal(['Pharmacist']);
    expect(picker.shadowRoot!.querySelector('[part~="title"]')).to.equal(null);
    expect(picker.getAttribute('path')).to.equal('pharmacy');
  });

  it('should replace the light-DOM fallback with its own view', async () => {
    const compare = document.querySelector('career-compare')!;
    await waitUntil(() => compare.shadowRoot?.querySelector('table'));
    expect(compare.shadowRoot!.querySelector('slot')).to.equal(null);
    expect((document.getElementById('fallback') as HTMLElement).offsetHeight).to.equal(0);
  });

  it('should render an element added later through innerHTML', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = '<career-picker src="/data/healthcare-management-vs-administration.json"></career-picker>';
    document.body.append(holder);
    const picker = holder.querySelector('career-picker')!;
    await waitUntil(() => picker.shadowRoot?.querySelector('[part~="role"]'), 'the roles did not render');
    expect(shadowText(picker)).to.include('Hospital administrator');
  });

  it('should define both elements as LitElement classes', () => {
    for (const tag of ['career-compare', 'career-picker']) {
      const element = customElements.get(tag) as unknown as Record<string, unknown>;
      expect(element.elementProperties, tag).to.be.instanceOf(Map);
      expect(element.addInitializer, tag).to.be.a('function');
      expect(element.finalizeStyles, tag).to.be.a('function');
    }
  });

  // The same names as dist/esm: a page's script, or a subclass, reads them from the built file too.
  it('should keep the public names of LitElement: hasUpdated, updateComplete, renderRoot', async () => {
    const compare = document.querySelector('career-compare')! as unknown as Record<string, unknown>;
    expect(await compare.updateComplete).to.equal(true);
    expect(compare.hasUpdated).to.equal(true);
    expect(compare.renderRoot).to.equal((compare as unknown as Element).shadowRoot);
  });

  // The built file shortens Lit's shared internal names: what they drive must still work.
  it('should answer the reader: a path left out, an interest, a role opened, a bad dataset', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = `
      <career-compare data='${json(fivePaths)}'></career-compare>
      <career-picker src="/data/healthcare-management-vs-administration.json"></career-picker>
      <career-compare data='{"version": 1}'></career-compare>`;
    document.body.append(holder);
    const [compare, picker, broken] = [...holder.children];
    await waitUntil(() => compare.shadowRoot?.querySelector('fieldset'), 'the path choices did not render');
    const columns = () => $$(compare, '[part~="column-header"]').length;
    const before = columns();
    await click($$(compare, 'fieldset input')[0]);
    await waitUntil(() => columns() === before - 1, 'a path left out kept its column');

    await waitUntil(() => picker.shadowRoot?.querySelector('[part~="role"] > button'), 'the roles did not render');
    const status = text($(picker, '[part~="status"]'));
    await click($$(picker, '[part~="filters"] input[type="checkbox"]')[0]);
    await waitUntil(() => text($(picker, '[part~="status"]')) !== status, 'choosing an interest changed nothing');
    const role = $(picker, '[part~="role"] > button');
    await click(role);
    await waitUntil(() => role.getAttribute('aria-expanded') === 'true', 'the role did not open');

    await waitUntil(() => broken.shadowRoot?.querySelector('[part~="error"]'), 'the bad dataset showed no error');
    expect(text($(broken, '[part~="error"]'))).to.include('title');
    holder.remove();
  });

  it('should throw nothing and warn nothing when loaded a second time', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await addScript({ defer: '' });
    } finally {
      console.warn = warn;
    }
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });
});
