// The download names on their own: the PNG export (in the first chunk) needs them, the file writers load on demand.

/**
 * File names that say what and which case: "indsatskort-daekning-2011-40035.csv", the picture
 * "indsatskort-kort-2011-40035.png" (+ "-huller" in gap mode and "-scenarie" while proposals exist, so a folder
 * of findings keeps the plain, the gap and the scenario files apart).
 */
export function fileNames(
  sagNr: string,
  scenario: boolean,
  gaps = false,
): Record<'coverage' | 'areas' | 'initiatives' | 'picture', string> {
  const tail = `${sagNr}${gaps ? '-huller' : ''}${scenario ? '-scenarie' : ''}`;
  return {
    coverage: `indsatskort-daekning-${tail}.csv`,
    areas: `indsatskort-omraader-${tail}.geojson`,
    initiatives: `indsatskort-indsatser-${tail}.csv`,
    picture: `indsatskort-kort-${tail}.png`,
  };
}
