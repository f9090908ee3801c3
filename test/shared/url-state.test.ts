import { expect } from '@open-wc/testing';
import { readState, writeState, type PickerState } from '../../src/shared/url-state.js';

const state = (path?: string, interests: string[] = [], role?: string): PickerState => ({ path, interests, role });

describe('readState()', () => {
  const cases: [hash: string, id: string, expected: PickerState | undefined][] = [
    ['', 'picker', undefined],
    ['#', 'picker', undefined],
    ['#intro', 'picker', undefined],
    ['#picker', 'picker', undefined],
    ['#picker=', 'picker', state()],
    ['#picker=path:management', 'picker', state('management')],
    ['#picker=interests:strategy+finance', 'picker', state(undefined, ['strategy', 'finance'])],
    [
      '#picker=path:management,interests:strategy+finance,role:hospital-administrator',
      'picker',
      state('management', ['strategy', 'finance'], 'hospital-administrator'),
    ],
    ['#role:x,path:a', 'picker', undefined],
    ['#intro&picker=role:office-manager&other=path:a', 'picker', state(undefined, [], 'office-manager')],
    ['#other=path:a&picker=path:b', 'other', state('a')],
    ['#my-picker=path:a&picker=path:b', 'picker', state('b')],
    ['#picker=path:,interests:+,bogus', 'picker', state()],
    ['#pick%20er=path:a', 'pick er', state('a')],
  ];
  for (const [hash, id, expected] of cases)
    it(`should read "${hash}" for id "${id}" as ${JSON.stringify(expected)}`, () => {
      expect(readState(hash, id)).to.deep.equal(expected);
    });
});

describe('writeState()', () => {
  const cases: [hash: string, id: string, written: PickerState, expected: string][] = [
    ['', 'picker', state('management'), 'picker=path:management'],
    ['#', 'picker', state(undefined, ['a', 'b']), 'picker=interests:a+b'],
    ['', 'picker', state('m', ['a', 'b'], 'r'), 'picker=path:m,interests:a+b,role:r'],
    ['#intro', 'picker', state('m'), 'intro&picker=path:m'],
    ['#intro&picker=path:m&other=role:x', 'picker', state('n', ['a']), 'intro&picker=path:n,interests:a&other=role:x'],
    ['#intro&picker=path:m&other=role:x', 'picker', state(), 'intro&other=role:x'],
    ['#picker=path:m', 'picker', state(), ''],
    ['#my-picker=path:m', 'picker', state(undefined, [], 'r'), 'my-picker=path:m&picker=role:r'],
    ['', 'pick er', state('m'), 'pick%20er=path:m'],
  ];
  for (const [hash, id, written, expected] of cases)
    it(`should write ${JSON.stringify(written)} for id "${id}" into "${hash}" as "${expected}"`, () => {
      expect(writeState(hash, id, written)).to.equal(expected);
    });

  it('should read back what it wrote', () => {
    const written = state('management', ['strategy', 'finance'], 'hospital-administrator');
    expect(readState(writeState('#intro&other=path:x', 'picker', written), 'picker')).to.deep.equal(written);
  });
});
