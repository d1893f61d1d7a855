const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Creates an SVG element with attributes (values are set as text, never parsed as markup). The ring uses this, not
 * d3-selection's `create`, because it also renders at build time through build/stringDom.ts (see ARCHITECTURE.md).
 */
export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}
