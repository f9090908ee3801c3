/** The package for bundler users: the elements (registered on import), their types and helpers. */
import './career-paths.js';

export { CareerCompare } from './elements/career-compare.js';
export { CareerPicker } from './elements/career-picker.js';
export { rank, type Ranked } from './elements/rank.js';
export { validate, parseJson, type Validation } from './dataset/validate.js';
export { parseJsonWithPosition } from './dataset/json-position.js';
export { warnings } from './dataset/warnings.js';
export type * from './dataset/format.js';
export type * from './shared/events.js';
export { VERSION } from './version.js';
