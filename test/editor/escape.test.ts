import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { attributeHtml, escapeHtml, scriptJson } from '../../src/editor/escape.js';

/** Texts that try to break out of an attribute, a script or the page. */
const hostile = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "'><svg onload=alert(1)>",
  '</script><script>alert(1)</script>',
  '</SCRIPT >',
  '<!--<script>',
  '<!-- --> & &amp; &lt; &#x3c;',
  'a\u2028b\u2029c\0d',
  '\\</script>',
];

/** Strings made of the pieces that matter to the HTML parser, and anything else. */
const risky = fc
  .array(fc.oneof(fc.constantFrom('<', '>', '/', '!', '-', '"', "'", '&', '\\', 'script', 'SCRIPT', ' ', '<!--', '</'), fc.string()), { maxLength: 20 })
  .map((parts) => parts.join(''));

const parse = (markup: string) => new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html').body;

describe('escapeHtml()', () => {
  const cases: [text: string, escaped: string][] = [
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
    ['Tom & "Jerry" <b>\'s</b>', 'Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt;'],
    ['plain text, ñ, 😀', 'plain text, ñ, 😀'],
  ];
  for (const [text, escaped] of cases)
    it(`should write ${JSON.stringify(text)} as ${escaped}`, () => {
      expect(escapeHtml(text)).to.equal(escaped);
    });

  it('should read back as the same text inside an element, for any string', () => {
    fc.assert(
      fc.property(risky, (text) => {
        const body = parse(`<p>${escapeHtml(text)}</p>`);
        expect(body.children).to.have.length(1);
        expect(body.firstElementChild!.children).to.have.length(0);
        // The parser turns a NUL and a CR into something else; everything else must come back.
        expect(body.textContent).to.equal(text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD'));
      }),
    );
  });
});

describe('attributeHtml()', () => {
  it('should write text attributes double-quoted and boolean attributes bare', () => {
    expect(attributeHtml({ id: 'roles', 'sync-url': true, 'link-params': 'a=1&b="2"' })).to.equal(' id="roles" sync-url link-params="a=1&amp;b=&quot;2&quot;"');
  });

  for (const text of hostile)
    it(`<career-compare data="${text}"> => one element whose attribute reads back unchanged`, () => {
      const body = parse(`<career-compare${attributeHtml({ data: JSON.stringify({ title: text }) })}></career-compare>`);
      expect([...body.querySelectorAll('*')].map((element) => element.localName)).to.deep.equal(['career-compare']);
      expect(JSON.parse(body.firstElementChild!.getAttribute('data')!)).to.deep.equal({ title: text });
    });

  it('should give back any JSON text from the data attribute', () => {
    fc.assert(
      fc.property(fc.array(risky), (texts) => {
        const json = JSON.stringify(texts);
        const body = parse(`<career-compare${attributeHtml({ data: json })}></career-compare>`);
        expect(body.querySelectorAll('*')).to.have.length(1);
        expect(body.firstElementChild!.attributes).to.have.length(1);
        expect(JSON.parse(body.firstElementChild!.getAttribute('data')!)).to.deep.equal(texts);
      }),
    );
  });
});

describe('scriptJson()', () => {
  it('should escape "</" as "<\\/" and "<!--" so that JSON still parses', () => {
    const json = scriptJson(JSON.stringify({ a: '</script>', b: '<!--' }));
    expect(json).to.equal('{"a":"<\\/script>","b":"\\u003c!--"}');
    expect(JSON.parse(json)).to.deep.equal({ a: '</script>', b: '<!--' });
  });

  for (const text of hostile)
    it(`<script type="application/json">${text}</script> => the script holds all the JSON and nothing follows it`, () => {
      const body = parse(`<career-picker><script type="application/json">${scriptJson(JSON.stringify({ title: text }))}</script></career-picker><p>after</p>`);
      expect([...body.querySelectorAll('*')].map((element) => element.localName)).to.deep.equal(['career-picker', 'script', 'p']);
      expect(JSON.parse(body.querySelector('script')!.textContent!)).to.deep.equal({ title: text });
    });

  it('should keep any JSON inside its script', () => {
    fc.assert(
      fc.property(fc.array(risky), (texts) => {
        const body = parse(`<script type="application/json">${scriptJson(JSON.stringify(texts))}</script><p>after</p>`);
        expect([...body.children].map((element) => element.localName)).to.deep.equal(['script', 'p']);
        expect(JSON.parse(body.querySelector('script')!.textContent!)).to.deep.equal(texts);
      }),
    );
  });
});
