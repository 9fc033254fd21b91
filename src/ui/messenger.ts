import { el } from './dom';
import { msg } from '../text/i18n';

/** A message line over the map (role=alert for errors, status for news). */
export function messenger(host: HTMLElement): (message: string, kind: 'error' | 'info') => void {
  const box = el('div', { className: 'swapmap-message', hidden: true });
  const text = el('span');
  const close = el('button', { type: 'button', textContent: '×' });
  close.setAttribute('aria-label', msg().page.dismiss);
  close.addEventListener('click', () => (box.hidden = true));
  box.append(text, close);
  host.append(box);
  return (message, kind) => {
    text.textContent = message;
    box.dataset.kind = kind;
    box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    box.hidden = false;
  };
}
