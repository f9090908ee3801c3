/** The built-in words in English. Every language has the same keys (checked by a test). */
export const en = {
  badge: 'Our program',
  roles: 'Typical roles',
  source: 'Source',
  about: 'About',
  nextStep: 'Next step',
  comparePaths: 'Paths to compare',
  atLeastTwo: '(at least two)',
  pathQuestion: 'Which path interests you?',
  allPaths: 'All paths',
  interestQuestion: 'What do you enjoy?',
  matches: '{n} roles match',
  matchesOne: '1 role matches',
  matchedBy: 'Matches:',
  otherRoles: 'Other roles',
  noMatch: 'No role matches your choices.',
  clear: 'Clear choices',
  path: 'Path',
  duties: 'Duties',
  onet: 'O*NET-SOC code',
  error: 'The career information could not be shown.',
  retry: 'Try again',
};

export type Words = typeof en;
