/** The embed page's pure helpers: reading an address, the dataset in the fragment, the iframe snippet. */
import { expect } from '@open-wc/testing';
import { decodeDataset, encodeDataset, MAX_URL_LENGTH } from '../../src/embed/fragment.js';
import { embedPage, embedUrl, fitsInUrl, hostScriptUrl, iframeSnippet, SANDBOX } from '../../src/editor/iframe.js';
import { readParams } from '../../src/embed/params.js';
import { fivePaths } from '../helpers.js';

describe('readParams()', () => {
  const cases: [search: string, expected: ReturnType<typeof readParams>][] = [
    ['', { widget: null, attributes: [] }],
    ['?widget=table&src=a.json', { widget: null, attributes: [] }],
    ['?widget=constructor&src=a.json', { widget: null, attributes: [] }],
    ['?widget=compare&src=a.json', { widget: 'compare', attributes: [['src', 'a.json']] }],
    [
      '?src=a.json&widget=picker&selected=rn&path=nursing',
      {
        widget: 'picker',
        attributes: [
          ['src', 'a.json'],
          ['path', 'nursing'],
          ['selected', 'rn'],
        ],
      },
    ],
    // Attributes of the other widget, unknown names and element-only attributes are ignored.
    ['?widget=compare&path=x&selected=y&data={}&sync-url&id=z&onclick=x&style=x', { widget: 'compare', attributes: [] }],
    ['?widget=picker&paths=x&layout=table&highlight=y', { widget: 'picker', attributes: [] }],
    // The first of repeated names; `+` and escapes decoded; empty values kept (boolean attributes).
    [
      '?widget=compare&paths=a+b&paths=c&no-title&link-params=utm_source%3Dlms%26x%3D1',
      {
        widget: 'compare',
        attributes: [
          ['no-title', ''],
          ['link-params', 'utm_source=lms&x=1'],
          ['paths', 'a b'],
        ],
      },
    ],
  ];
  for (const [search, expected] of cases)
    it(`should read "${search}" as ${JSON.stringify(expected)}`, () => {
      expect(readParams(search)).to.deep.equal(expected);
    });
});

describe('encodeDataset() and decodeDataset()', () => {
  it('should carry a dataset through the fragment unchanged, shorter than its JSON', async () => {
    const json = JSON.stringify(fivePaths);
    const fragment = await encodeDataset(json);
    expect(fragment).to.match(/^data=[A-Za-z0-9_-]+$/);
    expect(fragment.length).to.be.below(json.length);
    expect(await decodeDataset(`#${fragment}`)).to.equal(json);
  });

  it('should carry text outside ASCII', async () => {
    const json = JSON.stringify({ title: 'Enfermería — 看護 🩺' });
    expect(await decodeDataset(await encodeDataset(json))).to.equal(json);
  });

  it('should find no dataset in a fragment without data=', async () => {
    expect(await decodeDataset('')).to.equal(null);
    expect(await decodeDataset('#picker=path:a')).to.equal(null);
  });

  for (const damaged of ['#data=***', '#data=%%', '#data=A'])
    it(`should reject the damaged fragment "${damaged}"`, async () => {
      let error: unknown;
      await decodeDataset(damaged).catch((e) => (error = e));
      expect(error).to.be.instanceOf(Error);
    });

  it('should reject a fragment cut short', async () => {
    const fragment = await encodeDataset(JSON.stringify(fivePaths));
    let error: unknown;
    await decodeDataset(fragment.slice(0, fragment.length - 20)).catch((e) => (error = e));
    expect(error).to.be.instanceOf(Error);
  });

  it('should stop unpacking past the limit', async () => {
    const fragment = await encodeDataset(' '.repeat(200_000));
    expect(fragment.length).to.be.below(1000);
    let error: unknown;
    await decodeDataset(fragment, 100_000).catch((e) => (error = e));
    expect(error).to.be.instanceOf(RangeError);
    expect(await decodeDataset(fragment, 200_000)).to.have.length(200_000);
  });
});

describe('embedUrl()', () => {
  const page = 'https://school.example/careers/';
  const cases: [page: string, args: Parameters<typeof embedUrl>, expected: string][] = [
    [page, [page, 'compare', {}], 'https://school.example/careers/embed.html?widget=compare'],
    ['no slash', ['https://school.example/careers', 'compare', {}], 'https://school.example/careers/embed.html?widget=compare'],
    ['the page itself', ['https://school.example/e.html?x=1#y', 'picker', {}], 'https://school.example/e.html?widget=picker'],
    [
      'attributes in the widget order, others left out',
      [page, 'compare', { id: 'x', 'sync-url': true, layout: 'stacked', src: '/c.json', 'no-title': true, 'link-params': 'a=1&b=2' }],
      'https://school.example/careers/embed.html?widget=compare&src=%2Fc.json&no-title=&link-params=a%3D1%26b%3D2&layout=stacked',
    ],
    ['a fragment', [page, 'picker', { path: 'a b' }, 'data=abc'], 'https://school.example/careers/embed.html?widget=picker&path=a+b#data=abc'],
  ];
  for (const [name, args, expected] of cases)
    it(`should build ${name}: ${expected}`, () => {
      expect(embedUrl(...args)).to.equal(expected);
    });

  it('should give back what the embed page reads', () => {
    const url = new URL(embedUrl(page, 'picker', { src: 'x y.json', path: 'a&b', interests: 'p q', selected: '"r"', lang: 'es' }));
    expect(readParams(url.search)).to.deep.equal({
      widget: 'picker',
      attributes: [
        ['src', 'x y.json'],
        ['lang', 'es'],
        ['path', 'a&b'],
        ['interests', 'p q'],
        ['selected', '"r"'],
      ],
    });
  });

  it('should put the host script beside the embed page', () => {
    expect(hostScriptUrl(page)).to.equal('https://school.example/careers/embed.js');
    expect(embedPage('https://school.example/careers/embed.html')).to.equal('https://school.example/careers/embed.html');
  });
});

describe('fitsInUrl()', () => {
  it(`should take an address of ${MAX_URL_LENGTH} characters and no more`, () => {
    expect(fitsInUrl('x'.repeat(MAX_URL_LENGTH))).to.equal(true);
    expect(fitsInUrl('x'.repeat(MAX_URL_LENGTH + 1))).to.equal(false);
  });
});

describe('iframeSnippet()', () => {
  it('should give a titled, sandboxed frame with the address escaped', () => {
    const snippet = iframeSnippet({ url: 'https://s.example/embed.html?widget=compare&src=a"b', title: 'Nursing <or> "Pharmacy"', height: 480 });
    const frame = new DOMParser().parseFromString(snippet, 'text/html').querySelector('iframe')!;
    expect(frame.getAttribute('src')).to.equal('https://s.example/embed.html?widget=compare&src=a"b');
    expect(frame.title).to.equal('Nursing <or> "Pharmacy"');
    expect(frame.getAttribute('height')).to.equal('480');
    expect(frame.hasAttribute('data-career-paths')).to.equal(true);
    expect(frame.getAttribute('sandbox')).to.equal(SANDBOX);
    expect([...frame.sandbox]).to.include.members(['allow-scripts', 'allow-top-navigation-by-user-activation', 'allow-popups']);
    expect([...frame.sandbox]).not.to.include.members(['allow-top-navigation']);
  });
});
