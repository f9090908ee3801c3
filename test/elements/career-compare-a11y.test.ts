import { expect } from '@open-wc/testing';
import { $, $$, fivePaths, HEALTHCARE, json, renderCompare, shown, violations } from '../helpers.js';
import '../../src/career-paths.js';

describe('<career-compare>: accessibility', () => {
  for (const [width, markup] of [
    [900, `<career-compare src="${HEALTHCARE}" highlight="management"></career-compare>`],
    [300, `<career-compare src="${HEALTHCARE}" highlight="management"></career-compare>`],
    [300, `<career-compare src="${HEALTHCARE}" layout="table" no-title></career-compare>`],
    [900, `<career-compare data='${json(fivePaths)}' lang="es"></career-compare>`],
  ] as const)
    it(`${markup} at ${width}px => no axe violation`, async () => {
      const element = await renderCompare(`<div style="width: ${width}px">${markup}</div>`);
      expect(await violations(element)).to.deep.equal([]);
    });

  it('should mark the highlighted column by more than colour: a badge and a thicker top border', async () => {
    const element = await renderCompare(`<div style="width: 900px"><career-compare src="${HEALTHCARE}" highlight="management"></career-compare></div>`);
    const [marked, plain] = $$(element, 'th[scope="col"]');
    expect(shown(marked.querySelector('[part~="badge"]'))).to.be.true;
    expect(parseFloat(getComputedStyle(marked).borderTopWidth)).to.be.at.least(parseFloat(getComputedStyle(plain).borderTopWidth) + 3);
  });

  it('should keep the caption for assistive technology when the title is left out', async () => {
    const element = await renderCompare(`<div style="width: 900px"><career-compare src="${HEALTHCARE}" no-title></career-compare></div>`);
    const caption = $(element, 'caption')!;
    expect(caption.textContent).to.equal('Healthcare Management vs. Healthcare Administration');
    expect(caption.getBoundingClientRect().width * caption.getBoundingClientRect().height).to.be.at.most(1);
  });

  it('should give the checkboxes and calls to action targets of at least 24 by 24 pixels', async () => {
    const element = await renderCompare(
      `<div style="width: 900px"><career-compare data='${json({ ...fivePaths, paths: fivePaths.paths.map((path) => ({ ...path, cta: { label: 'Go', href: '/go' } })) })}' layout="table"></career-compare></div>`,
    );
    for (const target of [...$$(element, 'label'), ...$$(element, 'a[part~="cta"]')]) {
      const { width, height } = target.getBoundingClientRect();
      expect(Math.min(width, height), target.textContent!).to.be.at.least(24);
    }
  });
});
