/** The one way the widgets raise an event: bubbling, composed, from the element itself. */

/** The opened role and its path; both `null` when the student closed the role. */
export type CareerSelectDetail = { roleId: string; pathId: string } | { roleId: null; pathId: null };

export interface CareerFilterDetail {
  pathId: string | null;
  interests: string[];
  matches: string[];
}

export interface CareerCtaDetail {
  href: string;
  pathId: string | null;
  roleId: string | null;
  source: 'compare' | 'picker';
}

export interface DataIssue {
  /** A JSON path such as `roles[3].path`. */
  path: string;
  message: string;
}

export interface CareerErrorDetail {
  message: string;
  issues: DataIssue[];
}

export interface CareerEvents {
  'career-select': CustomEvent<CareerSelectDetail>;
  'career-filter': CustomEvent<CareerFilterDetail>;
  'career-cta': CustomEvent<CareerCtaDetail>;
  'career-error': CustomEvent<CareerErrorDetail>;
}

/** Dispatches a career event; returns false when a listener cancelled it. */
export function emit<K extends keyof CareerEvents>(target: EventTarget, type: K, detail: CareerEvents[K]['detail'], cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface GlobalEventHandlersEventMap extends CareerEvents {}
}
