// What the user is told: an error banner (translated, dismissible), a notice above the article, and the
// progress indicator shown while a page is processed.
import type { UserError } from '../../shared/types';
import { t } from '../i18n';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function errorText(error: UserError): string {
  return t(`errors:${error.code}`, { ...error.params, defaultValue: t('errors:unexpected', { reason: error.code }) });
}

export function showError(error: UserError): void {
  const box = byId('message');
  box.replaceChildren();
  const text = document.createElement('span');
  text.textContent = errorText(error);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'dismiss';
  close.textContent = '×';
  close.setAttribute('aria-label', t('message.dismiss'));
  close.addEventListener('click', () => (box.hidden = true));
  box.append(text, close);
  box.dataset.code = error.code;
  box.hidden = false;
}

export function clearError(): void {
  byId('message').hidden = true;
}

export function showNotice(text: string | null): void {
  const notice = byId('notice');
  notice.textContent = text ?? '';
  notice.hidden = !text;
}

/** Show progress and let the browser paint it before the (synchronous) pipeline runs. */
export async function showProgress(on: boolean): Promise<void> {
  byId('progress').hidden = !on;
  document.body.toggleAttribute('aria-busy', on);
  if (on) await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}
