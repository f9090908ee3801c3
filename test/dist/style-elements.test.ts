import { expect } from '@open-wc/testing';
import { $, twoPaths, json, waitUntil } from '../helpers.js';

// Safari before 16.4 cannot give a document or a shadow root constructed style sheets: there
// LitElement writes the styles as <style> elements in the shadow root instead. It decides when
// the script loads, from the document's `adoptedStyleSheets`.
describe('dist/career-paths.js in a browser without adoptedStyleSheets', () => {
  before(async () => {
    delete (Document.prototype as Partial<Document>).adoptedStyleSheets;
    delete (ShadowRoot.prototype as Partial<ShadowRoot>).adoptedStyleSheets;
    expect('adoptedStyleSheets' in Document.prototype).to.equal(false);
    document.body.innerHTML = `<career-compare layout="table" data='${json(twoPaths)}'></career-compare>`;
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/dist/career-paths.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('the script did not load'));
      document.head.append(script);
    });
  });

  it('should style its view with style elements', async () => {
    const compare = document.querySelector('career-compare')!;
    await waitUntil(() => compare.shadowRoot?.querySelector('table'), 'the table did not render');
    expect(compare.shadowRoot!.querySelectorAll('style')).to.have.length(2);
    expect(getComputedStyle($(compare, 'table')).borderCollapse).to.equal('collapse');
    expect(getComputedStyle($(compare, '[part~="cta"]')).backgroundColor).to.equal('rgb(29, 78, 216)');
  });
});
