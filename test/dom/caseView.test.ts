import { describe, expect, it } from 'vitest';
import { caseTimeline, LANE, timelineDomain } from '../../src/charts/caseTimeline';
import { createCaseView, eventDate } from '../../src/ui/caseView';
import { realData } from '../fixtures/dataset';

const { data } = realData();
const events = data.caseInfo.tidslinje;
const byId = (id: string) => {
  const e = events.find((x) => x.id === id);
  if (!e) throw new Error(id);
  return e;
};

describe('the "Om sagen" view', () => {
  const dialog = createCaseView(data, 'da');
  document.body.replaceChildren(dialog);

  it('shows the indstilling, that the committees recommend it to the Borgerrepræsentation, and the signatories', () => {
    const text = dialog.textContent ?? '';
    expect(text).toContain(data.caseInfo.indstilling);
    expect(text).toContain('over for Borgerrepræsentationen anbefaler');
    expect(text).toContain('Teknik- og Miljøudvalget');
    expect(text).toContain('Økonomiudvalget');
    expect(text).toContain('Claus Juhl, Hjalte Aaberg');
  });

  it('names each initiative once: the type is not put before a name that already begins with it', () => {
    const heads = [...dialog.querySelectorAll('h4')].map((el) => el.textContent ?? '');
    expect(heads.filter((t) => /^TV-overvågning: TV-overvågning/.test(t))).toEqual([]);
    expect(heads.filter((t) => t.startsWith('TV-overvågning: ')).length).toBeGreaterThanOrEqual(3);
  });

  it('lists bilag 1–15 with their numbers and titles', () => {
    const items = [...dialog.querySelectorAll('.case-view__bilag li')];
    expect(items.map((li) => li.getAttribute('value'))).toEqual(
      Array.from({ length: 15 }, (_, i) => String(i + 1)),
    );
    expect(items[1]?.textContent).toBe('Notat om udfordringsretten');
  });

  it('gives each initiative its content and the applicant only where the case names one', () => {
    const nv = dialog.querySelector('[data-initiative="nv_arbejdsmarked"]')?.textContent ?? '';
    expect(nv).toContain('Sagen nævner ingen ansvarlig forvaltning');
    expect(nv).toContain('iværksættere');
    const sv = dialog.querySelector('[data-initiative="sv_profilinstitutioner"]')?.textContent ?? '';
    expect(sv).toContain('profilskole');
    expect(sv).toContain('fritids- og sundhedstilbuddene i Kgs. Enghave og Valby');
    const flytte = dialog.querySelector('[data-initiative="flyttehjaelp"]')?.textContent ?? '';
    expect(flytte).toContain('Socialforvaltningen');
    expect(flytte).toContain('støtte til fremskudt beskæftigelsesindsatser og flyttehjælp');
  });

  it('lists the case’s dates in order, as exactly as the case gives them', () => {
    const ids = [...dialog.querySelectorAll('.case-view__events li')].map((li) =>
      li.getAttribute('data-event'),
    );
    expect(ids).toEqual([
      'boligaftale',
      'tmu',
      'oeu',
      'borgmesterforum',
      'forhandlinger',
      'kickstart',
      'politik',
      'udrulning',
    ]);
    expect(eventDate(byId('forhandlinger'), 'da')).toBe('5. april 2011 – 15. april 2011');
    expect(eventDate(byId('kickstart'), 'da')).toBe('maj 2011');
    expect(eventDate(byId('udrulning'), 'da')).toBe('ca. september 2011 – november 2011');
    expect(eventDate(byId('borgmesterforum'), 'en')).toBe('5 April 2011');
  });
});

describe('the case time axis', () => {
  const svg = caseTimeline(events, { width: 700, lang: 'da', label: 'Tidsakse' });

  it('draws one lane per event: a dot for a day, a bar for a period, dashed when the case dates it roughly', () => {
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelectorAll('[data-event]')).toHaveLength(events.length);
    expect(svg.querySelector('[data-event="tmu"] circle')).not.toBeNull();
    expect(svg.querySelector('[data-event="forhandlinger"] rect')).not.toBeNull();
    expect(svg.querySelector('[data-event="udrulning"] rect')?.getAttribute('class')).toContain('--approx');
    expect(Number(svg.getAttribute('height'))).toBeGreaterThanOrEqual(events.length * LANE);
  });

  it('places the dates in time order along x, inside the plot', () => {
    const x = (id: string) => {
      const el = svg.querySelector(`[data-event="${id}"] line`);
      return Number(el?.getAttribute('x1'));
    };
    expect(x('boligaftale')).toBeLessThan(x('tmu'));
    expect(x('tmu')).toBeLessThan(x('oeu'));
    expect(x('oeu')).toBe(x('forhandlinger'));
    expect(x('kickstart')).toBeLessThan(x('politik'));
    expect(x('politik')).toBeLessThan(x('udrulning'));
    const [from, to] = timelineDomain(events);
    expect(from.toISOString().slice(0, 7)).toBe('2010-10');
    expect(to.toISOString().slice(0, 7)).toBe('2011-12');
    expect(x('boligaftale')).toBeGreaterThan(0);
    expect(x('udrulning')).toBeLessThan(700);
  });

  it('labels the axis with Danish month names', () => {
    const ticks = [...svg.querySelectorAll('.tick text')].map((t) => t.textContent);
    expect(ticks).toContain('jan 2011');
    expect(ticks).toContain('apr');
  });
});
