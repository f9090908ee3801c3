import { css } from 'lit';

/**
 * What both elements share: the `--career-*` design tokens (defaults meet WCAG 2.2 AA on a white
 * page) and the few rules every view needs. Only the page's font, line height and visibility
 * come in: `all: initial` stops the other inherited properties a theme may set on the body
 * (text-transform, letter-spacing, caption-side, list-style…). Custom properties still inherit.
 */
export const shared = css`
  :host {
    all: initial;
    visibility: inherit;
    display: block;
    --_accent: var(--career-accent, #1d4ed8);
    --_accent-text: var(--career-accent-text, #ffffff);
    --_text: var(--career-text, #1f2328);
    --_muted: var(--career-muted, #57606a);
    --_surface: var(--career-surface, #ffffff);
    --_border: var(--career-border, #767676);
    --_radius: var(--career-radius, 6px);
    color: var(--_text);
    font: var(--career-font, inherit);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  [part~='title'] {
    margin: 0 0 0.5em;
  }
  [part~='cta'] {
    display: inline-block;
    min-height: 24px;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
    text-decoration: none;
  }
  [part~='cta']:hover {
    text-decoration: underline;
  }
  [part~='error'] {
    padding: 0.75em 1em;
    border: 2px solid #b42318;
    border-radius: var(--_radius);
    color: #7a271a;
    background: #fff;
    overflow-wrap: anywhere;
  }
  /* The choices both elements offer: paths to compare, a path, interests. */
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    min-width: 0;
    margin: 0 0 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  label {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 24px;
  }
  input {
    width: 1.1em;
    height: 1.1em;
    margin: 0;
    accent-color: var(--_accent);
  }
  button {
    font: inherit;
    min-height: 24px;
  }
  .muted {
    color: var(--_muted);
  }
`;
