/**
 * The last step of the editor, placing the widget on a site: the element's attributes as the
 * settings give them, and the form that chooses where the snippet keeps the data (inside the
 * snippet, in a file on the site, in a frame) and where the script comes from.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../dataset/format.js';
import type { Attributes } from './escape.js';
import type { Settings } from './editor.js';
import { slug } from './fields.js';
import { hostScriptUrl, SANDBOX } from './iframe.js';
import { CDN_URL, EMBEDDINGS } from './snippet.js';
import { MAX_URL_LENGTH } from '../embed/fragment.js';
import { VERSION } from '../version.js';
import { languageCode } from './plain.js';

/** The element's attributes as `settings` give them for `data`, leaving out every default. */
export function widgetAttributes(settings: Settings, data: Dataset): Attributes {
  const chosen: Attributes = {};
  const choose = (name: string, value: string, unless = '') => {
    if (value.trim() !== unless) chosen[name] = value.trim();
  };
  const known = (id: string) => data.paths.some((path) => path.id === id);
  if (settings.tag === 'career-picker') {
    if (settings.syncUrl || settings.id.trim()) chosen.id = settings.id.trim() || 'career-picker';
    if (known(settings.path)) choose('path', settings.path);
    if (settings.syncUrl) chosen['sync-url'] = true;
  } else {
    const shown = (name: string, all: string[], hidden: string[]) => {
      const kept = all.filter((id) => !hidden.includes(id));
      if (kept.length && kept.length < all.length) chosen[name] = kept.join(' ');
    };
    shown(
      'paths',
      data.paths.map((path) => path.id),
      settings.hiddenPaths,
    );
    shown('criteria', [...(data.criteria ?? []).map((criterion) => criterion.id), 'roles'], settings.hiddenCriteria);
    if (known(settings.highlight)) choose('highlight', settings.highlight);
    choose('layout', settings.layout, 'auto');
  }
  choose('heading-level', settings.headingLevel, '2');
  if (settings.noTitle) chosen['no-title'] = true;
  choose('link-params', settings.linkParams);
  // The dataset's language marks the element's content, once it is a language code.
  if (typeof data.lang === 'string' && !('problem' in languageCode(data.lang))) choose('lang', data.lang);
  return chosen;
}

/** The name of the JSON file downloaded for `data`: its title, in lower case with dashes. */
export const jsonFileName = (data: Dataset) => `${slug(typeof data.title === 'string' ? data.title : '') || 'career-data'}.json`;

/** Saves `data` as a JSON file through the browser's download; gives back the file's name. */
export function downloadJson(data: Dataset, parent: HTMLElement): string {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2) + '\n'], { type: 'application/json' }));
  link.download = jsonFileName(data);
  parent.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return link.download;
}

/**
 * The width the iframe way measures the widget at: the width the preview gives the widget, which
 * shows it as the page will; where the preview is out of sight, a common column of text.
 */
export function frameWidth(preview: HTMLElement | null): number {
  if (!preview?.clientWidth) return 720;
  const style = getComputedStyle(preview);
  return Math.floor(preview.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
}

/**
 * Calls `changed` once the width of `box` has changed from the width it has now and stays put
 * for a moment: a window dragged wider is measured once, and never inside the observer's own
 * callback, where drawing the page again would resize what it observes.
 */
export function followWidth(box: HTMLElement, changed: () => void): { disconnect: () => void } {
  let width = box.clientWidth;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new ResizeObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (box.clientWidth === width) return;
      width = box.clientWidth;
      changed();
    }, 100);
  });
  observer.observe(box);
  return {
    disconnect: () => {
      clearTimeout(timer);
      observer.disconnect();
    },
  };
}

/** What the placement form shows and changes. */
export interface Placement {
  settings: Settings;
  /** The data the snippet is written from, if it has no problems. */
  data: Dataset | undefined;
  /** The drop-in beside the editor, where visitors can reach it, or why there is none. */
  hosted: { script?: string; why: string };
  /** The frame's measured height and the width it was measured at, once known. */
  frame: { width: number; height: number } | undefined;
  /** The last JSON file downloaded here, if any. */
  downloaded: string;
  setting: <K extends keyof Settings>(name: K, value: Settings[K]) => void;
  /** What is wrong with a typed setting, once it is to be shown ('' when nothing is). */
  problem: (name: keyof Settings) => string;
  /** A typed setting's field was left: its problem may show from now on. */
  leave: (name: keyof Settings) => void;
  download: () => void;
}

/** The fieldsets of the "Place it on your site" step. */
export function placementForm({ settings: s, data, hosted, frame, downloaded, setting, problem, leave, download }: Placement): TemplateResult {
  const radio = <K extends keyof Settings>(name: K, value: Settings[K], label: TemplateResult | string) =>
    html`<label class="choice"><input type="radio" name=${name} value=${String(value)} .checked=${s[name] === value} @change=${() => setting(name, value)} /> ${label}</label>`;
  const input = (name: 'src' | 'embedPage' | 'iframeSrc' | 'scriptUrl', id: string, label: string, hint: string | TemplateResult) => {
    const why = problem(name);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <p class="hint" id="${id}-hint">${hint}</p>
      <input type="text" id=${id} autocapitalize="off" spellcheck="false" .value=${s[name]} aria-invalid=${why ? 'true' : nothing}
        aria-describedby="${id}-hint${why ? ` ${id}-problem` : ''}"
        @input=${(event: Event) => setting(name, (event.target as HTMLInputElement).value)} @blur=${() => leave(name)} />
      ${why ? html`<p class="problem" id="${id}-problem">${why}</p>` : nothing}
    </div>`;
  };
  const fileName = data ? jsonFileName(data) : 'the JSON file';
  const file = html`<div class="field">
    <button type="button" class="download-json" ?disabled=${!data} @click=${download}>Download the JSON file</button>
    <p role="status" class="hint">${downloaded ? `Downloaded ${downloaded}.` : nothing}</p>
  </div>`;
  const page = s.embedPage.trim();
  return html`<fieldset>
      <legend>Where the snippet keeps the data</legend>
      ${EMBEDDINGS.map((way) => radio('embedding', way.value, way.label))}
      ${
        s.embedding === 'src'
          ? html`<div id="src-options">
            ${file}
            ${input(
              'src',
              'src',
              'Address of the JSON file on your site',
              html`Upload <strong>${fileName}</strong> to your site, where it keeps files or media, then paste the address the site gives it here, such as
                https://www.example.edu/files/${fileName}. After a change here, download the file again and upload it in place of the old one.`,
            )}
          </div>`
          : nothing
      }
      ${s.embedding === 'iframe' ? iframeOptions() : nothing}
    </fieldset>
    ${
      s.embedding === 'iframe'
        ? nothing
        : html`<fieldset>
          <legend>Where the script comes from</legend>
          ${hosted.script ? radio('script', 'beside', html`This copy, beside the editor: <code>${hosted.script}</code>`) : nothing}
          ${radio('script', 'cdn', html`The public CDN, version ${VERSION}, once it is published on npm: <code>${CDN_URL}</code>`)}
          ${radio('script', 'self', 'The address where your school hosts career-paths.js')}
          ${
            s.script === 'self'
              ? input(
                  'scriptUrl',
                  'script-url',
                  'Address of your copy of career-paths.js',
                  hosted.why
                    ? `${hosted.why}: give the address where your school will host career-paths.js (put the files of dist/ on its web server), such as https://www.example.edu/assets/career-paths.js.`
                    : 'Such as /assets/career-paths.js.',
                )
              : nothing
          }
        </fieldset>`
    }`;

  /** The iframe way: the embed page, an optional JSON file, and what the frame will be. */
  function iframeOptions() {
    return html`<div id="iframe-options">
      ${input(
        'embedPage',
        'embed-page',
        'Address of the embed page',
        html`${hosted.why ? `${hosted.why}. ` : ''}Put the files of <code>dist/</code> on a web server, then give the address of <code>embed.html</code> or
          of its folder.`,
      )}
      ${file}
      ${input(
        'iframeSrc',
        'iframe-src',
        'Address of the JSON file on your site (optional)',
        `Left empty, the data travels inside the frame's address, up to ${MAX_URL_LENGTH.toLocaleString('en')} characters. Otherwise upload ${fileName} and paste its address here.`,
      )}
      <p class="hint">
        The frame is <span id="iframe-height">${frame ? frame.height : '–'}</span> pixels high: the height of the widget at the preview's width,
        <span id="iframe-width">${frame ? frame.width : '–'}</span> pixels. On a narrower page it scrolls inside itself. Where the site can load one script on every page, add
        <code id="host-script">${page ? hostScriptUrl(page) : 'embed.js'}</code> and the frame takes the widget's height.
      </p>
      <p class="hint">
        The snippet gives the frame the recommended <code>sandbox</code>, <code id="iframe-sandbox">${SANDBOX}</code>: the widget's script, its own
        origin to read a JSON file beside it, links that open a new tab, and leaving the frame only when the reader clicks.
      </p>
    </div>`;
  }
}
