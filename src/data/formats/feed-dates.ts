/** Feed dates: RFC 822 (RSS 2.0, as amended by RFC 1123 and RFC 2822) and W3C-DTF, the ISO 8601 profile of Atom and Dublin Core. */
import { asIsoDate } from '../values.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 822's named zones, hours from UTC. */
const ZONES: Record<string, number> = { ut: 0, gmt: 0, z: 0, utc: 0, est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7 };

/**
 * A one-letter military zone, hours from UTC as RFC 822 defines them (A to I: -1 to -9, K to M: -10 to -12,
 * N to Y: +1 to +12; J is not a zone). RFC 1123 notes that the signs were given wrong and that senders
 * rarely mean them: readers such as feedparser use RFC 822's values, and so do we.
 */
function militaryZone(letter: string): number | undefined {
  const code = letter.charCodeAt(0) - 96;
  if (letter === 'j' || code < 1 || code > 25) return undefined;
  if (letter === 'z') return 0;
  return code <= 9 ? -code : code <= 13 ? -(code - 1) : code - 13;
}

/** Minutes from UTC of an RFC 822 zone (`GMT`, `EST`, `A`, `+0530`, `-08:00`); 0 when it is missing; undefined when unknown. */
function zoneOffset(zone: string | undefined): number | undefined {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  const name = zone.toLowerCase();
  const hours = ZONES[name] ?? (name.length === 1 ? militaryZone(name) : undefined);
  return hours === undefined ? undefined : hours * 60;
}

/** `[Day,] DD Mon YYYY [HH:MM[:SS]] [zone]`, with the looseness real feeds have (full month names, two-digit years, no comma). */
const RFC_822 = /^(?:[a-z]{3,9},?\s*)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([a-z]{1,5}|[+-]\d{2}:?\d{2})?$/i;

function rfc822(text: string): string | undefined {
  const match = RFC_822.exec(text);
  if (!match) return undefined;
  const [, day, monthName = '', yearText = '', hour = '0', minute = '0', second = '0', zone] = match;
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase());
  const offset = zoneOffset(zone);
  if (month === -1 || offset === undefined) return undefined;
  // Two-digit years (RFC 822 itself): 50 to 99 are the 1900s, as RFC 2822 says to read them.
  const year = yearText.length === 2 ? Number(yearText) + (Number(yearText) < 50 ? 2000 : 1900) : Number(yearText);
  const values = [Number(day), Number(hour), Number(minute), Number(second)];
  const [d = 0, h = 0, m = 0, s = 0] = values;
  if (d < 1 || d > 31 || h > 23 || m > 59 || s > 60) return undefined;
  const ms = Date.UTC(year, month, d, h, m, Math.min(s, 59)) - offset * 60_000;
  const date = new Date(ms);
  // A day the month does not have (31 April) is not a date.
  return new Date(Date.UTC(year, month, d)).getUTCMonth() === month ? date.toISOString() : undefined;
}

/** W3C-DTF: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or with `Thh:mm[:ss[.s]]` and a zone (`Z`, `±hh:mm`); read as ISO 8601. */
const W3C_DTF = /^\d{4}(?:-\d{2}(?:-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?)?)?$/;

/**
 * An ISO 8601 UTC string from a feed's date, RFC 822 or W3C-DTF; undefined for anything else (a date that
 * cannot be read is dropped, as the JSON readers drop theirs).
 */
export function feedDate(value: string | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim() ?? '';
  if (text === '') return undefined;
  if (W3C_DTF.test(text)) {
    // Date.parse wants `T`, upper case, and `±hh:mm`.
    const iso = text.replace(/^(\S{10})[ t]/, '$1T').replace(/z$/, 'Z').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    return asIsoDate(iso);
  }
  return rfc822(text);
}
