import { expect } from '@open-wc/testing';

interface Report {
  rendered: boolean;
  fromWidgets: string[];
  fromProbes: string[];
  errors: string[];
  trustedTypes: boolean;
  trustedTypesBlocked: boolean | null;
  adoptedStyles: boolean;
  styleElements: number;
  hostDisplay: string[];
}

/**
 * Frames a page served with a strict policy (see web-test-runner.config.mjs) that loads the built
 * file and a dataset by `src`, and returns what the page saw. The page is separate because the
 * test runner's own page needs inline scripts.
 */
function framed(path: string) {
  return new Promise<Report>((resolve) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px';
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || !event.data?.csp) return;
      removeEventListener('message', onMessage);
      frame.remove();
      resolve(event.data);
    };
    addEventListener('message', onMessage);
    frame.src = path;
    document.body.append(frame);
  });
}

// Every engine enforces default-src, script-src and style-src. Trusted types
// (require-trusted-types-for, trusted-types) are checked where the engine has them: the report
// says so, and the test checks that a string given to innerHTML is then blocked.
for (const [path, what] of [
  ['/test/pages/csp.html', `script-src 'self'; style-src 'self'; trusted-types lit-html`],
  ['/test/pages/csp-twice.html', `the script loaded twice, trusted-types lit-html 'allow-duplicates'`],
]) {
  describe(`a page with Content-Security-Policy ${what}`, () => {
    let report: Report;
    before(async function () {
      this.timeout(20000);
      report = await framed(path);
    });

    it('should render both elements, the error view included', () => {
      expect(report.rendered).to.equal(true);
    });

    it('should cause no violation and no error', () => {
      expect(report.fromWidgets).to.deep.equal([]);
      expect(report.errors).to.deep.equal([]);
    });

    it('should style the shadow roots with adopted style sheets, not <style> elements', () => {
      expect(report.adoptedStyles).to.equal(true);
      expect(report.styleElements).to.equal(0);
      expect(report.hostDisplay).to.deep.equal(['block', 'block']);
    });

    it('should be a page where the policy is enforced (an inline style is reported)', () => {
      expect(
        report.fromProbes.some((violation) => /^style-src/.test(violation)),
        report.fromProbes.join(),
      ).to.equal(true);
    });

    it('should be a page where trusted types are enforced, in engines that have them', function () {
      if (!report.trustedTypes) this.skip();
      expect(report.trustedTypesBlocked).to.equal(true);
      expect(
        report.fromProbes.some((violation) => /^require-trusted-types-for/.test(violation)),
        report.fromProbes.join(),
      ).to.equal(true);
    });
  });
}
