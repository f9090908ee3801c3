/** The package for bundler users: the elements (registered on import), their types and helpers. */
import './career-paths.js';

export { CareerCompare } from './elements/career-compare.js';
export { CareerPicker } from './elements/career-picker.js';
export { rank, type Ranked } from './elements/rank.js';
export * from './dataset/index.js';
export type * from './shared/events.js';
export { VERSION } from './version.js';
