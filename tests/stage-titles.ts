/** The stage headings a learner sees, in order, as the tests expect them written. */
export const STAGE_TITLES = [
  'Web foundations',
  'Internet and tools',
  'Server language',
  'Data skills',
  'APIs and security',
  'Testing and shipping',
  'Beyond',
];
