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
  container.replaceChildren();
  const box = document.createElement('div');
  box.className = 'fatal';
  box.setAttribute('role', 'alert');
  const h = document.createElement('h2');
  h.textContent = title;
  const p = document.createElement('p');
  p.textContent = detail;
  box.append(h, p);
  container.append(box);
}
