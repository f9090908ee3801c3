/**
 * What the safety tests watch on the page: `career-error` events, `console` calls, errors that
 * reach the window, and dialogs or a global that injected code would open or set.
 */
import type { CareerErrorDetail } from '../../src/shared/events.js';

declare global {
  interface Window {
    /** Set by any code that the data would manage to run. */
    careerPwned?: unknown;
  }
}

export interface Watch {
  events: CareerErrorDetail[];
  logged: unknown[][];
  warned: unknown[][];
  thrown: unknown[];
  dialogs: unknown[][];
  stop(): void;
}

/** Starts watching; call `stop()` (e.g. in `afterEach`) to restore the page. */
export function watch(): Watch {
  const { error, warn } = console;
  const { alert, confirm, prompt } = window;
  const result: Watch = {
    events: [],
    logged: [],
    warned: [],
    thrown: [],
    dialogs: [],
    stop() {
      Object.assign(console, { error, warn });
      Object.assign(window, { alert, confirm, prompt });
      document.removeEventListener('career-error', onEvent);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
  const onEvent = (event: CustomEvent<CareerErrorDetail>) => result.events.push(event.detail);
  const onError = (event: ErrorEvent) => result.thrown.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => result.thrown.push(event.reason);
  console.error = (...args: unknown[]) => result.logged.push(args);
  console.warn = (...args: unknown[]) => result.warned.push(args);
  const dialog = (...args: unknown[]) => void result.dialogs.push(args);
  Object.assign(window, { alert: dialog, confirm: dialog, prompt: dialog });
  document.addEventListener('career-error', onEvent);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  delete window.careerPwned;
  return result;
}

/** The shown error of an element, if any. */
export const errorOf = (element: Element) => element.shadowRoot?.querySelector<HTMLElement>('[part~="error"]') ?? null;

/** Every element in a shadow root and in the shadow roots within it. */
export function deepElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? deepElements(element.shadowRoot) : [])]);
}
