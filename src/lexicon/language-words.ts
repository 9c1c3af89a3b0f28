/**
 * Function words, for telling English text from text in other languages by what its words are
 * (`src/meta/warn-not-english.ts`). Data only. Words are compared lower-cased.
 */

/**
 * Common English function words. Words as common in other Latin-script languages are left out,
 * so other languages score near zero: `a` (es/it/pt), `in` (de/nl/it), `an`, `die`, `was`,
 * `will`, `so` (de), `is` (nl), `on` (fr), `no`, `do` (es/pt).
 */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "the", "of", "and", "to", "that", "for", "it", "with", "as", "by", "at", "from", "this",
  "be", "are", "were", "been", "has", "have", "had", "not", "or", "but", "which", "who", "what", "when",
  "he", "she", "they", "we", "you", "his", "her", "their", "its", "our", "them", "him",
  "would", "could", "should", "can", "said", "says", "about", "after", "than", "there", "also",
  "into", "more", "out", "up", "if", "all", "one", "new", "did", "does",
]);

/**
 * Frequent function words of other Latin-script languages (German, French, Spanish, Portuguese,
 * Italian, Dutch, Scandinavian, Polish, Indonesian, Turkish) that English text does not use.
 * Left out: words that are also English words, abbreviations or parts of names in English news
 * once lower-cased — `de`, `la`, `le`, `el`, `los`, `las`, `des`, `du`, `van`, `von`, `del`, `di`
 * (names: de Blasio, Las Vegas), `mit`, `un`, `il`, `da`, `ada` (MIT, UN, IL, DA, ADA), `e`, `o`,
 * `y`, `i`, `w` (e-mail, O'Brien, George W. Bush), `non`, `op`, `per`, `con`, `come`, `ale`, `dan`.
 */
export const OTHER_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // German
  "und", "der", "das", "ist", "nicht", "sich", "auf", "für", "dem", "ein", "eine", "einer", "auch", "werden", "wird",
  "sind", "wurde", "zu", "bei", "nach", "noch", "oder", "aber", "wie", "über", "haben", "dass", "sie", "es", "ich",
  // French
  "est", "une", "dans", "pour", "qui", "avec", "sont", "cette", "mais", "été", "leur", "aux", "nous", "vous", "elle", "ils", "être", "ses",
  // Spanish
  "que", "para", "por", "una", "pero", "más", "también", "fue", "esta", "sobre", "hay", "muy", "cuando", "desde", "todo", "está",
  // Portuguese
  "não", "com", "uma", "mais", "foi", "pelo", "pela", "seu", "sua", "são", "dos", "das", "ela", "ele", "isso", "muito", "quando",
  // Italian
  "che", "della", "delle", "sono", "gli", "alla", "nel", "nella", "anche", "più", "questo", "essere", "loro", "perché",
  // Dutch
  "het", "een", "niet", "zijn", "voor", "maar", "ook", "wordt", "heeft", "naar", "deze", "worden", "wel",
  // Swedish, Norwegian, Danish
  "och", "att", "det", "inte", "för", "är", "på", "ikke", "jeg", "af",
  // Polish
  "nie", "się", "że", "jest", "jak", "czy",
  // Indonesian, Malay
  "yang", "ini", "itu", "dengan", "untuk", "dari", "tidak", "dalam", "akan", "pada", "juga",
  // Turkish
  "ve", "bir", "bu", "için", "ile", "çok", "olarak", "daha", "gibi",
]);
