import { Tokenizer } from "htmlparser2";

/**
 * htmlparser2's Tokenizer with skip loops done by `String#indexOf` instead of one call of
 * its state machine per character. Its `parse` loop calls the current state once for every
 * character of the page; in text and in attribute values almost every character is one the
 * state ignores (anything but `<` and `&`, or the closing quote and `&`), and its own skip
 * loop (`fastForwardTo`, used in scripts, styles and comments) compares characters one by
 * one. Text and attribute values are most of a page, and this walk was a third of the time
 * spent reading one.
 *
 * The tokens are the same, character for character: a state is only skipped over characters
 * it would have done nothing with, to the character just before the next one it reacts to, so
 * the `parse` loop's own step lands on that character. Where the next such character lies is
 * remembered per character kind and searched again only once the tokenizer has moved past it,
 * so every character is searched over a bounded number of times (linear on any input).
 *
 * Tag and attribute names are stepped over the same way, by a loop to the character that ends
 * them (a name is a few characters, not worth a native search).
 *
 * It overrides private methods of htmlparser2 12's Tokenizer (`stateText`,
 * `handleInAttributeValue`, `fastForwardTo`, `stateInTagName`, `stateInClosingTagName`,
 * `stateInAttributeName`); if a later version renames them, the overrides are not installed
 * and the stock tokenizer runs (same tokens, slower).
 */
export class ScanningTokenizer extends Tokenizer {
  /** Buffer positions of the next `<`, `&`, `"` and `'` at or after the last search (`buffer.length`: none left). */
  nextFound: Int32Array = new Int32Array(4).fill(-1);

  override write(chunk: string): void {
    this.nextFound.fill(-1);
    super.write(chunk);
  }
}

/** The Tokenizer internals the overrides read and write (all private in its typings). */
interface TokenizerInternals {
  buffer: string;
  index: number;
  offset: number;
  readonly decodeEntities: boolean;
  nextFound: Int32Array;
  stateText(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
  fastForwardTo(c: number): boolean;
  stateInTagName(c: number): void;
  stateInClosingTagName(c: number): void;
  stateInAttributeName(c: number): void;
}

const LT = 0x3c; // <
const GT = 0x3e; // >
const SLASH = 0x2f; // /
const EQUALS = 0x3d; // =
const AMP = 0x26; // &
const DOUBLE_QUOTE = 0x22; // "
const SINGLE_QUOTE = 0x27; // '

/** Slot in `nextFound` per searched character. */
const SLOT_LT = 0;
const SLOT_AMP = 1;
const SLOT_DOUBLE_QUOTE = 2;
const SLOT_SINGLE_QUOTE = 3;
const SLOT_CHARS = ["<", "&", "\"", "'"];

/** Buffer position of the next character of `slot` at or after `from`, or `buffer.length`. */
function nextOf(t: TokenizerInternals, slot: number, from: number): number {
  const known = t.nextFound[slot]!;
  if (known >= from) return known;
  const at = t.buffer.indexOf(SLOT_CHARS[slot]!, from);
  const found = at === -1 ? t.buffer.length : at;
  t.nextFound[slot] = found;
  return found;
}

/** Moves the index to just before buffer position `at`: the `parse` loop's step then lands on it. */
function skipTo(t: TokenizerInternals, at: number): void {
  t.index = at + t.offset - 1;
}

/** What ends a tag or attribute name (the tokenizer's `isEndOfTagSection`): `/`, `>`, space, LF, tab, FF, CR. */
function endsName(c: number): boolean {
  return c === SLASH || c === GT || c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}

/** Buffer position of the first character at or after `from` that ends a name (`=` too when `equals`), or `buffer.length`. */
function nameEnd(t: TokenizerInternals, from: number, equals: boolean): number {
  const buffer = t.buffer;
  const length = buffer.length;
  let i = from;
  while (i < length) {
    const c = buffer.charCodeAt(i);
    if (endsName(c) || (equals && c === EQUALS)) break;
    i++;
  }
  return i;
}

const stock = Tokenizer.prototype as unknown as TokenizerInternals;
const own = ScanningTokenizer.prototype as unknown as TokenizerInternals;

if (typeof stock.stateText === "function" && typeof stock.handleInAttributeValue === "function"
  && typeof stock.fastForwardTo === "function") {
  const stateText = stock.stateText;
  const handleInAttributeValue = stock.handleInAttributeValue;

  // Text reacts only to `<` and, when entities are decoded, `&`.
  own.stateText = function (this: TokenizerInternals, c: number): void {
    if (c === LT || c === AMP || !this.decodeEntities) {
      stateText.call(this, c);
      return;
    }
    const from = this.index - this.offset + 1;
    skipTo(this, Math.min(nextOf(this, SLOT_LT, from), nextOf(this, SLOT_AMP, from)));
  };

  // A quoted attribute value reacts only to its closing quote and, when entities are decoded, `&`.
  own.handleInAttributeValue = function (this: TokenizerInternals, c: number, quote: number): void {
    if (c === quote || c === AMP || !this.decodeEntities || (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE)) {
      handleInAttributeValue.call(this, c, quote);
      return;
    }
    const from = this.index - this.offset + 1;
    const slot = quote === DOUBLE_QUOTE ? SLOT_DOUBLE_QUOTE : SLOT_SINGLE_QUOTE;
    skipTo(this, Math.min(nextOf(this, slot, from), nextOf(this, SLOT_AMP, from)));
  };

  // Tag and attribute names react only to the character that ends them: the rest of the name is stepped over in one
  // loop rather than one call of the `parse` loop per character.
  const stateInTagName = stock.stateInTagName;
  const stateInClosingTagName = stock.stateInClosingTagName;
  const stateInAttributeName = stock.stateInAttributeName;
  if (typeof stateInTagName === "function" && typeof stateInClosingTagName === "function" && typeof stateInAttributeName === "function") {
    own.stateInTagName = function (this: TokenizerInternals, c: number): void {
      if (endsName(c)) stateInTagName.call(this, c);
      else skipTo(this, nameEnd(this, this.index - this.offset + 1, false));
    };
    own.stateInClosingTagName = function (this: TokenizerInternals, c: number): void {
      if (endsName(c)) stateInClosingTagName.call(this, c);
      else skipTo(this, nameEnd(this, this.index - this.offset + 1, false));
    };
    own.stateInAttributeName = function (this: TokenizerInternals, c: number): void {
      if (c === EQUALS || endsName(c)) stateInAttributeName.call(this, c);
      else skipTo(this, nameEnd(this, this.index - this.offset + 1, true));
    };
  }

  // The stock loop: step the index, stop on `c` (true) or at the last character (false).
  own.fastForwardTo = function (this: TokenizerInternals, c: number): boolean {
    const at = this.buffer.indexOf(String.fromCharCode(c), this.index - this.offset + 1);
    if (at !== -1) {
      this.index = at + this.offset;
      return true;
    }
    this.index = this.buffer.length + this.offset - 1;
    return false;
  };
}
