/** A new element with the given properties set (className, textContent, type, htmlFor, …). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

/** Save a blob under a file name through a temporary link. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A citation as a list item: its source, and its title (an English article's English title: marked so). */
export function citation(c: { source: string; title: string }): HTMLLIElement {
  const li = el('li');
  li.append(el('strong', { textContent: c.source }), document.createTextNode(': '), el('span', { lang: 'en', textContent: c.title }));
  return li;
}
