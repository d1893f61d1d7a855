/**
 * A name folded for searching: lower case, accents dropped, and the Danish letters and their ASCII spellings
 * brought to one form (æ/ae → a, ø/oe → o, å/aa → a), so "hoergaarden", "Horgarden" and "hørgården" agree.
 */
export function foldName(s: string): string {
  return s
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replaceAll('aa', 'a')
    .replaceAll('ae', 'a')
    .replaceAll('oe', 'o')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Ids of the items whose name matches the query, names starting with it first, then by name; all for "". */
export function searchByName<T extends { id: string; navn: string }>(
  items: readonly T[],
  query: string,
): string[] {
  const q = foldName(query);
  const scored = items
    .map((item) => ({ item, name: foldName(item.navn) }))
    .filter(({ name }) => q === '' || name.includes(q))
    .map(({ item, name }) => ({ item, rank: name.startsWith(q) || name.includes(` ${q}`) ? 0 : 1 }));
  scored.sort((a, b) => a.rank - b.rank || a.item.navn.localeCompare(b.item.navn, 'da'));
  return scored.map(({ item }) => item.id);
}
