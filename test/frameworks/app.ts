import type { Dataset } from '../../src/dataset/format.js';

/**
 * What each framework's fixture app exports. The app renders a `<career-compare>` and a
 * `<career-picker>` from the first dataset, a "Switch dataset" button that gives both the next
 * one, and an `<output>` with the open role as the app's own state knows it (from
 * `career-select`).
 */
export interface FixtureApp {
  unmount(): void;
}

export type Mount = (container: HTMLElement, datasets: Dataset[]) => FixtureApp;

/** What the React page rendered on a server exports (react-ssr-app.tsx). */
export interface ServerRenderedApp {
  /** The page's markup, as the server sends it. */
  render(src: string, dataset: Dataset): string;
  /** Hydrates the server's markup in `container`. */
  hydrate(container: HTMLElement, src: string, dataset: Dataset): FixtureApp;
}
