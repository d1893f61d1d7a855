/** An area's name cut after each "/" ("Tingbjerg/Utterslevhuse" → "Tingbjerg/", "Utterslevhuse"). */
export function namePieces(name: string): string[] {
  return name.split(/(?<=\/)/);
}

/**
 * An area's name as nodes that may break only after a "/" (a `<wbr>` there, each part a span kept whole by CSS
 * where needed): the two-place names ("Tingbjerg/Utterslevhuse") can go on two lines on a phone's map and in a
 * narrow table column, and no name is ever broken inside a word (issue 10). The map picture writes the same
 * markup as a string (build/mapPicture.ts).
 */
export function nameParts(name: string, className: string): Node[] {
  return namePieces(name).flatMap((part, i) => {
    const span = document.createElement('span');
    span.className = className;
    span.textContent = part;
    return i === 0 ? [span] : [document.createElement('wbr'), span];
  });
}
