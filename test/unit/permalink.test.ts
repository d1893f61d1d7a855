import { describe, expect, it } from 'vitest';
import { parsePermalink, permalinkCamera, permalinkQuery } from '../../src/state/permalink';
import { DEFAULT_STATE } from '../../src/state/store';
import { phoneStoryStart } from '../../src/ui/storyCards';

const AREAS = ['hoergaarden', 'mjoelnerparken'];

describe('permalink', () => {
  it('round-trips area, visible types, gap mode, language and camera', () => {
    const state = {
      lang: 'en' as const,
      area: 'hoergaarden',
      visible: new Set(['nv_arbejdsmarked', 'jobcentre'] as const),
      gaps: new Set(['jobcentre'] as const),
      camera: { lon: 12.55123, lat: 55.68456, zoom: 12.5 },
      presentation: true,
      step: 3,
      proposals: [{ type: 'jobcentre' as const, area: 'mjoelnerparken' }],
      outlines: null,
    };
    const query = permalinkQuery(state);
    const { state: back, ignored } = parsePermalink(query, AREAS);
    expect(ignored).toEqual([]);
    expect(back).toEqual(state);
  });

  it('gives an empty query for the default view and parses it back to the default', () => {
    expect(permalinkQuery(DEFAULT_STATE)).toBe('');
    expect(parsePermalink('', AREAS)).toEqual({ state: DEFAULT_STATE, ignored: [] });
  });

  it('never puts a session’s outline file into the link (a reload returns to the committed data)', () => {
    expect(
      permalinkQuery({
        ...DEFAULT_STATE,
        outlines: { fileName: 'omraader.geojson', areaIds: ['hoergaarden'] },
      }),
    ).toBe('');
  });

  it('keeps "no type shown" distinct from "all shown"', () => {
    const q = permalinkQuery({ ...DEFAULT_STATE, visible: new Set() });
    expect(parsePermalink(q, AREAS).state.visible.size).toBe(0);
  });

  it('ignores unknown and malformed values, lists them, and never throws', () => {
    const { state, ignored } = parsePermalink(
      '?lang=xx&omraade=christiania&vis=nv_arbejdsmarked,bogus&huller=%3Cscript%3E&kort=200,95,40',
      AREAS,
    );
    expect(state.lang).toBe('da');
    expect(state.area).toBeNull();
    expect([...state.visible]).toEqual(['nv_arbejdsmarked']);
    expect(state.gaps.size).toBe(0);
    expect(state.camera).toBeNull();
    expect(ignored).toHaveLength(5);
  });

  it('opens a presentation at step 1 unless the URL names a step; a step needs presentation mode', () => {
    expect(parsePermalink('?praesentation=1', AREAS).state.step).toBe(1);
    expect(parsePermalink('?praesentation=1&trin=5', AREAS).state.step).toBe(5);
    const { state, ignored } = parsePermalink('?trin=5', AREAS);
    expect(state.step).toBeNull();
    expect(ignored).toEqual(['trin=5']);
  });

  it('ignores a camera with too few numbers', () => {
    const { state, ignored } = parsePermalink('?kort=12.5', AREAS);
    expect(state.camera).toBeNull();
    expect(ignored).toEqual(['kort=12.5']);
  });

  it('opens a stage permalink on a phone as the story cards at that step, and elsewhere as the stage', () => {
    const { state } = parsePermalink('?praesentation=1&trin=7', AREAS);
    expect(phoneStoryStart(state, true)).toEqual({
      state: { ...state, presentation: false, step: null },
      step: 7,
    });
    expect(phoneStoryStart(state, false)).toEqual({ state, step: null });
    const desk = parsePermalink('?omraade=hoergaarden', AREAS).state;
    expect(phoneStoryStart(desk, true)).toEqual({ state: desk, step: null });
  });
});

describe('permalinkCamera', () => {
  it('reads the camera without the area ids (the map starts with it before the data), and drops a bad one', () => {
    expect(permalinkCamera('?kort=12.56000,55.68000,12.50&omraade=ukendt')).toEqual({
      lon: 12.56,
      lat: 55.68,
      zoom: 12.5,
    });
    expect(permalinkCamera('?omraade=mjoelnerparken')).toBeNull();
    expect(permalinkCamera('?kort=0,0,12')).toBeNull();
  });
});
