import { expect } from '@open-wc/testing';
import { $, $$, HEALTHCARE, click, render, text, waitUntil } from '../helpers.js';
import '../../src/career-paths.js';

/** The levels of the headings in a page's outline, through the element's shadow root. */
function outline(root: ParentNode): string[] {
  return [...root.querySelectorAll('*')].flatMap((node) => [
    ...(/^h[1-6]$/.test(node.localName) ? [node.localName] : []),
    ...(node.shadowRoot ? outline(node.shadowRoot) : []),
  ]);
}

/** Whether an outline skips a level going down (h2 then h4). */
const skips = (levels: string[]) => levels.some((level, i) => i > 0 && Number(level[1]) > Number(levels[i - 1][1]) + 1);

async function otherRoles(markup: string) {
  const element = await render(markup, 'career-picker');
  const label = $$(element, 'label').find((each) => text(each) === 'Records and data')!;
  await click(label);
  await waitUntil(
    () =>
      $$(element, '[part~="results"] h1, [part~="results"] h2, [part~="results"] h3, [part~="results"] h4, [part~="results"] h5, [part~="results"] h6').length,
  );
  return { element, heading: $(element, '[part~="results"] :is(h1, h2, h3, h4, h5, h6)') };
}

describe('heading levels when the page gives the title', () => {
  for (const [attributes, level] of [
    ['no-title heading-level="3"', 'h3'],
    ['no-title', 'h2'],
    ['heading-level="3"', 'h4'],
    ['', 'h3'],
  ])
    it(`<h2>…</h2><career-picker ${attributes}> => "Other roles" is an ${level}`, async () => {
      const { element, heading } = await otherRoles(`<section><h2>Careers</h2><career-picker src="${HEALTHCARE}" ${attributes}></career-picker></section>`);
      expect(text(heading)).to.equal('Other roles');
      expect(heading.localName).to.equal(level);
      if (attributes.includes('heading-level="3"')) return;
      expect(skips(outline(element.parentElement!)), outline(element.parentElement!).join(' ')).to.equal(false);
    });

  it('<h2>…</h2><career-picker no-title heading-level="3"> under an h2 => the outline goes h2 → h3, skipping no level', async () => {
    const { element } = await otherRoles(`<section><h2>Careers</h2><career-picker src="${HEALTHCARE}" no-title heading-level="3"></career-picker></section>`);
    expect(outline(element.parentElement!)).to.deep.equal(['h2', 'h3']);
  });

  it('<h2>…</h2><career-compare no-title heading-level="3" layout="stacked"> => one h3 per path', async () => {
    const element = await render(
      `<section><h2>Compare</h2><career-compare src="${HEALTHCARE}" no-title heading-level="3" layout="stacked"></career-compare></section>`,
    );
    expect(outline(element.parentElement!)).to.deep.equal(['h2', 'h3', 'h3']);
  });

  it('"Other roles" => no part attribute: a part that names nothing is not written', async () => {
    const { heading } = await otherRoles(`<career-picker src="${HEALTHCARE}"></career-picker>`);
    expect(heading.hasAttribute('part')).to.equal(false);
  });
});
