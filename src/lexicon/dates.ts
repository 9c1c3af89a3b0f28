/**
 * Words of written dates: month names and the time-zone abbreviations whose offset is not
 * ambiguous. Data only; `src/meta/normalize-date.ts` reads them.
 */

/** The month names (lower case), in order. */
export const MONTH_NAMES: ReadonlySet<string> = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
]);

/** Month names and their usual abbreviations (lower case, no dot) → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...[...MONTH_NAMES].map((name, i): [string, number] => [name, i + 1]),
  ["jan", 1], ["feb", 2], ["mar", 3], ["apr", 4], ["jun", 6], ["jul", 7], ["aug", 8], ["sep", 9], ["sept", 9],
  ["oct", 10], ["nov", 11], ["dec", 12],
]);

/**
 * Zone abbreviations → ISO 8601 offset. Ambiguous ones (`IST`: India, Ireland or Israel) are
 * left out, so such a date is unparseable rather than wrong; `CST` is read as US Central time,
 * as English-language news pages use it.
 */
export const ZONE_OFFSETS: ReadonlyMap<string, string> = new Map([
  ["z", "Z"], ["utc", "Z"], ["gmt", "Z"], ["ut", "Z"],
  ["est", "-05:00"], ["edt", "-04:00"], ["cst", "-06:00"], ["cdt", "-05:00"],
  ["mst", "-07:00"], ["mdt", "-06:00"], ["pst", "-08:00"], ["pdt", "-07:00"],
  ["akst", "-09:00"], ["akdt", "-08:00"], ["hst", "-10:00"],
  ["bst", "+01:00"], ["cet", "+01:00"], ["cest", "+02:00"], ["eet", "+02:00"], ["eest", "+03:00"],
  ["wet", "Z"], ["west", "+01:00"], ["msk", "+03:00"], ["jst", "+09:00"], ["kst", "+09:00"],
  ["aest", "+10:00"], ["aedt", "+11:00"],
]);
