/** The iframe way's height: the widget rendered out of sight as the embed page renders it, and measured. */
import { expect } from '@open-wc/testing';
import '../../src/career-paths.js';
import { measuredHeight } from '../../src/editor/iframe.js';
import type { Dataset } from '../../src/dataset/format.js';
import { fivePaths, twoPaths } from '../helpers.js';

describe('measuredHeight()', () => {
  const longer: Dataset = {
    ...twoPaths,
    criteria: [...twoPaths.criteria, { id: 'more', label: 'More', values: { nursing: ['a', 'b', 'c', 'd', 'e'], pharmacy: 'f' } }],
  };
  const height = (width: number, widget: 'compare' | 'picker', dataset: Dataset, attributes = {}) =>
    measuredHeight(document, width, widget, attributes, dataset);

  it('should grow with the rows the comparison shows', async () => {
    const base = await height(720, 'compare', twoPaths);
    expect(await height(720, 'compare', longer)).to.be.above(base);
    expect(await height(720, 'compare', twoPaths, { criteria: 'focus' })).to.be.below(base);
    expect(await height(720, 'compare', twoPaths, { 'no-title': true })).to.be.below(base);
  });

  it('should grow with every role the picker lists', async () => {
    const roles = (n: number): Dataset => ({
      ...twoPaths,
      roles: Array.from({ length: n }, (_, i) => ({ id: `r${i}`, title: `Role ${i}`, path: 'nursing' })),
    });
    expect(await height(720, 'picker', roles(5))).to.be.above(await height(720, 'picker', roles(2)));
    expect(await height(720, 'picker', roles(50))).to.be.above(await height(720, 'picker', roles(20)));
  });

  it('should be taller on a phone, where five paths stack, than on a wide page', async () => {
    expect(await height(390, 'compare', fivePaths)).to.be.above((await height(1440, 'compare', fivePaths)) * 1.5);
  });

  it('should leave nothing behind on the page', async () => {
    const before = document.body.childElementCount;
    await height(720, 'compare', twoPaths);
    expect(document.body.childElementCount).to.equal(before);
  });
});
