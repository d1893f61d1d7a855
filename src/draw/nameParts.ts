/**
 * An area's name as nodes that may break only after a "/" (a `<wbr>` there, each part a span kept whole by CSS
 * where needed): the two-place names ("Tingbjerg/Utterslevhuse") can go on two lines on a phone's map and in a
 * narrow table column, and no name is ever broken inside a word (issue 10).
 */
export function nameParts(name: string, className: string): Node[] {
  return name.split(/(?<=\/)/).flatMap((part, i) => {
    const span = document.createElement('span');
    span.className = className;
    span.textContent = part;
    return i === 0 ? [span] : [document.createElement('wbr'), span];
  });
}
