/** Number and date formats per UI language, all through Intl (Danish: "7,8 mio. kr.", "280.000 kr."). */
export type Lang = 'da' | 'en';
export const LANGS: readonly Lang[] = ['da', 'en'];

const LOCALE: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };
/** At most this many decimals on millions: the case's most precise figure is 23,476 mio. kr. */
const MIO_DECIMALS = 3;

/** Intl formatters are slow to make (the table formats hundreds of figures): one per language and options. */
const formatters = new Map<string, Intl.NumberFormat>();
const cachedFormat = (lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat => {
  const key = `${lang} ${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], options);
    formatters.set(key, f);
  }
  return f;
};

const number = (lang: Lang, maxDecimals: number) =>
  cachedFormat(lang, { maximumFractionDigits: maxDecimals });

/** An amount in kroner, in millions from 1 mio. up, exact to the krone the case states. */
export function formatKr(kr: number, lang: Lang): string {
  if (Math.abs(kr) >= 1_000_000) {
    const mio = number(lang, MIO_DECIMALS).format(kr / 1_000_000);
    return lang === 'da' ? `${mio} mio. kr.` : `DKK ${mio} million`;
  }
  const whole = number(lang, 0).format(kr);
  return lang === 'da' ? `${whole} kr.` : `DKK ${whole}`;
}

/**
 * A short axis label for amounts: "8 mio." / "DKK 8m". English keeps the currency: a bare "8m" on an axis read as
 * metres.
 */
export function formatKrShort(kr: number, lang: Lang): string {
  const mio = number(lang, 2).format(kr / 1_000_000);
  return lang === 'da' ? `${mio} mio.` : `DKK ${mio}m`;
}

/** An ISO date (YYYY-MM-DD) as "5. april 2011" / "5 April 2011". */
export function formatDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

/** A distance in metres: "350 m", "1,2 km". */
export function formatMetres(m: number, lang: Lang): string {
  if (m < 1000) return `${number(lang, 0).format(Math.round(m / 10) * 10)} m`;
  return `${number(lang, 1).format(m / 1000)} km`;
}

/** A period of years, "2011–2014". */
export const formatPeriod = (p: { fra: number; til: number }): string => `${p.fra}–${p.til}`;

/** "6 af 10" / "6 of 10". */
export const formatCount = (n: number, of: number, lang: Lang): string =>
  lang === 'da' ? `${n} af ${of}` : `${n} of ${of}`;

/**
 * A count with its derived part apart: "3 af 10 + 1 afledt" (or "3 + 1 afledt" without `of`); plain "6 af 10"
 * when nothing is derived.
 */
export function formatSplitCount(n: { stated: number; derived: number }, lang: Lang, of?: number): string {
  const base = of === undefined ? String(n.stated) : formatCount(n.stated, of, lang);
  if (n.derived === 0) return base;
  return `${base} + ${n.derived} ${lang === 'da' ? 'afledt' : 'derived'}`;
}

/** A derived distance in km to one decimal: "1,1 km" / "1.1 km". */
export const formatKm = (km: number, lang: Lang): string =>
  `${cachedFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(km)} km`;

/** Below this a derived distance says "under 50 m": closer than the positions' own precision can tell. */
const NEAR_M = 50;

/**
 * A derived distance in metres by one rule everywhere: km to one decimal ("2,2 km", "0,4 km", never "2 km"),
 * and "under 50 m" / "less than 50 m" for less (the site lies at or next to the point measured from).
 */
export function formatDistance(m: number, lang: Lang): string {
  if (m < NEAR_M) return lang === 'da' ? `under ${NEAR_M} m` : `less than ${NEAR_M} m`;
  return formatKm(Math.round(m / 100) / 10, lang);
}
