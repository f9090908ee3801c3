/**
 * Two versions of the script on one page. This file imports the elements only after the page
 * has its own `<career-compare>`, as another copy of the script would have left it.
 */
import { expect } from '@open-wc/testing';
import { watch, type Watch } from './watch.js';
import { text, waitUntil } from '../helpers.js';

/** What another version of the script would have defined. */
class OtherCompare extends HTMLElement {
  static version = '0.0.1';
}
class OtherPicker extends HTMLElement {
  static version = '0.0.2';
}

describe('two versions of the script on one page', () => {
  let page: Watch;
  let picker: HTMLElement;

  before(async () => {
    page = watch();
    customElements.define('career-compare', OtherCompare);
    // Already in the page before the script runs: upgraded when it runs.
    picker = document.createElement('career-picker');
    picker.setAttribute('data', JSON.stringify({ version: 1, title: 'T', paths: [{ id: 'a', name: 'Upgraded path' }] }));
    document.body.append(picker);
    await import('../../src/career-paths.js');
  });

  after(() => page.stop());

  it('should keep the first definition of a tag', () => {
    expect(customElements.get('career-compare')).to.equal(OtherCompare);
  });

  it('should define the tags that were free, and upgrade elements already in the page', async () => {
    expect(customElements.get('career-picker')).not.to.equal(undefined);
    await waitUntil(() => text(picker.shadowRoot).includes('Upgraded path'), 'the picker did not upgrade');
  });

  it('should warn once about the mismatch, naming both versions, and throw nothing', async () => {
    expect(page.warned.filter((args) => /career-paths/.test(String(args[0])))).to.have.length(1);
    expect(String(page.warned.find((args) => /career-paths/.test(String(args[0])))![0])).to.match(/0\.0\.1/);
    expect(page.thrown).to.deep.equal([]);
  });

  it('should still warn only once when a third copy arrives', async () => {
    const { define } = await import('../../src/define.js');
    define('career-picker', OtherPicker);
    define('career-compare', OtherPicker);
    define('career-other-tag-from-a-third-copy', class extends HTMLElement {});
    expect(page.warned.filter((args) => /career-paths/.test(String(args[0])))).to.have.length(1);
    expect(page.thrown).to.deep.equal([]);
  });
});
