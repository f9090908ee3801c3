import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers.js';

describe('dist/career-paths.js in a <script type="module">', () => {
  it('should register both elements and render', async () => {
    document.body.innerHTML = `<career-compare data='{"version":1,"title":"T","paths":[{"id":"a","name":"Path A"}]}'></career-compare>`;
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/dist/career-paths.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('the script did not load'));
      document.head.append(script);
    });
    expect(customElements.get('career-picker')).to.exist;
    const compare = document.querySelector('career-compare')!;
    await waitUntil(() => compare.shadowRoot?.querySelector('th[scope="col"]'));
    expect(compare.shadowRoot!.querySelector('th[scope="col"]')!.textContent!.trim()).to.equal('Path A');
  });
});
