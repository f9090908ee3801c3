import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/career-paths.js';
import { isSafeUrl } from '../../src/shared/links.js';
import { deepElements } from './watch.js';
import { json, waitUntil } from '../helpers.js';

/** What the browser itself makes of an `href`: the scheme a click would follow. */
function browserScheme(url: string) {
  const link = document.createElement('a');
  link.href = url;
  return link.protocol;
}

/** The schemes a rendered link may have; ":" is a URL the browser cannot parse and will not follow. */
const followed = ['http:', 'https:', 'mailto:', 'tel:', ':'];

describe('isSafeUrl() against tricks', () => {
  const cases: [url: string, safe: boolean][] = [
    ['JaVaScRiPt:alert(1)', false],
    ['\u0001\u0002javascript:alert(1)', false],
    ['javascript:alert(1)\u0000', false],
    ['\u000bjavascript:alert(1)', false],
    ['\u001fjavascript:alert(1)', false],
    ['j\ra\nv\ta\r\nscript:alert(1)', false],
    ['javascript\t:alert(1)', false],
    ['  \t\n javascript:alert(1)', false],
    ['jav&#x09;ascript:alert(1)', true], // an entity stays text in an attribute set from code: a relative URL
    ['&#106;avascript:alert(1)', true],
    ['javascript&colon;alert(1)', true],
    ['\u00a0javascript:alert(1)', true], // a no-break space is not trimmed: a relative URL
    ['java\u0000script:alert(1)', true], // a NUL inside is not removed: no scheme, a relative URL
    ['javascript :alert(1)', true],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', false],
    ['DATA:text/html,x', false],
    ['blob:https://example.edu/1', false],
    ['about:blank', false],
    ['ftp://example.edu', false],
    ['jar:file:///x!/', false],
    ['x-javascript:alert(1)', false],
    ['livescript:alert(1)', false],
    ['HTTPS://example.edu', true],
    ['\thttps://example.edu\n', true],
    ['//example.edu/apply', true],
    ['?a=1', true],
    ['#apply', true],
    ['', true],
    ['MAILTO:info@example.edu?subject=Hi', true],
    ['tel:+1 (555) 555-0100', true],
  ];
  for (const [url, safe] of cases) {
    it(`should judge ${JSON.stringify(url)} ${safe ? 'safe' : 'unsafe'}, as the browser would follow it`, () => {
      expect(isSafeUrl(url)).to.equal(safe);
      if (safe) expect(followed).to.include(browserScheme(url));
      else expect(followed).not.to.include(browserScheme(url));
    });
  }

  it('should never call safe a URL that the browser follows to another scheme', () => {
    // Strings built from the pieces that tricks are made of.
    const piece = fc.constantFrom(
      'javascript',
      'JaVa',
      'script',
      'data',
      'vbscript',
      'http',
      'https',
      'mailto',
      'tel',
      ':',
      '//',
      '/',
      '?',
      '#',
      '&#58;',
      '&colon;',
      '%3A',
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u0008',
      '\u001f',
      ' ',
      '\u00a0',
      '\u2028',
      '\ufeff',
      'a',
      '1',
      '+',
      '.',
      '-',
      '\\',
      'alert(1)',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join('')),
        (url) => {
          if (isSafeUrl(url)) expect(followed, JSON.stringify(url)).to.include(browserScheme(url));
        },
      ),
      { numRuns: 500 },
    );
  });
});

const dataset = (href: string, newTab?: boolean) => ({
  version: 1,
  title: 'Links',
  paths: [{ id: 'management', name: 'Management', cta: { label: 'Apply', href, newTab } }],
  criteria: [{ id: 'pay', label: 'Pay', value: '$1', source: { name: 'BLS', url: href } }],
  roles: [{ id: 'director', title: 'Director', path: 'management', cta: { label: 'Ask', href, newTab } }],
  cta: { label: 'Contact', href, newTab },
});

/** Every link in an element's shadow root once it has rendered its data. */
async function linksOf(markup: string) {
  const element = await fixture<HTMLElement>(markup);
  await waitUntil(() => element.shadowRoot?.querySelector('table, section, [part~="results"], [part~="error"]'), 'the element did not render');
  await waitUntil(() => element.shadowRoot!.querySelector('a, [part~="error"]'), 'no link was rendered');
  return deepElements(element.shadowRoot!).filter((node): node is HTMLAnchorElement => node.localName === 'a');
}

for (const markup of [
  (data: string) => `<career-compare data='${data}'></career-compare>`,
  (data: string) => `<career-picker data='${data}' selected="director"></career-picker>`,
]) {
  const tag = /[\w-]+/.exec(markup(''))![0];
  describe(`<${tag}> links`, () => {
    it('should open a call to action in the same tab by default', async () => {
      const links = await linksOf(markup(json(dataset('https://example.edu/apply'))));
      expect(links.length).to.be.greaterThan(0);
      for (const link of links) {
        expect(link.getAttribute('href')).to.equal('https://example.edu/apply');
        expect(link.hasAttribute('target'), link.outerHTML).to.equal(false);
      }
    });

    it('should open it in a new tab with rel="noopener" when the dataset says "newTab": true', async () => {
      const links = (await linksOf(markup(json(dataset('https://example.edu/apply', true))))).filter((link) => link.matches('[part~="cta"]'));
      expect(links.length).to.be.greaterThan(0);
      for (const link of links) {
        expect(link.target).to.equal('_blank');
        expect(link.relList.contains('noopener'), link.outerHTML).to.equal(true);
      }
    });

    for (const href of ['javascript:alert(1)', ' JAVA\tSCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x']) {
      it(`should render no link for ${JSON.stringify(href)}`, async () => {
        const links = await linksOf(markup(json(dataset(href))));
        expect(links).to.deep.equal([]);
      });
    }

    it('should render only safe links, whatever the data says', async () => {
      for (const href of ['/apply', 'mailto:a@example.edu', 'tel:+15555550100', '&#106;avascript:alert(1)', '\u00a0javascript:x']) {
        for (const link of await linksOf(markup(json(dataset(href))))) {
          expect(followed, link.outerHTML).to.include(link.protocol);
          if (link.target === '_blank') expect(link.relList.contains('noopener')).to.equal(true);
        }
      }
    });
  });
}
