/**
 * Places that US news writes after a city and a comma (`Tulsa, Okla., police`, `a man from Jupiter, Florida who …`):
 * the comma there joins the city to its state and is no clause boundary. Lower case; a name of two words is kept
 * with its space (`new hampshire`).
 */

/** The fifty states and the capital district by name. */
export const US_STATE_NAMES: ReadonlySet<string> = new Set([
  "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia",
  "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
  "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
  "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
  "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
  "west virginia", "wisconsin", "wyoming",
]);

/** The first words of the states named in two words (`new`, `north`, `rhode`). */
export const US_STATE_FIRST_WORDS: ReadonlySet<string> = new Set(["new", "north", "south", "rhode", "west"]);

/**
 * The state abbreviations of AP style, as the tokenizer leaves them before their closing period (`Okla.` → `okla`,
 * `N.Y.` → `n.y`); `D.C.` for the capital.
 */
export const US_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass",
  "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "okla", "ore", "pa",
  "r.i", "s.c", "s.d", "tenn", "tex", "vt", "va", "wash", "w.va", "wis", "wyo", "d.c",
]);
