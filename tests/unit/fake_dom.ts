/**
 * A few lines of DOM for rendering the panels in Node (the unit tests run without a browser):
 * elements with children, attributes, dataset and textContent, text nodes, and `document`.
 * Enough for ui/dom.ts `el()` and what the panels call on what it makes; nothing more.
 */
export class FakeNode {
  children: FakeNode[] = [];
  attributes: Record<string, string> = {};
  dataset: Record<string, string> = {};
  className = '';
  lang = '';
  private text = '';
  constructor(
    readonly tagName: string,
    text = '',
  ) {
    this.text = text;
  }
  get textContent(): string {
    return this.tagName === '#text' ? this.text : this.children.map((c) => c.textContent).join('');
  }
  set textContent(t: string) {
    if (this.tagName === '#text') this.text = t;
    else this.children = [new FakeNode('#text', t)];
  }
  append(...nodes: (FakeNode | string)[]): void {
    for (const n of nodes) this.children.push(typeof n === 'string' ? new FakeNode('#text', n) : n);
  }
  replaceChildren(...nodes: (FakeNode | string)[]): void {
    this.children = [];
    this.append(...nodes);
  }
  setAttribute(k: string, v: string): void {
    this.attributes[k] = v;
  }
  /** This node and every node under it, depth first. */
  *all(): Generator<FakeNode> {
    yield this;
    for (const c of this.children) yield* c.all();
  }
  /** The elements under this one (itself included) with a class. */
  byClass(name: string): FakeNode[] {
    return [...this.all()].filter((n) => n.className.split(' ').includes(name));
  }
  byTag(tag: string): FakeNode[] {
    return [...this.all()].filter((n) => n.tagName === tag);
  }
}

/** Install the fake `document` (once per test file). */
export function installFakeDom(): void {
  (globalThis as unknown as { document: unknown }).document = {
    createElement: (tag: string) => new FakeNode(tag),
    createTextNode: (text: string) => new FakeNode('#text', text),
  };
}
