/**
 * Just enough of `document` for the app's SVG helpers (src/charts/svg.ts, ring.ts) to run in Node at build time
 * and serialise to markup: createElementNS, setAttribute, append, textContent and outerHTML.
 */
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

class StringElement {
  readonly #tag: string;
  readonly #attrs = new Map<string, string>();
  #children: (StringElement | string)[] = [];

  constructor(tag: string) {
    this.#tag = tag;
  }
  setAttribute(name: string, value: string): void {
    this.#attrs.set(name, String(value));
  }
  getAttribute(name: string): string | null {
    return this.#attrs.get(name) ?? null;
  }
  append(...nodes: (StringElement | string)[]): void {
    this.#children.push(...nodes);
  }
  set textContent(text: string) {
    this.#children = [text];
  }
  get outerHTML(): string {
    const attrs = [...this.#attrs].map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
    const inner = this.#children.map((c) => (typeof c === 'string' ? escapeText(c) : c.outerHTML)).join('');
    return `<${this.#tag}${attrs}>${inner}</${this.#tag}>`;
  }
}

/** Runs `draw` with a string-building `document` in place, returning the outer markup of what it returns. */
export function renderToString(draw: () => Element): string {
  const g = globalThis as { document?: unknown };
  const saved = g.document;
  g.document = { createElementNS: (_ns: string, tag: string) => new StringElement(tag) };
  try {
    return (draw() as unknown as StringElement).outerHTML;
  } finally {
    g.document = saved;
  }
}
