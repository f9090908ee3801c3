import { expect } from '@open-wc/testing';
import { isSafeUrl, withParams } from '../../src/shared/links.js';

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
  ];
  for (const [url, safe] of cases) {
    it(`should judge ${JSON.stringify(url)} ${safe ? 'safe' : 'unsafe'}`, () => {
      expect(isSafeUrl(url)).to.equal(safe);
    });
  }
});
