/**
 * Text sizes for charts drawn without measuring the DOM (they are functions of data and size, and also run in
 * jsdom): a generous estimate of a line's width, and greedy word wrapping to a width.
 */

/** Average glyph advance as a share of the font size; wide enough for DejaVu Sans, the widest system font here. */
const ADVANCE = { regular: 0.6, bold: 0.68 } as const;

/** Estimated width (CSS px) of `text` at `fontPx`, never less than the real width in common sans fonts. */
export function textWidth(text: string, fontPx: number, bold = false): number {
  return text.length * fontPx * ADVANCE[bold ? 'bold' : 'regular'];
}

/** `text` broken at spaces into lines no wider than `width` (a single longer word keeps its own line). */
export function wrapText(text: string, width: number, fontPx: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontPx, bold) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Width (CSS px) of the longest single word of `text`. */
export function longestWord(text: string, fontPx: number, bold = false): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => textWidth(w, fontPx, bold)));
}
