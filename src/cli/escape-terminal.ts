/**
 * Makes text from an article safe to print on a terminal. An article can carry control
 * characters (`\x1b]0;pwned\x07` retitles the window; other escape sequences move the cursor,
 * rewrite earlier lines or, on some terminals, answer back as if typed) and bidirectional
 * overrides that reorder what is shown. Each such character is written as a visible escape
 * (`\x1b`, `\u202e`) instead; everything else passes unchanged.
 */
export function escapeTerminal(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
    const bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    if (!control && !bidi) continue;
    out += text.slice(from, i) + (c <= 0xff ? `\\x${c.toString(16).padStart(2, "0")}` : `\\u${c.toString(16)}`);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
