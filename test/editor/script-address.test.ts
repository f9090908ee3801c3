import { expect } from '@open-wc/testing';
import { beside, CDN_URL, unreachable } from '../../src/editor/snippet.js';
import { VERSION } from '../../src/version.js';
import { click, text, waitUntil } from '../helpers.js';
import { HOSTED_DROP_IN, mountEditorPage } from './helpers.js';

describe('beside(dropIn, file)', () => {
  for (const [dropIn, expected] of [
    ['https://careers.example.edu/career-paths/career-paths.js', 'https://careers.example.edu/career-paths/embed.html'],
    ['http://www.example.edu:8080/dist/career-paths.js?v=2', 'http://www.example.edu:8080/dist/embed.html'],
    ['https://[2001:db8::1]/career-paths.js', 'https://[2001:db8::1]/embed.html'],
    ['file:///home/editor/dist/career-paths.js', undefined],
    ['http://localhost:8000/dist/career-paths.js', undefined],
    ['http://127.0.0.1/career-paths.js', undefined],
    ['http://192.168.1.20/career-paths.js', undefined],
    ['http://10.0.0.5/career-paths.js', undefined],
    ['http://172.20.0.1/career-paths.js', undefined],
    ['http://[::1]:8000/career-paths.js', undefined],
    ['http://school-laptop.local/career-paths.js', undefined],
    ['http://intranet/career-paths.js', undefined],
    ['', undefined],
  ] as const)
    it(`${dropIn || "''"} => ${expected ?? 'none: ' + unreachable(dropIn)}`, () => {
      expect(beside(dropIn, 'embed.html')).to.equal(expected);
      if (expected) expect(unreachable(dropIn)).to.equal('');
      else expect(unreachable(dropIn)).to.match(/^This editor /);
    });
});

describe('where the snippet loads the script from', () => {
  let page: Awaited<ReturnType<typeof mountEditorPage>>;
  afterEach(() => page.remove());

  const snippet = () => page.$<HTMLTextAreaElement>('#snippet').value;
  const choices = () => page.$$('input[name="script"]').map((input) => text(input.closest('label')!));
  const chosen = () => page.$$<HTMLInputElement>('input[name="script"]').find((input) => input.checked)?.value;

  describe('when the editor is served from a public address', () => {
    it('should default to the career-paths.js beside the editor, as an absolute address, and the embed page likewise', async () => {
      page = await mountEditorPage({ dropIn: HOSTED_DROP_IN });
      expect(chosen()).to.equal('beside');
      await waitUntil(snippet, 'no snippet was written');
      expect(snippet()).to.match(/^<script src="https:\/\/careers\.example\.edu\/career-paths\/career-paths\.js" defer><\/script>\n<career-compare[ >]/);
      await click(page.$('input[name="embedding"][value="iframe"]'));
      expect(page.$<HTMLInputElement>('#embed-page').value).to.equal('https://careers.example.edu/career-paths/embed.html');
      await waitUntil(() => snippet().startsWith('<iframe'), 'no iframe snippet was written');
      expect(snippet()).to.include('src="https://careers.example.edu/career-paths/embed.html?widget=compare');
    });

    it(`should offer the pinned CDN address, version ${VERSION}, once published`, async () => {
      page = await mountEditorPage({ dropIn: HOSTED_DROP_IN });
      const cdn = choices().find((choice) => choice.includes(CDN_URL));
      expect(cdn).to.include(`version ${VERSION}`).and.to.include('once it is published');
      expect(CDN_URL).to.equal(`https://cdn.jsdelivr.net/npm/career-paths@${VERSION}/dist/career-paths.js`);
      await click(page.$('input[name="script"][value="cdn"]'));
      await waitUntil(() => snippet().startsWith(`<script src="${CDN_URL}" defer>`), 'the snippet does not load the CDN address');
    });
  });

  for (const [where, dropIn, why] of [
    ['from a file on disk', 'file:///home/editor/dist/career-paths.js', 'This editor is opened from a file on this computer'],
    ['from a local address', 'http://localhost:8000/dist/career-paths.js', 'This editor is opened from a local address (localhost:8000)'],
  ])
    describe(`when the editor is opened ${where}`, () => {
      it('should ask for the address where the school will host the files, and say why', async () => {
        page = await mountEditorPage({ dropIn });
        expect(chosen()).to.equal('self');
        expect(choices().some((choice) => choice.includes(dropIn))).to.be.false;
        expect(snippet()).to.equal('');
        expect(text(page.$('#script-url-hint')))
          .to.include(why)
          .and.to.include('give the address where your school will host career-paths.js');
        await click(page.$('#script-url'));
        page.$<HTMLInputElement>('#script-url').value = 'https://www.example.edu/assets/career-paths.js';
        page.$('#script-url').dispatchEvent(new InputEvent('input', { bubbles: true }));
        await waitUntil(snippet, 'no snippet was written');
        expect(snippet()).to.match(/^<script src="https:\/\/www\.example\.edu\/assets\/career-paths\.js" defer>/);

        await click(page.$('input[name="embedding"][value="iframe"]'));
        expect(page.$<HTMLInputElement>('#embed-page').value).to.equal('');
        expect(text(page.$('#embed-page-hint'))).to.include(why);
      });
    });
});
