/** The drop-in file: registers `<career-compare>` and `<career-picker>`. */
import { define } from './define.js';
import { CareerCompare } from './elements/career-compare.js';
import { CareerPicker } from './elements/career-picker.js';

define('career-compare', CareerCompare);
define('career-picker', CareerPicker);
