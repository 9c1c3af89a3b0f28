// Builds the benchmark corpus at run time from ../shared (never copied into the project).
//
// - every PolNeAR dev article as plain text (`paragraphs` joined with "\n\n");
// - the same articles wrapped as typical web pages (doctype, head with meta/script/style,
//   nav, header, share buttons, ad divs, <article><h1>…</h1><p>…</p></article>, related
//   links, footer, cookie banner, inline scripts);
// - the reference article ../shared/seed/article.txt (entity-encoded WordPress markup).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** ../shared next to the repo (WHOSAID_SHARED overrides it). */
export const SHARED = process.env.WHOSAID_SHARED ? resolve(process.env.WHOSAID_SHARED) : resolve(REPO_ROOT, "..", "shared");
const DEV = join(SHARED, "eval", "polnear-dev.jsonl");
const SEED = join(SHARED, "seed", "article.txt");

/** Small deterministic PRNG (mulberry32) so every run builds the same pages. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
// Many CMSs emit typographic marks as named entities: do it for half of the pages.
const entityMarks = (s) =>
  s.replace(/“/g, "&ldquo;").replace(/”/g, "&rdquo;").replace(/‘/g, "&lsquo;").replace(/’/g, "&rsquo;")
    .replace(/—/g, "&mdash;").replace(/–/g, "&ndash;");

const SECTIONS = ["Politics", "World", "Business", "Opinion", "Tech", "Sport", "Culture", "Video"];

/** Wraps an article's paragraphs in the furniture of a typical news web page. */
export function wrapAsWebPage(paragraphs, seed) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const useEntities = r() < 0.5;
  const enc = (s) => (useEntities ? entityMarks(escapeHtml(s)) : escapeHtml(s));
  const [headline = "", ...body] = paragraphs;
  const nav = SECTIONS.map((s) => `<li class="nav-item"><a href="/${s.toLowerCase()}">${s}</a></li>`).join("\n");
  const share = ["Facebook", "Twitter", "Email", "WhatsApp", "Copy link"]
    .map((s) => `<button class="share share--${s.toLowerCase().replace(/ /g, "-")}" aria-label="Share on ${s}">${s}</button>`).join("");
  const ad = (i) =>
    `<div class="ad ad-slot" id="ad-${seed}-${i}" data-ad-unit="/1234/news/article_${i}"><span class="ad-label">Advertisement</span>` +
    `<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.display("ad-${seed}-${i}")});</script></div>`;
  const paras = [];
  body.forEach((p, i) => {
    paras.push(`<p${i === 0 ? ' class="lede"' : ""}>${enc(p)}</p>`);
    if (i % 4 === 3) paras.push(ad(i));
    if (i === 5) paras.push(`<aside class="read-more"><a href="/related/${seed}">Read more: ${enc(pick(paragraphs).slice(0, 60))}</a></aside>`);
  });
  const related = Array.from({ length: 5 }, (_, i) =>
    `<li><a href="/story/${seed}-${i}"><img src="/img/${seed}-${i}.jpg" alt="">${pick(SECTIONS)}: story number ${i} you may have missed</a></li>`).join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${escapeHtml(headline).replace(/"/g, "&quot;")}">
<meta property="og:type" content="article">
<title>${enc(headline)} | The Daily Example</title>
<link rel="stylesheet" href="/static/main.css">
<style>body{font-family:Georgia,serif}.ad{min-height:250px}.nav-item{display:inline-block} p.lede::first-letter{font-size:3em}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(headline)},"author":{"@type":"Person","name":"Staff"}}</script>
<script>(function(w,d){w.dataLayer=w.dataLayer||[];w.dataLayer.push({event:"pageview",section:"${pick(SECTIONS)}"});var s=d.createElement("script");s.async=true;s.src="https://example.com/analytics.js";d.head.appendChild(s)})(window,document);</script>
</head>
<body class="article-page">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><div class="logo"><a href="/">The Daily Example</a></div>
<nav class="main-nav" aria-label="Sections"><ul>
${nav}
</ul></nav>
<div class="header-actions"><a href="/subscribe" class="btn">Subscribe</a> <a href="/login">Sign in</a></div>
</header>
${ad(0)}
<main id="main">
<article class="story">
<h1 class="headline">${enc(headline)}</h1>
<div class="byline">By <a href="/staff/jane-doe">Jane Doe</a> · <time datetime="2016-09-12T10:00:00Z">12 September 2016</time></div>
<div class="share-bar">${share}</div>
<div class="story-body">
${paras.join("\n")}
</div>
<div class="share-bar share-bar--bottom">${share}</div>
</article>
<section class="related"><h2>Related</h2><ul>
${related}
</ul></section>
</main>
<footer class="site-footer"><p>© 2016 The Daily Example. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li><li><a href="/contact">Contact us</a></li></ul></footer>
<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience. By continuing you agree to our <a href="/cookies">cookie policy</a>.</p><button>Accept</button></div>
<script>document.querySelectorAll(".share").forEach(function(b){b.addEventListener("click",function(){window.open("https://share.example.com/?u="+encodeURIComponent(location.href))})});</script>
<script>if(document.cookie.indexOf("consent=1")<0){document.querySelector(".cookie-banner").style.display="block"}</script>
</body>
</html>
`;
}

/** A generated stand-in article (used only when ../shared is missing): prose, quotes, names. */
export function syntheticArticle(seed) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const people = ["Mr Smith", "Ms Jones", "Jane Doe", "Gen Zhang", "Dr Okafor", "Sen. Warren"];
  const words = "the government said talks would continue next week despite a row over funding for schools and hospitals in the region".split(" ");
  const clause = () => Array.from({ length: 8 + Math.floor(r() * 12) }, () => pick(words)).join(" ");
  const paras = [`${clause().replace(/^./, (c) => c.toUpperCase())}`];
  for (let i = 0; i < 14; i++) {
    const who = pick(people);
    paras.push(pick([
      () => `${who} said: “${clause()}.”`,
      () => `“${clause()},” ${who} said. “${clause()}.”`,
      () => `${who} told reporters that ${clause()}.`,
      () => `${clause().replace(/^./, (c) => c.toUpperCase())}, according to ${who}.`,
      () => `${clause().replace(/^./, (c) => c.toUpperCase())}.`,
    ])());
  }
  return paras;
}

/**
 * Loads the corpus. Returns { docs: [{ id, kind: "text"|"html"|"seed", input }], missing: string[] }.
 * Missing shared files are reported, not thrown.
 */
export function loadCorpus() {
  const docs = [];
  const missing = [];
  if (existsSync(DEV)) {
    const articles = readFileSync(DEV, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
    articles.forEach((a, i) => docs.push({ id: a.id, kind: "text", input: a.paragraphs.join("\n\n") }));
    articles.forEach((a, i) => docs.push({ id: a.id + "#html", kind: "html", input: wrapAsWebPage(a.paragraphs, i + 1) }));
  } else missing.push(DEV);
  if (existsSync(SEED)) docs.push({ id: "seed/article.txt", kind: "seed", input: readFileSync(SEED, "utf8") });
  else missing.push(SEED);
  if (docs.length === 0) {
    // No shared data: measure generated articles instead, so the bench still runs (figures
    // are then not comparable with the README's).
    for (let i = 0; i < 84; i++) docs.push({ id: `synthetic/${i}`, kind: "text", input: syntheticArticle(i + 1).join("\n\n") });
    for (let i = 0; i < 84; i++) docs.push({ id: `synthetic/${i}#html`, kind: "html", input: wrapAsWebPage(syntheticArticle(i + 1), i + 1) });
  }
  return { docs, missing, synthetic: missing.length === 2 };
}
