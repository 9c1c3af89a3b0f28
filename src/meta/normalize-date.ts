import { MONTHS, ZONE_OFFSETS } from "../lexicon/dates";

/** Longer values are not a date (a sentence, a script): they give null without being read. */
export const MAX_DATE_CHARS = 64;

// Every pattern is anchored and the input is at most MAX_DATE_CHARS long, so none can take long.
/** `2019-05-14`, `20190514`, then an optional time `T10:30`, `10:30:00.123`, and a zone `Z`, `+02`, `+0200`, `+02:00`, `UTC`. */
const ISO = /^(\d{4})(?:-(\d{1,2})-(\d{1,2})|(\d{2})(\d{2}))(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)? ?(z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?)?$/i;
/** `2019/05/14`, `2019.05.14` with an optional time. */
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:,? (.+))?$/;
/** `14 May 2019`, `Tue, 14 May 2019 10:30:00 GMT`, `14th May, 2019 at 10:30`. */
const DAY_MONTH_YEAR = /^(?:[a-z]+\.?,? )?(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.?,? (\d{4})(?:,? (?:at )?(.+))?$/;
/** `May 14, 2019`, `Tuesday, May 14, 2019 10:30 AM EDT`. */
const MONTH_DAY_YEAR = /^(?:[a-z]+\.?,? )?([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?:,? (?:at |- )?(.+))?$/;
/** The time after a written date: `10:30`, `10:30:00`, `10:30 a.m.`, then an optional zone. */
const TIME = /^(\d{1,2})[:.](\d{2})(?::(\d{2}))? ?(am|pm|a\.m\.|p\.m\.)? ?(?:\(?([a-z]{1,5}|(?:utc|gmt)?[+-]\d{1,2}(?::?\d{2})?)\)?)?$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function formatDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** `+0200`, `+02`, `-05:00`, `utc+2`, a zone name → `+02:00`, `Z`; undefined when not a zone. */
function formatZone(zone: string): string | undefined {
  const z = zone.toLowerCase();
  const named = ZONE_OFFSETS.get(z);
  if (named) return named;
  const m = /^(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return undefined;
  return hours === 0 && minutes === 0 ? "Z" : `${m[1]}${pad(hours)}:${pad(minutes)}`;
}

/** `THH:MM:SS[.fff][zone]`, or null when a part is out of range; an empty zone means local time. */
function formatTime(hour: number, minute: number, second: number, fraction: string | undefined, zone: string): string | null {
  if (hour > 23 || minute > 59 || second > 60) return null;
  return `T${pad(hour)}:${pad(minute)}:${pad(second)}${fraction ? `.${fraction}` : ""}${zone}`;
}

/** The time and zone written after a date, as `THH:MM:SS±hh:mm`; "" when there is none; null when it does not read. */
function readWrittenTime(text: string | undefined): string | null {
  if (text === undefined) return "";
  const m = TIME.exec(text.toLowerCase());
  if (!m) return null;
  let hour = Number(m[1]);
  const meridiem = m[4]?.[0];
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === "p" ? 12 : 0);
  }
  let zone = "";
  if (m[5]) {
    const z = formatZone(m[5]);
    if (z === undefined) return null;
    zone = z;
  }
  return formatTime(hour, Number(m[2]), Number(m[3] ?? 0), undefined, zone);
}

/**
 * Reads a date as pages write it and returns it in ISO 8601, keeping its time zone: a date
 * alone stays a date (`2019-05-14`), a time without zone stays local (`2019-05-14T10:30:00`),
 * a zone becomes `Z` or `±hh:mm`. Reads ISO 8601 and its common variants, RFC 2822
 * (`Tue, 14 May 2019 10:30:00 GMT`), and written English dates (`May 14, 2019 10:30 AM EDT`,
 * `14 May 2019`). Day/month order that cannot be told (`05/06/2019`), impossible dates and
 * anything else give null.
 * @example
 * normalizeDate("2019-05-14T10:30:00.000+0200") // "2019-05-14T10:30:00.000+02:00"
 * normalizeDate("May 14, 2019") // "2019-05-14"
 */
export function normalizeDate(value: string): string | null {
  const s = value.trim().replace(/\s+/g, " ");
  if (s.length === 0 || s.length > MAX_DATE_CHARS) return null;

  const iso = ISO.exec(s);
  if (iso) {
    const date = formatDate(Number(iso[1]), Number(iso[2] ?? iso[4]), Number(iso[3] ?? iso[5]));
    if (date === null || iso[6] === undefined) return date;
    const zone = iso[10] === undefined ? "" : formatZone(iso[10]);
    if (zone === undefined) return null;
    const time = formatTime(Number(iso[6]), Number(iso[7]), Number(iso[8] ?? 0), iso[9], zone);
    return time === null ? null : date + time;
  }

  const slash = YMD_SLASH.exec(s);
  if (slash) return withTime(formatDate(Number(slash[1]), Number(slash[2]), Number(slash[3])), slash[4]);

  const lower = s.toLowerCase();
  const dmy = DAY_MONTH_YEAR.exec(lower);
  if (dmy) {
    const month = MONTHS.get(dmy[2]!);
    return month === undefined ? null : withTime(formatDate(Number(dmy[3]), month, Number(dmy[1])), dmy[4]);
  }
  const mdy = MONTH_DAY_YEAR.exec(lower);
  if (mdy) {
    const month = MONTHS.get(mdy[1]!);
    return month === undefined ? null : withTime(formatDate(Number(mdy[3]), month, Number(mdy[2])), mdy[4]);
  }
  return null;
}

function withTime(date: string | null, time: string | undefined): string | null {
  if (date === null) return null;
  const t = readWrittenTime(time);
  return t === null ? null : date + t;
}
