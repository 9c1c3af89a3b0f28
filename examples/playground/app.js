// whosaid playground: runs the browser bundle on pasted text and draws the result.
// No framework: the result is rendered with DOM calls, never through innerHTML, so pasted
// markup stays text.

const $ = (id) => document.getElementById(id);
const source = $("source");
const status = $("status");

/** Speaker colours: readable on white as a tint, distinct from each other. */
const PALETTE = [
  "#2563eb", "#d97706", "#059669", "#db2777", "#7c3aed",
  "#0891b2", "#dc2626", "#65a30d", "#c026d3", "#b45309",
];
const NO_SPEAKER = "#94a3b8";
/** Delay before a live update after the last keystroke, in milliseconds. */
const LIVE_DELAY = 250;

let whosaid;
try {
  whosaid = await import("../../dist/whosaid.browser.js");
} catch (error) {
  showError(`Could not load ../../dist/whosaid.browser.js — run "npm ci" (it builds the package once) or "npm run build", then "npm run playground". ${error.message}`);
  throw error;
}

function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = !message;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "style") for (const [prop, value] of Object.entries(v)) node.style.setProperty(prop, value);
    else if (k.startsWith("data-") || k.startsWith("aria-")) node.setAttribute(k, String(v));
    else node[k] = v;
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

// ---------------------------------------------------------------------------
// Drawing a paragraph with nested ranges (quotes, mentions, cues)
// ---------------------------------------------------------------------------

const ORDER = { quote: 0, mention: 1, cue: 2 };

/**
 * Turns ranges into properly nested elements: sorted by start, longer first; a range that runs
 * past its parent's end is cut there and its remainder drawn after. Each quote gets exactly one
 * <mark> (a cut-off remainder is a plain span), so marks and quotes stay one to one.
 */
function fill(parent, text, from, to, ranges, makeNode) {
  let pos = from;
  const queue = [...ranges];
  while (queue.length) {
    const r = queue.shift();
    const start = Math.max(r.start, pos);
    if (start >= r.end) continue;
    if (start > pos) parent.append(text.slice(pos, start));
    const inner = [];
    for (let i = 0; i < queue.length; ) {
      const c = queue[i];
      if (c.start < r.end) {
        queue.splice(i, 1);
        if (c.end > r.end) {
          inner.push({ ...c, end: r.end });
          insertSorted(queue, { ...c, start: r.end, cont: true });
        } else {
          inner.push(c);
        }
      } else i++;
    }
    const node = makeNode({ ...r, start, cont: r.cont || start > r.start });
    fill(node, text, start, r.end, inner, makeNode);
    parent.append(node);
    pos = r.end;
  }
  if (pos < to) parent.append(text.slice(pos, to));
}

function compareRanges(a, b) {
  return a.start - b.start || b.end - a.end || ORDER[a.type] - ORDER[b.type];
}

function insertSorted(list, item) {
  const i = list.findIndex((x) => compareRanges(item, x) < 0);
  if (i < 0) list.push(item);
  else list.splice(i, 0, item);
}

// ---------------------------------------------------------------------------
// Rendering the result
// ---------------------------------------------------------------------------

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The result with only the quotations at or above `min` confidence, and only the speakers who
 * keep one (the CLI's --min-confidence does the same).
 */
function filterByConfidence(result, min) {
  if (!(min > 0)) return result;
  const quotes = result.quotes.filter((q) => q.confidence >= min);
  const kept = new Set(quotes.map((q) => q.id));
  const speakers = result.speakers
    .map((s) => ({ ...s, quotes: s.quotes.filter((id) => kept.has(id)) }))
    .filter((s) => s.quotes.length > 0);
  return { ...result, quotes, speakers };
}

/** One quotation for a list: reported speech is the writer's paraphrase, so it gets no quotation marks. */
function quoteLabel(q) {
  return q.kind === "indirect" ? `reported: ${q.text}` : `“${q.text}”`;
}

function render(full, ms) {
  const result = filterByConfidence(full, Number($("min-confidence").value));
  const speakers = new Map(result.speakers.map((s, i) => [s.id, { ...s, color: PALETTE[i % PALETTE.length] }]));
  const colorOf = (id) => speakers.get(id)?.color ?? NO_SPEAKER;

  $("title").textContent = result.title ?? "Untitled article";
  $("title").classList.toggle("untitled", result.title === null);

  // Ranges per paragraph. A cue or mention shared by several quotes is drawn once.
  const perParagraph = result.paragraphs.map(() => []);
  const seen = new Map();
  for (const q of result.quotes) {
    perParagraph[q.paragraph]?.push({ type: "quote", start: q.start, end: q.end, quote: q });
    for (const type of ["mention", "cue"]) {
      const span = q[type];
      if (!span) continue;
      const key = `${type}:${span.paragraph}:${span.start}:${span.end}`;
      if (seen.has(key)) { seen.get(key).quotes.push(q); continue; }
      const range = { type, start: span.start, end: span.end, quotes: [q] };
      seen.set(key, range);
      perParagraph[span.paragraph]?.push(range);
    }
  }

  const makeNode = (r) => {
    if (r.type === "quote") {
      const q = r.quote;
      const node = el(r.cont ? "span" : "mark", {
        class: `quote kind-${q.kind}${r.cont ? " cont" : ""}`,
        "data-quote": q.id,
        "data-speaker": q.speaker ?? "none",
        tabIndex: r.cont ? undefined : 0,
      });
      node.style.setProperty("--c", colorOf(q.speaker));
      return node;
    }
    const speaker = r.quotes.find((q) => q.speaker)?.speaker ?? null;
    const node = el("span", {
      class: r.type,
      "data-speaker": speaker ?? "none",
      "data-quotes": r.quotes.map((q) => q.id).join(" "),
    });
    node.style.setProperty("--c", colorOf(speaker));
    return node;
  };

  const paragraphs = $("paragraphs");
  paragraphs.replaceChildren(...result.paragraphs.map((p, i) => {
    const node = el("p", { class: "para", "data-index": p.index });
    fill(node, p.text, 0, p.text.length, perParagraph[i].sort(compareRanges), makeNode);
    // Numbered as a reader counts (the JSON's index + 1); aria-hidden so it is not read as text.
    node.prepend(el("span", { class: "para-number", "aria-hidden": "true" }, String(p.index + 1)));
    return node;
  }));
  if (!result.paragraphs.length) paragraphs.replaceChildren(el("p", { class: "muted" }, "No paragraphs found."));

  // Legend, each speaker with their quotations (listed when the speaker is spotlighted).
  const quotesById = new Map(result.quotes.map((q) => [q.id, q]));
  $("legend").replaceChildren(...[...speakers.values()].map((s) => {
    const aliases = s.aliases.filter((a) => a !== s.name);
    const count = s.quotes.length;
    const list = el("ol", { class: "speaker-quotes", "aria-label": `Quotations of ${s.name}` },
      ...s.quotes.map((id) => quotesById.get(id)).filter(Boolean).map((q) =>
        el("li", { "data-quote": q.id, title: "Show in the article" },
          el("span", { class: "where" }, `¶${q.paragraph + 1} `), quoteLabel(q))));
    return el("li", { class: "speaker", "data-speaker": s.id, style: { "--c": s.color }, tabIndex: 0, title: "Click to spotlight this speaker's quotes" },
      el("div", { class: "speaker-head" },
        el("span", { class: "swatch", "aria-hidden": "true" }),
        el("span", { class: "speaker-name" }, s.name),
        el("span", { class: `badge kind-${s.kind}` }, s.kind),
        el("span", { class: "count" }, `${count} ${count === 1 ? "quote" : "quotes"}`)),
      s.roles.length ? el("div", { class: "speaker-roles" }, s.roles.join(" · ")) : null,
      aliases.length ? el("div", { class: "speaker-aliases" }, el("span", { class: "muted" }, "also "), aliases.join(", ")) : null,
      list);
  }));
  const unattributed = result.quotes.filter((q) => q.speaker === null).length;
  $("no-speakers").hidden = result.speakers.length > 0 && unattributed === 0;
  $("no-speakers").textContent = result.speakers.length === 0
    ? (result.quotes.length ? "No speaker found for any quotation." : "No speakers found.")
    : `${unattributed} ${unattributed === 1 ? "quotation has" : "quotations have"} no speaker (grey).`;

  // Warnings.
  $("warnings").replaceChildren(...result.warnings.map((w) => el("li", {},
    el("code", {}, w.code), " ", w.message,
    w.paragraph !== undefined ? el("span", { class: "muted" }, ` (paragraph ${w.paragraph + 1})`) : null)));
  $("warnings-section").hidden = result.warnings.length === 0;

  $("json").textContent = JSON.stringify(result, null, 2);
  $("output").hidden = false;
  showError("");

  const q = result.quotes.length;
  const s = result.speakers.length;
  const hidden = full.quotes.length - q;
  status.textContent = `${plural(q, "quote")} · ${plural(s, "speaker")} · ${plural(result.paragraphs.length, "paragraph")}` +
    (hidden > 0 ? ` · ${hidden} below the confidence filter` : "") + ` · ${ms.toFixed(1)} ms`;
  const spot = lastResult?.spotlight;
  lastResult = { result, speakers, full, ms };
  if (spot) spotlight(speakers.has(spot) ? spot : "");
  document.body.dataset.state = "done";
}

let lastResult = null;

function run() {
  const text = source.value;
  document.body.dataset.state = "running";
  if (!text.trim()) {
    $("output").hidden = true;
    status.textContent = "";
    showError("");
    document.body.dataset.state = "empty";
    return;
  }
  if (lastResult?.spotlight) spotlight(""); // a new article: speaker ids mean other people
  try {
    const t0 = performance.now();
    const result = whosaid.extractQuotes(text, { indirect: $("indirect").checked });
    render(result, performance.now() - t0);
  } catch (error) {
    showError(`${error.name}: ${error.message}`);
    status.textContent = "";
    document.body.dataset.state = "error";
  }
}

// ---------------------------------------------------------------------------
// Tooltip and spotlight
// ---------------------------------------------------------------------------

const tooltip = $("tooltip");

function describeQuote(q) {
  const s = lastResult?.speakers.get(q.speaker);
  const rows = [
    ["Speaker", s ? `${s.name} (${s.kind})` : "unknown"],
    ["Kind", q.kind],
    ["Rule", q.rule],
    ["Confidence", q.confidence.toFixed(2)],
  ];
  if (q.cue) rows.push(["Cue", `“${q.cue.text}”`]);
  if (q.mention) rows.push(["Mention", `“${q.mention.text}”`]);
  return el("div", {},
    el("div", { class: "tip-head", style: { "--c": s?.color ?? NO_SPEAKER } }, el("span", { class: "swatch" }), q.id),
    el("dl", {}, ...rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])));
}

function showTip(target) {
  const hit = target.closest?.("[data-quote], .mention, .cue");
  if (!hit || !lastResult) { tooltip.hidden = true; return; }
  const ids = hit.dataset.quote ? [hit.dataset.quote] : (hit.dataset.quotes ?? "").split(" ");
  const quotes = ids.map((id) => lastResult.result.quotes.find((q) => q.id === id)).filter(Boolean);
  if (!quotes.length) { tooltip.hidden = true; return; }
  const label = hit.classList.contains("mention") ? "Mention" : hit.classList.contains("cue") ? "Cue" : null;
  tooltip.replaceChildren(...(label ? [Object.assign(document.createElement("div"), { className: "tip-kind", textContent: `${label} for ${quotes.map((q) => q.id).join(", ")}` })] : []), describeQuote(quotes[0]));
  tooltip.hidden = false;
  const box = hit.getBoundingClientRect();
  const tip = tooltip.getBoundingClientRect();
  const left = Math.min(Math.max(8, box.left), window.innerWidth - tip.width - 8);
  const above = box.top - tip.height - 8;
  tooltip.style.left = `${left + window.scrollX}px`;
  tooltip.style.top = `${(above > 8 ? above : box.bottom + 8) + window.scrollY}px`;
}

$("paragraphs").addEventListener("mouseover", (e) => showTip(e.target));
$("paragraphs").addEventListener("focusin", (e) => showTip(e.target));
$("paragraphs").addEventListener("mouseleave", () => { tooltip.hidden = true; });
$("paragraphs").addEventListener("focusout", () => { tooltip.hidden = true; });

function spotlight(id, toggle = false) {
  const article = $("paragraphs");
  const on = toggle && article.dataset.spotlight === id ? "" : id;
  if (lastResult) lastResult.spotlight = on;
  article.dataset.spotlight = on;
  article.classList.toggle("spotlight", Boolean(on));
  for (const node of article.querySelectorAll("[data-speaker]")) node.classList.toggle("lit", node.dataset.speaker === on);
  for (const li of $("legend").children) li.classList.toggle("active", li.dataset.speaker === on);
}
$("legend").addEventListener("click", (e) => {
  // A quotation in a speaker's list scrolls the article to it; elsewhere the click toggles the spotlight.
  const item = e.target.closest(".speaker-quotes li");
  if (item) {
    const mark = $("paragraphs").querySelector(`mark[data-quote="${item.dataset.quote}"]`);
    mark?.scrollIntoView({ block: "center", behavior: "smooth" });
    mark?.focus({ preventScroll: true });
    return;
  }
  const li = e.target.closest("li.speaker");
  if (li) spotlight(li.dataset.speaker, true);
});
$("legend").addEventListener("keydown", (e) => {
  if (e.key !== "Enter" && e.key !== " ") return;
  const li = e.target.closest("li.speaker");
  if (li) { e.preventDefault(); spotlight(li.dataset.speaker, true); }
});

// ---------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------

/** Columns of the CSV export: the same as `whosaid --format csv` (paragraph, start, end as in the JSON). */
const CSV_COLUMNS = ["source", "paragraph", "start", "end", "kind", "speaker", "speaker_kind", "roles", "cue", "confidence", "rule", "text"];

/** RFC 4180: a field with a comma, quote or line break goes in double quotes, its quotes doubled. */
const csvField = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function toCsv(result, source) {
  const speakers = new Map(result.speakers.map((s) => [s.id, s]));
  const rows = [CSV_COLUMNS];
  for (const q of result.quotes) {
    const s = speakers.get(q.speaker);
    rows.push([source, String(q.paragraph), String(q.start), String(q.end), q.kind, s?.name ?? "", s?.kind ?? "",
      s ? s.roles.join("; ") : "", q.cue?.text ?? "", String(q.confidence), q.rule, q.text]);
  }
  return rows.map((r) => r.map(csvField).join(",") + "\r\n").join("");
}

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from the article's title: "Bridge closes!" → "bridge-closes". */
function baseName(result) {
  const slug = (result.title ?? "").toLowerCase().normalize("NFD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
  return slug || "whosaid";
}

$("export-json").addEventListener("click", () => {
  if (lastResult) download(`${baseName(lastResult.result)}.json`, "application/json", JSON.stringify(lastResult.result, null, 2) + "\n");
});
$("export-csv").addEventListener("click", () => {
  if (lastResult) download(`${baseName(lastResult.result)}.csv`, "text/csv;charset=utf-8", toCsv(lastResult.result, lastResult.result.title ?? "pasted article"));
});

// ---------------------------------------------------------------------------
// Controls
// ---------------------------------------------------------------------------

let timer = 0;
source.addEventListener("input", () => {
  if (!$("live").checked) return;
  clearTimeout(timer);
  timer = setTimeout(run, LIVE_DELAY);
});
$("run").addEventListener("click", () => { clearTimeout(timer); run(); });
$("indirect").addEventListener("change", () => { if (source.value.trim()) run(); });
$("min-confidence").addEventListener("input", () => {
  $("min-confidence-value").textContent = Number($("min-confidence").value).toFixed(2);
  if (lastResult) render(lastResult.full, lastResult.ms);
});
$("clear").addEventListener("click", () => { source.value = ""; run(); source.focus(); });
source.addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); } });

const EXAMPLE = new URL("../article.html", import.meta.url);
fetch(EXAMPLE, { method: "HEAD" }).then((r) => { $("example").disabled = !r.ok; }).catch(() => {});
$("example").addEventListener("click", async () => {
  try {
    const response = await fetch(EXAMPLE);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    source.value = await response.text();
    run();
  } catch (error) {
    showError(`Could not load the example: ${error.message}`);
  }
});

document.body.dataset.state = "empty";
document.body.dataset.ready = "true";
