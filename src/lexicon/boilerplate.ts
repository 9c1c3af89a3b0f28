/**
 * Site furniture that is not article text: the phrases and container names the segment
 * stage uses to leave it out. Data only; the rules that use it live in `src/segment`.
 *
 * Phrases are compared with a paragraph (or line) after lower-casing and trimming
 * non-letters from both ends, so `- Advertisement -`, `Share this:` and `Loading...`
 * match `advertisement`, `share this` and `loading`. Only short paragraphs are compared
 * at all (see `MAX_BOILERPLATE_CHARS` in `src/segment/is-boilerplate.ts`): a news
 * paragraph that merely contains one of these words is never dropped.
 */

/** Whole paragraphs that are boilerplate when they are exactly this (normalised). */
export const BOILERPLATE_PARAGRAPHS: readonly string[] = [
  "advertisement",
  "advertisements",
  "advertising",
  "sponsored",
  "sponsored content",
  "story continues below advertisement",
  "article continues below advertisement",
  "continue reading below",
  "continue reading",
  "exit mobile version",
  "share this",
  "share this article",
  "share this story",
  "share",
  "like this",
  "like loading",
  "loading",
  "related",
  "related posts",
  "related articles",
  "related stories",
  "related content",
  "read more",
  "read next",
  "more stories",
  "recommended",
  "recommended for you",
  "you may also like",
  "you might also like",
  "most popular",
  "trending",
  "comments",
  "leave a comment",
  "leave a reply",
  "skip to content",
  "skip to main content",
  "back to top",
  "print",
  "email",
  "facebook",
  "twitter",
  "whatsapp",
  "linkedin",
  "reddit",
  "tweet",
  "pin it",
  "copy link",
  "accept",
  "accept all",
  "accept cookies",
  "manage cookies",
  "cookie policy",
  "privacy policy",
];

/**
 * Boilerplate openings: a short paragraph starting with `start` is boilerplate, if it
 * also contains one of `contains` when that list is given (so `Sign up for the draft`
 * in a news story survives while `Sign up for our newsletter` does not).
 */
export const BOILERPLATE_OPENINGS: readonly { readonly start: string; readonly contains?: readonly string[] }[] = [
  { start: "discover more from " },
  { start: "subscribe to ", contains: ["newsletter", "email", "e-mail", "posts", "updates", "our ", "latest", "channel", "podcast", "alerts", "inbox"] },
  { start: "subscribe now" },
  { start: "subscribe for ", contains: ["newsletter", "email", "updates", "latest", "access", "free"] },
  { start: "sign up for ", contains: ["newsletter", "email", "e-mail", "updates", "alerts", "briefing", "our ", "free"] },
  { start: "sign up to ", contains: ["newsletter", "email", "e-mail", "updates", "alerts", "briefing", "our ", "free"] },
  { start: "get our ", contains: ["newsletter", "email", "app"] },
  { start: "click here to " },
  { start: "click to share" },
  { start: "click to email" },
  { start: "click to print" },
  { start: "follow us on " },
  { start: "like us on facebook" },
  { start: "share this:" },
  { start: "share on ", contains: ["facebook", "twitter", "linkedin", "whatsapp", "reddit", "email"] },
  { start: "like this:" },
  { start: "read more:" },
  { start: "read more at " },
  { start: "read more about ", contains: ["here", "»", "→"] },
  { start: "related:" },
  { start: "see also:" },
  { start: "also read:" },
  { start: "we use cookies" },
  { start: "this website uses cookies" },
  { start: "this site uses cookies" },
  { start: "by continuing to use this " },
  { start: "by using this site" },
  { start: "all rights reserved" },
  { start: "copyright ©" },
  { start: "© " },
  { start: "enter your email" },
  { start: "type your email" },
  { start: "already a subscriber" },
  { start: "already have an account" },
  { start: "join our mailing list" },
  { start: "download our app" },
];

/**
 * Words in a container's `class` or `id` (split on `-`, `_`, spaces, digits and camelCase,
 * lower-cased) read as hints by `src/segment/class-hints.ts`: weights on the content score,
 * never verdicts. Words that say "the article's text is here".
 */
export const CLASS_POSITIVE_WORDS: ReadonlySet<string> = new Set([
  "article", "articlebody", "body", "content", "entry", "hentry", "main", "post", "text", "blog", "story",
  "prose", "richtext", "rte", "copy", "single", "news",
]);

/** Words that say "page furniture": ads, share bars, related links, comments, navigation, bylines. */
export const CLASS_NEGATIVE_WORDS: ReadonlySet<string> = new Set([
  "ad", "ads", "adsbygoogle", "adslot", "adunit", "advert", "adverts", "advertisement", "advertising", "dfp",
  "sponsor", "sponsored", "sponsors", "promo", "promoted", "promotion", "wpcnt", "wpa", "wordads", "outbrain",
  "taboola", "share", "sharing", "sharedaddy", "social", "newsletter", "subscribe", "subscription", "signup",
  "related", "recommended", "recommendations", "comment", "comments", "disqus", "cookie", "cookies", "consent",
  "gdpr", "popup", "modal", "sidebar", "breadcrumb", "breadcrumbs", "byline", "relatedposts", "footer",
  "masthead", "widget", "widgets", "menu", "nav", "navbar", "navigation", "banner", "tags", "tag", "rail",
  "caption", "credit", "credits", "author", "bio", "meta", "dateline", "timestamp", "toolbar", "tools",
  "trending", "popular", "most", "more", "recirc", "skyscraper", "shoutbox", "pagination",
  "pager", "print", "email", "follow", "copyright", "disclaimer", "hidden", "login", "paywall", "teaser",
  "teasers", "card", "cards", "thumb", "thumbnail", "gallery", "video", "player", "embed", "slideshow",
]);

/**
 * Words strong enough to drop a container inside the chosen body when it holds only a
 * small part of the body's text: what they name is never article text.
 */
export const CLASS_FURNITURE_WORDS: ReadonlySet<string> = new Set([
  "ad", "ads", "adsbygoogle", "adslot", "adunit", "advert", "adverts", "advertisement", "advertising", "dfp",
  "sponsor", "sponsored", "promo", "wpcnt", "wpa", "wordads", "outbrain", "taboola", "share", "sharing",
  "sharedaddy", "social", "newsletter", "subscribe", "subscription", "signup", "related", "recommended",
  "recommendations", "comment", "comments", "disqus", "cookie", "consent", "gdpr", "popup", "modal",
  "sidebar", "breadcrumb", "breadcrumbs", "byline", "relatedposts", "caption", "credit", "author", "bio",
  "tags", "toolbar", "trending", "popular", "recirc", "dateline", "timestamp", "meta", "widget", "nav",
  "navigation", "menu", "print", "follow", "copyright", "disclaimer", "gallery", "slideshow",
]);
