import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, HEALTHCARE, render, text } from '../helpers.js';
import '../../src/career-paths.js';

describe('status messages (WCAG 4.1.3)', () => {
  for (const lang of ['en', 'es'])
    it(`<career-picker lang="${lang}"> => an empty role="status" region from the first render, then the count in digits after each change`, async () => {
      const element = await render(`<career-picker src="${HEALTHCARE}" lang="${lang}"></career-picker>`);
      const status = $(element, '[role="status"]');
      expect(status.getAttribute('part')).to.equal('status');
      expect(text(status)).to.equal('');
      $$<HTMLInputElement>(element, '[type="radio"]')[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect($(element, '[role="status"]'), 'the same region, not a new one').to.equal(status);
      expect(text(status)).to.equal(lang === 'en' ? '5 roles match' : '5 puestos coinciden');
      $<HTMLInputElement>(element, '[value="records"]').focus();
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(text(status)).to.equal(lang === 'en' ? '1 role matches' : '1 puesto coincide');
    });
});
