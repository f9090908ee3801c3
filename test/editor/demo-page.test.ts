import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers.js';

/** Opens the editor as `npm start` serves it (or as the build writes it), in a frame this wide. */
async function openBuilder(width: number, address = '/demo/builder.html') {
  localStorage.removeItem('career-paths-editor');
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 600px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = address;
  document.body.append(frame);
  await loaded;
  const page = frame.contentDocument!;
  await waitUntil(() => page.querySelector('#problem-count')?.textContent, 'the editor did not start');
  return { frame, page };
}

interface Axe {
  run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
}

describe('demo/builder.html with dist/editor.js', () => {
  const frames: HTMLIFrameElement[] = [];
  after(() => {
    frames.forEach((frame) => frame.remove());
    localStorage.removeItem('career-paths-editor');
  });

  for (const address of ['/demo/builder.html', '/dist/editor.html'])
    it(`${address} => shows the example bundled in the script, previews it and writes a snippet`, async () => {
      const { frame, page } = await openBuilder(1100, address);
      frames.push(frame);
      expect(page.querySelector('#problem-count')!.textContent).to.equal('No problems.');
      expect(page.querySelector<HTMLInputElement>('#field-title')!.value).to.equal('Healthcare Management vs. Healthcare Administration');
      // Served from this machine (localhost): it asks where the school will host the script, and says why.
      expect(page.querySelector('#script-url-hint')!.textContent).to.include(`opened from a local address (${location.host})`);
      expect(page.querySelector<HTMLTextAreaElement>('#snippet')!.value).to.equal('');
      page.querySelector<HTMLInputElement>('input[name="script"][value="cdn"]')!.click();
      await waitUntil(() => page.querySelector<HTMLTextAreaElement>('#snippet')!.value, 'no snippet was written');
      expect(page.querySelector<HTMLTextAreaElement>('#snippet')!.value).to.match(/^<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/career-paths@/);
      const compare = page.querySelector('#preview > career-compare')!;
      await waitUntil(() => compare.shadowRoot?.querySelector('th[scope="col"]'), 'the preview did not render');
    });

  it('should keep the example out of the drop-in file', async () => {
    const dropIn = await (await fetch('/dist/career-paths.js')).text();
    expect(dropIn).not.to.include('Healthcare Administration');
    expect(dropIn).not.to.include('Import spreadsheet');
  });

  it('should load the example data, preview it and write a snippet', async () => {
    const { frame, page } = await openBuilder(1100);
    frames.push(frame);
    expect(page.querySelector('#problem-count')!.textContent).to.equal('No problems.');
    page.querySelector<HTMLInputElement>('input[name="script"][value="cdn"]')!.click();
    await waitUntil(() => page.querySelector<HTMLTextAreaElement>('#snippet')!.value, 'no snippet was written');
    expect(page.querySelector<HTMLTextAreaElement>('#snippet')!.value).to.match(/^<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/career-paths@/);
    const compare = page.querySelector('#preview > career-compare')!;
    await waitUntil(() => compare.shadowRoot?.querySelector('th[scope="col"]'), 'the preview did not render');
  });

  it('should fit a 320px screen without scrolling sideways', async () => {
    const { frame, page } = await openBuilder(320);
    frames.push(frame);
    const width = page.documentElement.clientWidth;
    const wider = [...page.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().right > width);
    expect(wider.map((element) => `${element.localName}#${element.id}`)).to.deep.equal([]);
    expect(page.documentElement.scrollWidth).to.be.at.most(width);
  });

  it('should pass the axe checks (labels, names, headings, contrast)', async function () {
    // axe reads every field of the example's ten roles: more than the default 10 s on a busy machine.
    this.timeout(60_000);
    const { frame, page } = await openBuilder(800);
    frames.push(frame);
    await new Promise((resolve, reject) => {
      const script = page.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = resolve;
      script.onerror = reject;
      page.head.append(script);
    });
    const axe = (frame.contentWindow as unknown as { axe: Axe }).axe;
    // The previewed element is checked by its own tests.
    const { violations } = await axe.run({ exclude: [['#preview']] }, { resultTypes: ['violations'] });
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).to.deep.equal([]);
  });
});
