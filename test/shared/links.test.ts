import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { toJsonSchema } from '../../src/dataset/json-schema.js';
import { ALLOWED_SCHEMES, SAFE_URL_PATTERN, isSafeUrl, withParams } from '../../src/shared/links.js';

describe('withParams()', () => {
  const cases: [url: string, params: string | undefined, expected: string][] = [
    ['https://example.edu/apply', 'utm_source=site', 'https://example.edu/apply?utm_source=site'],
    ['https://example.edu/apply?x=1', 'utm_source=site', 'https://example.edu/apply?x=1&utm_source=site'],
    ['https://example.edu/apply#form', 'utm_source=site', 'https://example.edu/apply?utm_source=site#form'],
    ['https://example.edu/apply?x=1#form', 'utm_source=site&utm_medium=widget', 'https://example.edu/apply?x=1&utm_source=site&utm_medium=widget#form'],
    ['https://example.edu/apply?', 'a=1', 'https://example.edu/apply?a=1'],
    ['/apply', '?a=1', '/apply?a=1'],
    ['https://example.edu/', '', 'https://example.edu/'],
    ['https://example.edu/', undefined, 'https://example.edu/'],
    ['mailto:info@example.edu', 'a=1', 'mailto:info@example.edu'],
    ['tel:+15555550100', 'a=1', 'tel:+15555550100'],
  ];
  for (const [url, params, expected] of cases) {
    it(`should turn ${url} with link-params="${params}" into ${expected}`, () => {
      expect(withParams(url, params)).to.equal(expected);
    });
  }
});

describe('isSafeUrl()', () => {
  const cases: [url: string, safe: boolean][] = [
    ['https://example.edu', true],
    ['http://example.edu', true],
    ['mailto:a@b.c', true],
    ['tel:123', true],
    ['/relative', true],
    ['relative/path', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    [' javascript:alert(1)', false],
    ['\u0000javascript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['data:text/html,x', false],
    ['vbscript:x', false],
    ['file:///etc/passwd', false],
    ['\u0001javascript:alert(1)', false],
    ['javascript\r:alert(1)', false],
    ['httpx:alert(1)', false],
    ['\u00a0javascript:x', true],
    ['ht\ttps://example.edu', true],
    ['https\n://example.edu', true],
    ['java script:x', true],
  ];
  for (const [url, safe] of cases) {
    it(`should judge ${JSON.stringify(url)} ${safe ? 'safe' : 'unsafe'}`, () => {
      expect(isSafeUrl(url)).to.equal(safe);
    });
  }
});

describe('one definition of a safe URL', () => {
  it('should be the pattern that data/schema.json gives every URL', () => {
    expect(toJsonSchema({ type: 'url' })).to.include({ pattern: SAFE_URL_PATTERN });
  });

  // The browser's own URL parser is the judge: a URL is safe when the scheme it reads (against
  // an https: page) is an allowed one. The pattern is read as JSON Schema tools read it, with "u".
  it("should agree with the browser's URL parser on any mix of schemes, controls, tabs and spaces", () => {
    const allowed = ALLOWED_SCHEMES.map((scheme) => `${scheme}:`);
    const piece = fc.constantFrom(
      'java',
      'script',
      'JavaScript',
      'http',
      'HTTPS',
      'mailto',
      'tel',
      'data',
      ':',
      '/',
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u0001',
      ' ',
      '\u00a0',
      '\u3000',
      'x',
      '+',
      '.',
      '-',
      '1',
      '#',
      '?',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join('')),
        (url) => {
          let scheme: string;
          try {
            scheme = new URL(url, 'https://example.edu/page').protocol;
          } catch {
            return; // not a URL at all: no link to follow
          }
          expect(isSafeUrl(url), JSON.stringify(url)).to.equal(allowed.includes(scheme));
          expect(new RegExp(SAFE_URL_PATTERN, 'u').test(url), JSON.stringify(url)).to.equal(allowed.includes(scheme));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
