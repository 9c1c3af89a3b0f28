#!/usr/bin/env node
/**
 * The playground (examples/playground/) in headless Chromium: paste the reference article, click
 * "Find quotes", and check that it draws one <mark> per quote of the Node result, with the right
 * text, that the legend lists the speakers, the tooltip works, paragraphs are numbered from 1,
 * clicking a speaker spotlights and lists their quotes (reported speech without quotation marks),
 * the confidence filter hides quotes, the JSON and CSV downloads hold the result, warnings are
 * shown, counts have correct plurals, and "Load example" works.
 * `--screenshot` saves docs/playground.png. Run after `npm run build` (`npm run test:browser`).
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { startServer } from "../../scripts/serve.mjs";
import { launch, REPO, referenceArticle, watchErrors } from "./chromium.mjs";

const NAME = "browser playground";
const screenshot = process.argv.includes("--screenshot");
const failures = [];
const check = (ok, message) => { if (!ok) failures.push(message); };

if (!existsSync(join(REPO, "dist/whosaid.browser.js"))) {
  console.error(`${NAME}: FAIL: dist/whosaid.browser.js is missing; run npm run build`);
  process.exit(1);
}
const { extractQuotes } = await import(pathToFileURL(join(REPO, "dist/index.js")).href);
const reference = referenceArticle();
const article = readFileSync(reference.file, "utf8");
const expected = extractQuotes(article);

const server = await startServer();
const browser = await launch({ viewport: { width: 1360, height: 900 }, deviceScaleFactor: screenshot ? 2 : 1 });
try {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/examples/playground/`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });

  // Paste and click.
  await page.locator("#live").uncheck(); // the click, not the live update, must draw the result
  await page.locator("#source").fill(article);
  await page.locator("#run").click();
  await page.waitForSelector("body[data-state=done]");

  const seen = await page.evaluate(() => ({
    marks: [...document.querySelectorAll("#paragraphs mark")].map((m) => ({ id: m.dataset.quote, text: m.textContent, speaker: m.dataset.speaker })),
    legend: [...document.querySelectorAll("#legend > li")].map((li) => ({
      id: li.dataset.speaker,
      name: li.querySelector(".speaker-name")?.textContent,
      kind: li.querySelector(".badge")?.textContent,
      count: li.querySelector(".count")?.textContent,
    })),
    paragraphs: document.querySelectorAll("#paragraphs > p.para").length,
    title: document.getElementById("title").textContent,
    json: document.getElementById("json").textContent,
    status: document.getElementById("status").textContent,
  }));

  check(seen.marks.length === expected.quotes.length, `${seen.marks.length} <mark> elements for ${expected.quotes.length} quotes`);
  check(seen.marks.length > 0, "no <mark> elements");
  for (const q of expected.quotes) {
    const m = seen.marks.find((x) => x.id === q.id);
    check(m && m.text === q.text, `${q.id}: mark text ${JSON.stringify(m?.text)} !== ${JSON.stringify(q.text)}`);
    check(m && m.speaker === (q.speaker ?? "none"), `${q.id}: mark speaker ${m?.speaker} !== ${q.speaker}`);
  }
  check(seen.legend.length === expected.speakers.length, `legend lists ${seen.legend.length} speakers, the result has ${expected.speakers.length}`);
  for (const s of expected.speakers) {
    const li = seen.legend.find((x) => x.id === s.id);
    check(li && li.name === s.name && li.kind === s.kind && li.count?.startsWith(`${s.quotes.length} `), `legend entry for ${s.id} (${s.name}): ${JSON.stringify(li)}`);
  }
  check(seen.paragraphs === expected.paragraphs.length, `${seen.paragraphs} paragraphs drawn, ${expected.paragraphs.length} in the result`);
  check(seen.title === (expected.title ?? "Untitled article"), `title ${JSON.stringify(seen.title)}`);
  check(seen.json === JSON.stringify(expected, null, 2), "the raw JSON differs from the Node result");

  // Paragraph numbers from 1, not part of the paragraph's text.
  const numbers = await page.evaluate(() => [...document.querySelectorAll("#paragraphs > p.para")].map((p) => p.querySelector(".para-number")?.textContent));
  check(numbers.every((n, i) => n === String(i + 1)), `paragraph numbers ${JSON.stringify(numbers.slice(0, 5))}…`);
  check(seen.status.includes(`${expected.paragraphs.length} paragraphs`), `status ${JSON.stringify(seen.status)}`);

  // Clicking a speaker spotlights them and lists their quotes, explained on the page.
  const help = await page.locator("#legend-help").innerText();
  check(/click a speaker/i.test(help), `no explanation of the speaker list: ${JSON.stringify(help)}`);
  const top = [...expected.speakers].sort((a, b) => b.quotes.length - a.quotes.length)[0];
  if (top) {
    await page.locator(`#legend > li[data-speaker="${top.id}"] .speaker-name`).click();
    const spot = await page.evaluate((id) => ({
      active: document.querySelector(`#legend > li[data-speaker="${id}"]`)?.classList.contains("active"),
      items: [...document.querySelectorAll(`#legend > li[data-speaker="${id}"] .speaker-quotes li`)].map((li) => ({ id: li.dataset.quote, text: li.innerText, visible: li.offsetParent !== null })),
      lit: [...document.querySelectorAll("#paragraphs mark.lit")].map((m) => m.dataset.quote),
      otherLists: [...document.querySelectorAll("#legend > li:not(.active) .speaker-quotes li")].filter((li) => li.offsetParent !== null).length,
    }), top.id);
    check(spot.active, `clicking ${top.name} did not make them active`);
    check(spot.items.length === top.quotes.length && spot.items.every((x) => x.visible), `${top.name}: ${spot.items.length} visible list items for ${top.quotes.length} quotes`);
    check(JSON.stringify(spot.lit) === JSON.stringify(top.quotes), `lit marks ${JSON.stringify(spot.lit)} !== ${JSON.stringify(top.quotes)}`);
    check(spot.otherLists === 0, "other speakers' lists are shown too");
    for (const item of spot.items) {
      const q = expected.quotes.find((x) => x.id === item.id);
      const want = `¶${q.paragraph + 1} ${q.kind === "indirect" ? `reported: ${q.text}` : `“${q.text}”`}`;
      check(item.text.replace(/\s+/g, " ").trim() === want.replace(/\s+/g, " ").trim(), `list item ${item.id}: ${JSON.stringify(item.text)} !== ${JSON.stringify(want)}`);
    }
    await page.locator(`#legend > li[data-speaker="${top.id}"] .speaker-name`).click();
    const off = await page.evaluate(() => document.querySelectorAll("#legend > li.active, #paragraphs mark.lit").length);
    check(off === 0, "a second click did not end the spotlight");
  }

  // Downloads: the JSON is the result; the CSV has a header and one row per quote.
  const saved = async (button) => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(button).click()]);
    return readFileSync(await download.path(), "utf8");
  };
  const jsonDownload = await saved("#export-json");
  check(jsonDownload === JSON.stringify(expected, null, 2) + "\n", "the JSON download differs from the Node result");
  const rows = parse(await saved("#export-csv"), { columns: true });
  check(rows.length === expected.quotes.length, `CSV download: ${rows.length} rows for ${expected.quotes.length} quotes`);
  check(rows.every((r, i) => r.text === expected.quotes[i].text && r.paragraph === String(expected.quotes[i].paragraph) && r.confidence === String(expected.quotes[i].confidence)),
    "CSV download rows differ from the quotes");

  // The confidence filter hides quotes below it, everywhere (marks, legend, export).
  const min = 0.9;
  const above = expected.quotes.filter((q) => q.confidence >= min);
  await page.locator("#min-confidence").fill(String(min));
  const filtered = await page.evaluate(() => ({
    marks: document.querySelectorAll("#paragraphs mark").length,
    value: document.getElementById("min-confidence-value").textContent,
    status: document.getElementById("status").textContent,
  }));
  check(filtered.marks === above.length, `confidence ≥ ${min}: ${filtered.marks} marks for ${above.length} quotes`);
  check(filtered.value === "0.90", `filter label ${filtered.value}`);
  if (above.length < expected.quotes.length) check(filtered.status.includes(`${expected.quotes.length - above.length} below the confidence filter`), `status ${filtered.status}`);
  const filteredJson = JSON.parse(await saved("#export-json"));
  check(filteredJson.quotes.length === above.length, `filtered JSON download: ${filteredJson.quotes.length} quotes`);
  await page.locator("#min-confidence").fill("0");

  // Hovering a quote shows speaker, rule and confidence.
  if (expected.quotes.length) {
    const q = expected.quotes.find((x) => x.speaker) ?? expected.quotes[0];
    await page.locator(`mark[data-quote="${q.id}"]`).hover();
    const tip = await page.locator("#tooltip").innerText();
    check(tip.includes(q.rule) && tip.includes(q.confidence.toFixed(2)), `tooltip of ${q.id}: ${JSON.stringify(tip)}`);
    const speaker = expected.speakers.find((s) => s.id === q.speaker);
    if (speaker) check(tip.includes(speaker.name), `tooltip of ${q.id} does not name ${speaker.name}`);
    await page.mouse.move(0, 0);
  }

  if (screenshot) {
    mkdirSync(join(REPO, "docs"), { recursive: true });
    const out = join(REPO, "docs/playground.png");
    // The top of the page as a visitor sees it, with the tooltip of a quote that is in view.
    await page.setViewportSize({ width: 1360, height: 1100 });
    await page.locator("#live").check();
    await page.locator("#source").evaluate((t) => { t.scrollTop = 0; t.setSelectionRange(0, 0); t.blur(); });
    await page.evaluate(() => window.scrollTo(0, 0));
    const inView = await page.evaluate(() => [...document.querySelectorAll("#paragraphs mark")]
      .filter((m) => m.getBoundingClientRect().bottom < window.innerHeight - 40)
      .map((m) => ({ id: m.dataset.quote, attributed: m.dataset.speaker !== "none", direct: m.classList.contains("kind-direct") })));
    // A direct quote, attributed, below the title (so the tooltip hides no heading).
    const target = inView.find((m) => m.attributed && m.direct) ?? inView.find((m) => m.attributed) ?? inView[0];
    if (target) await page.locator(`mark[data-quote="${target.id}"]`).hover();
    await page.screenshot({ path: out, fullPage: false });
    console.log(`${NAME}: saved ${out}`);
    await page.mouse.move(0, 0);
  }

  // Live update and "Load example".
  await page.locator("#live").check();
  const exampleEnabled = await page.locator("#example").isEnabled();
  if (existsSync(join(REPO, "examples/article.html"))) {
    check(exampleEnabled, '"Load example" is disabled although examples/article.html exists');
    const example = extractQuotes(readFileSync(join(REPO, "examples/article.html"), "utf8"));
    await page.evaluate(() => { document.body.dataset.state = "waiting"; });
    await page.locator("#example").click();
    await page.waitForSelector("body[data-state=done]");
    const marks = await page.locator("#paragraphs mark").count();
    check(marks === example.quotes.length, `example: ${marks} marks for ${example.quotes.length} quotes`);
  }
  await page.evaluate(() => { document.body.dataset.state = "waiting"; });
  await page.locator("#source").fill('"Live updates work," said Ana Ruiz.');
  await page.waitForSelector("body[data-state=done]", { timeout: 5_000 }).catch(() => check(false, "typing did not update the result"));
  // One of each: singular words.
  const single = await page.locator("#status").innerText();
  check(/^1 quote · 1 speaker · 1 paragraph · /.test(single), `status for one quote: ${JSON.stringify(single)}`);

  // Warnings are shown: an unclosed quotation mark.
  await page.evaluate(() => { document.body.dataset.state = "waiting"; });
  await page.locator("#source").fill("Plain words.\n\nShe said \u201cthis never ends and nobody closes it.");
  await page.waitForSelector("body[data-state=done]", { timeout: 5_000 });
  const warning = await page.evaluate(() => ({
    hidden: document.getElementById("warnings-section").hidden,
    text: document.getElementById("warnings").innerText,
  }));
  check(!warning.hidden && warning.text.includes("unclosed-quote") && warning.text.includes("(paragraph 2)"), `warnings: ${JSON.stringify(warning)}`);

  for (const e of errors) check(false, e);
  if (failures.length) {
    for (const f of failures) console.error(`${NAME}: FAIL: ${f}`);
    process.exitCode = 1;
  } else {
    console.log(`${NAME}: PASS (${reference.path}: ${seen.marks.length} marks = ${expected.quotes.length} quotes, ${seen.legend.length} speakers in the legend; ${seen.status})`);
  }
} finally {
  await browser.close();
  await server.close();
}
