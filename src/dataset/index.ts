/**
 * `career-paths/dataset`: the dataset's format, validation and types, without the elements. It
 * defines nothing and needs no DOM, so that a server, a build script or a test can check a
 * dataset with it.
 */
export { validate, parseJson, type Validation } from './validate.js';
export { parseJsonWithPosition } from './json-position.js';
export { warnings } from './warnings.js';
export type * from './format.js';
export type { DataIssue } from '../shared/events.js';
