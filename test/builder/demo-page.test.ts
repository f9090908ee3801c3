import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers.js';

/** Opens the builder page as `npm start` serves it, with the built files, in a frame this wide. */
async function openBuilder(width: number) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 600px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/builder.html';
  document.body.append(frame);
  await loaded;
  const page = frame.contentDocument!;
  await waitUntil(() => page.querySelector<HTMLTextAreaElement>('#snippet')!.value, 'no snippet was written');
  return { frame, page };
}

interface Axe {
  run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
}

describe('demo/builder.html with dist/builder.js', () => {
  const frames: HTMLIFrameElement[] = [];
  after(() => frames.forEach((frame) => frame.remove()));

  it('should load the example data, preview it and write a snippet', async () => {
    const { frame, page } = await openBuilder(1100);
    frames.push(frame);
    expect(page.querySelector('#issue-count')!.textContent).to.equal('No issues: the data is valid.');
    expect(page.querySelector<HTMLTextAreaElement>('#snippet')!.value).to.match(/^<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/career-paths@/);
    const compare = page.querySelector('#preview > career-compare')!;
    await waitUntil(() => compare.shadowRoot?.querySelector('th[scope="col"]'), 'the preview did not render');
  });

  it('should fit a 320px screen without scrolling sideways', async () => {
    const { frame, page } = await openBuilder(320);
    frames.push(frame);
    expect(page.documentElement.scrollWidth).to.be.at.most(page.documentElement.clientWidth);
  });

  it('should pass the axe checks (labels, names, headings, contrast)', async () => {
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
