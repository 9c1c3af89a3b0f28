/** A BCP 47 tag as pages write it: a 2–3 letter language, then subtags (`en-GB`, `pt_BR`, `zh-Hant-TW`). */
const TAG = /^([a-z]{2,3})((?:-[a-z0-9]{1,8}){0,4})$/i;

/**
 * Reads a declared language (`<html lang>`, `og:locale`, `content-language`) as a BCP 47 tag:
 * underscores become hyphens, the language is lower case, a region upper case, a script title
 * case (`en_us` → `en-US`, `zh-hant-tw` → `zh-Hant-TW`). The first of a list (`en, fr`) is
 * taken. Null for anything else (`English`, `x-default`, `und`).
 * @example
 * normalizeLanguage("en_GB") // "en-GB"
 */
export function normalizeLanguage(value: string): string | null {
  const first = value.trim().split(/[,;\s]/, 1)[0]!.replace(/_/g, "-");
  if (first.length > 40) return null;
  const m = TAG.exec(first);
  if (!m) return null;
  const language = m[1]!.toLowerCase();
  if (language === "und") return null;
  // Joined as it goes (no `map` and spread: an optimised `map` makes a holey array, the builtin a packed one, and the
  // spread optimised for one was thrown away on the other).
  const subtags = m[2]!.split("-");
  let tag = language;
  for (let i = 1; i < subtags.length; i++) tag += "-" + caseSubtag(subtags[i]!, i === 1);
  return tag;
}

/** A region upper case, a script (4 letters, first subtag) title case, anything else lower case. */
function caseSubtag(sub: string, first: boolean): string {
  if (sub.length === 2 && /^[a-z]+$/i.test(sub)) return sub.toUpperCase();
  if (sub.length === 4 && first && /^[a-z]+$/i.test(sub)) return sub[0]!.toUpperCase() + sub.slice(1).toLowerCase();
  return sub.toLowerCase();
}

/** The primary language subtag (`en` of `en-GB`), or null. */
export function primaryLanguage(tag: string | null): string | null {
  return tag === null ? null : tag.split("-", 1)[0]!;
}
