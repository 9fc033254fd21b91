import { el } from './dom';

/** True when the browser can create a WebGL2 context, which MapLibre GL JS 5+ requires. */
export function hasWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return canvas.getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

/** Replace the map area with a readable message (used when WebGL2 is missing or the map fails). */
export function showFatal(container: HTMLElement, title: string, detail: string): void {
  document.getElementById('map-loading')?.remove();
  container.replaceChildren();
  const box = el('div', { className: 'fatal' });
  box.setAttribute('role', 'alert');
  box.append(el('h2', { textContent: title }), el('p', { textContent: detail }));
  container.append(box);
}
