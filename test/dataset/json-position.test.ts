import { expect } from '@open-wc/testing';
import { parseJsonWithPosition } from '../../src/dataset/json-position.js';

describe('parseJsonWithPosition()', () => {
  const cases: [json: string, message: string][] = [
    ['{\n  "version": 1,\n  "title": "Trailing comma",\n}', 'unexpected "}" at line 4, column 1'],
    ['{"version": 1, "title": "x"', 'it ends too early at line 1, column 28'],
    ['{"version": 1,\n "title": \'x\'}', 'unexpected "\'" at line 2, column 11'],
    ['{"version": 1,\n\n   "title": "two\nlines"}', 'unexpected "\\n" at line 3, column 17'],
    ['{"version": 01}', 'unexpected "1" at line 1, column 14'],
    ['{version: 1}', 'unexpected "v" at line 1, column 2'],
    ['{"a": [1, 2,]}', 'unexpected "]" at line 1, column 13'],
    ['{"a": "\\x"}', 'unexpected "\\\\" at line 1, column 8'],
    // A \u escape without four hex digits: at the first character that is not one, as engines say.
    ['{"a": "Contact\\us"}', 'unexpected "s" at line 1, column 17'],
    ['{"a": "x\\u12"}', 'unexpected "\\"" at line 1, column 13'],
    ['{"a": 1} {"b": 2}', 'unexpected "{" at line 1, column 10'],
    // A broken true, false or null: at its first wrong character.
    ['{"a": tr0ue}', 'unexpected "0" at line 1, column 9'],
    ['{"a": [fals]}', 'unexpected "]" at line 1, column 12'],
    ['{"a": nul', 'it ends too early at line 1, column 10'],
    ['{"a": True}', 'unexpected "T" at line 1, column 7'],
    ['<!doctype html>', 'unexpected "<" at line 1, column 1'],
    ['', 'it ends too early at line 1, column 1'],
  ];
  for (const [json, message] of cases) {
    it(`${JSON.stringify(json)} => "The JSON is malformed: ${message}"`, () => {
      expect(parseJsonWithPosition(json)).to.deep.equal({ ok: false, issue: { path: '', message: `The JSON is malformed: ${message}` } });
    });
  }

  it('should name the file when given one', () => {
    const result = parseJsonWithPosition('{,}', 'https://example.edu/data.json');
    expect(result.ok ? '' : result.issue.message).to.equal('The JSON in https://example.edu/data.json is malformed: unexpected "," at line 1, column 2');
  });

  it('should parse valid JSON as JSON.parse does', () => {
    expect(parseJsonWithPosition('{"a": [1, "two", null]}')).to.deep.equal({ ok: true, value: { a: [1, 'two', null] } });
  });
});
