// Runs first in a page served with a strict Content-Security-Policy: collects every violation
// and error while the widgets render, then checks that the policy is enforced at all (a probe
// that must be blocked), and posts what it saw to the test that framed the page.
const violations = [];
const errors = [];
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.effectiveDirective || event.violatedDirective}: ${event.blockedURI || event.sample || ''}`),
);
addEventListener('error', (event) => errors.push(String(event.error?.message ?? event.message)));

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function report() {
  const [compare, picker, broken] = document.querySelectorAll('career-compare, career-picker');
  const ready = () =>
    compare.shadowRoot?.querySelector('table, section') &&
    picker.shadowRoot?.querySelector('[part~="role-details"]') &&
    broken.shadowRoot?.querySelector('[part~="error"] button');
  for (let i = 0; i < 300 && !ready(); i++) await frame();
  await frame(); // violations are reported in a task of their own
  const fromWidgets = violations.splice(0);

  // Probes: an inline style (blocked by style-src 'self' in every engine) and, where the engine
  // has trusted types, a string given to innerHTML.
  const style = document.createElement('style');
  style.textContent = 'p { color: red }';
  document.head.append(style);
  let trustedTypesBlocked = null;
  if (window.trustedTypes) {
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      trustedTypesBlocked = false;
    } catch {
      trustedTypesBlocked = true;
    }
  }
  for (let i = 0; i < 50 && violations.length < (window.trustedTypes ? 2 : 1); i++) await frame();

  parent.postMessage(
    {
      csp: true,
      rendered: !!ready(),
      fromWidgets,
      fromProbes: violations,
      errors,
      trustedTypes: !!window.trustedTypes,
      trustedTypesBlocked,
      adoptedStyles: [compare, picker].every((element) => element.shadowRoot.adoptedStyleSheets.length > 0),
      styleElements: [compare, picker].reduce((n, element) => n + element.shadowRoot.querySelectorAll('style').length, 0),
      // Shadow styles applied: the hosts are blocks, as their :host rules say.
      hostDisplay: [compare, picker].map((element) => getComputedStyle(element).display),
    },
    '*',
  );
}

addEventListener('load', report);
