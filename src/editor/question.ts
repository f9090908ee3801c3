/**
 * The editor's question before a change that cannot be taken lightly: a native modal `<dialog>`,
 * so the browser keeps the focus inside it and Escape cancels. Without choices the focus starts on
 * "Cancel": Enter, pressed out of habit, keeps the work.
 */
import { html, nothing } from 'lit';

export interface Question {
  title: string;
  message: string;
  action: string;
  /** Radio choices, the first one chosen. */
  choices?: { value: string; label: string }[];
  run: (choice: string) => void;
  /** The id of the control that opened the question, focused again when it closes. */
  returnTo: string;
}

/** The dialog, empty while nothing is asked; `answer` hears "yes" or "no" (Cancel, Escape). */
export const questionDialog = (question: Question | undefined, answer: (ok: boolean) => void) =>
  html`<dialog id="confirm" aria-labelledby="confirm-title" aria-describedby="confirm-message" @close=${() => answer(false)}>
    ${
      question
        ? html`<h2 id="confirm-title">${question.title}</h2>
          <p id="confirm-message">${question.message}</p>
          ${
            question.choices
              ? html`<fieldset>
                <legend>Its roles</legend>
                ${question.choices.map(
                  (choice, i) =>
                    html`<label class="choice"><input type="radio" name="choice" .value=${choice.value} ?checked=${i === 0} ?autofocus=${i === 0} /> ${choice.label}</label>`,
                )}
              </fieldset>`
              : nothing
          }
          <div class="actions">
            <button type="button" id="confirm-ok" @click=${() => answer(true)}>${question.action}</button>
            <button type="button" id="confirm-cancel" ?autofocus=${!question.choices} @click=${() => answer(false)}>Cancel</button>
          </div>`
        : nothing
    }
  </dialog>`;

/** Opens the dialog drawn in `root` if a question waits and it is not open yet, focus where it starts. */
export function showQuestion(root: ParentNode, question: Question | undefined) {
  const dialog = root.querySelector<HTMLDialogElement>('#confirm');
  if (!question || !dialog || dialog.open) return;
  dialog.showModal();
  dialog.querySelector<HTMLElement>('[autofocus]')?.focus();
}

/** The choice made in the dialog, and the dialog closed. */
export function closeQuestion(root: ParentNode) {
  const choice = root.querySelector<HTMLInputElement>('#confirm input[name="choice"]:checked')?.value ?? '';
  root.querySelector<HTMLDialogElement>('#confirm')?.close();
  return choice;
}
