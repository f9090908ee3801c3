/**
 * The dataset editor page (demo/builder.html, and dist/editor.html from the build). The example
 * is bundled in, so that the page works from any static host and from a file on disk, where
 * nothing relative can be fetched.
 */
import example from '../../data/healthcare-management-vs-administration.json';
import { mountEditor } from './editor.js';

mountEditor(document.querySelector<HTMLElement>('#editor')!, { example });
