/** The snippet builder page (demo/builder.html). */
import { mountBuilder } from './page.js';

mountBuilder(document);
