// The widget and its pages as a reader meets them, in Debian's Chromium driven by
// playwright-core: the seed article's timeline, selection and evidence, keyboard, filters,
// deep links, exports, inert hostile text, the embed under the strict CSP, the card list on a
// phone, axe-core, screenshots, and the speed numbers (printed, not asserted).
//   CHROMIUM=/path/to/chromium to use another browser binary.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve, CSP } from "../serve.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const artifacts = path.join(here, "artifacts");
const shots = path.join(here, "../screenshots");
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const seed = readFileSync(path.join(here, "../../tests/data/putin-trump-call.txt"), "utf8");
const numbers = {};

let server, browser, base;

before(async () => {
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: apt-get install chromium (or set CHROMIUM)`);
  mkdirSync(artifacts, { recursive: true });
  server = await serve(0);
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (Object.keys(numbers).length) {
    writeFileSync(path.join(artifacts, "numbers.json"), JSON.stringify(numbers, null, 2) + "\n");
    console.log("# speed: " + JSON.stringify(numbers));
  }
});

/**
 * Opens a page of www/ and waits for the timeline. Every request must stay on the server;
 * page errors and CSP violations are collected in `problems`.
 */
async function open(url, { width = 1280, height = 900, bypassCSP = false, colorScheme = "light", wait = true } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, bypassCSP, colorScheme, acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push("pageerror: " + e.message));
  page.on("console", (m) => m.type() === "error" && problems.push("console: " + m.text()));
  page.on("request", (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith("blob:")) problems.push("request: " + r.url());
  });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(e.violatedDirective + " " + e.blockedURI));
  });
  const response = await page.goto(base + url);
  if (wait) await page.waitForFunction(() => document.querySelector("readout-timeline")?.timeline?.events.length > 0);
  return { context, page, problems, response };
}

const timeline = (page) => page.evaluate(() => JSON.parse(JSON.stringify(document.querySelector("readout-timeline").timeline)));
const callOf = (tl) => tl.events.find((e) => e.type === "call" && e.date?.value === "2025-07-03");
const mark = (page, id) => page.locator(`readout-timeline [role=option][data-event="${id}"]`);
/** The element focused, looking through shadow roots. */
const focused = (page) => page.evaluate(() => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el ? { role: el.getAttribute("role"), event: el.dataset?.event || null, label: el.getAttribute("aria-label"), outline: getComputedStyle(el).outlineStyle } : null;
});

test("the seed article shows the Putin–Trump call on 3 July 2025", async () => {
  const { context, page, problems } = await open("index.html");
  const call = callOf(await timeline(page));
  assert.ok(call, "a call dated 2025-07-03");
  const names = (await timeline(page)).actors.filter((a) => call.participants.includes(a.id)).map((a) => a.name);
  assert.deepEqual(names.sort(), ["Donald Trump", "Vladimir Putin"]);
  const m = mark(page, call.id);
  await m.waitFor();
  assert.match(await m.getAttribute("aria-label"), /^Call: .*Putin.*Trump|^Call: .*Trump.*Putin/);
  assert.match(await m.getAttribute("aria-label"), /July 3, 2025/);
  assert.ok(await m.isVisible());
  assert.ok(await page.locator("readout-timeline .lane-label", { hasText: "Vladimir Putin" }).isVisible());
  assert.deepEqual(problems, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  await context.close();
});

test("clicking the call highlights its evidence and shows Ushakov's quotes", async () => {
  const { context, page } = await open("index.html");
  const call = callOf(await timeline(page));
  await mark(page, call.id).click();
  assert.equal(await mark(page, call.id).getAttribute("aria-selected"), "true");
  const card = page.locator("readout-timeline .detail .card");
  await card.waitFor();
  const text = await card.innerText();
  assert.match(text, /Yuri Ushakov/);
  assert.match(text, /will not retreat from these goals/);
  assert.match(text, /on the same page/);
  const on = page.locator("readout-timeline .panel .ev.on");
  assert.ok((await on.count()) >= call.evidence.length);
  assert.match(await on.first().innerText(), /Putin/);
  assert.match(await page.locator("readout-timeline [role=status]").last().innerText(), /^Selected: Call/);
  assert.equal(await page.evaluate(() => location.hash), "#event=" + call.id);
  // an evidence sentence of the card scrolls the article panel to it
  await card.locator(".ev-link").last().click();
  // hovering a highlighted sentence marks its event on the timeline
  await page.locator("readout-timeline .panel .ev.on").first().hover();
  assert.equal(await page.locator(`readout-timeline .mark.hot[data-event="${call.id}"]`).count() > 0, true);
  await context.close();
});

test("keyboard only: Tab into the timeline, arrows, Home/End, Enter, Escape", async () => {
  const { context, page } = await open("index.html");
  const tl = await timeline(page);
  let f = null;
  for (let i = 0; i < 40 && f?.role !== "option"; i++) {
    await page.keyboard.press("Tab");
    f = await focused(page);
  }
  assert.equal(f?.role, "option", "Tab reaches the events");
  assert.notEqual(f.outline, "none", "focus is visible");
  const first = f.event;
  await page.keyboard.press("ArrowRight");
  const second = (await focused(page)).event;
  assert.notEqual(second, first);
  await page.keyboard.press("End");
  const last = (await focused(page)).event;
  await page.keyboard.press("Home");
  assert.equal((await focused(page)).event, first);
  await page.keyboard.press("End");
  assert.equal((await focused(page)).event, last);
  assert.ok(tl.events.some((e) => e.id === last));
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  assert.equal(await mark(page, second).getAttribute("aria-selected"), "true");
  assert.ok(await page.locator("readout-timeline .detail .card").isVisible());
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("readout-timeline .detail .card").count(), 0);
  assert.equal(await page.locator("readout-timeline [aria-selected=true]").count(), 0);
  await context.close();
});

test("filters by type, actor and topic, and the search box, with counts", async () => {
  const { context, page } = await open("index.html");
  const tl = await timeline(page);
  const n = tl.events.length;
  const count = () => page.locator("readout-timeline .count").innerText();
  const shown = () => page.locator("readout-timeline .list button.item").count();
  assert.equal(await count(), `${n} of ${n} events`);
  const calls = tl.events.filter((e) => e.type === "call").length;
  const callBox = page.locator("readout-timeline .types label", { hasText: "Call" });
  assert.match(await callBox.innerText(), new RegExp(`Call \\(${calls}\\)`));
  await callBox.locator("input").uncheck();
  assert.equal(await count(), `${n - calls} of ${n} events`);
  assert.equal(await shown(), n - calls);
  assert.equal(await page.locator('readout-timeline [role=option][aria-label^="Call"]').count(), 0);
  await callBox.locator("input").check();
  const iran = tl.events.filter((e) => e.topics.includes("Iran")).length;
  assert.ok(iran > 0);
  await page.locator("readout-timeline .filters select").nth(1).selectOption("Iran");
  assert.equal(await shown(), iran);
  await page.locator("readout-timeline .filters select").nth(1).selectOption("");
  const ushakovOrTrump = tl.actors.find((a) => a.name === "Donald Trump");
  const withTrump = tl.events.filter((e) => e.participants.includes(ushakovOrTrump.id) || e.initiator === ushakovOrTrump.id).length;
  await page.locator("readout-timeline .filters select").first().selectOption("a:" + ushakovOrTrump.id);
  assert.equal(await shown(), withTrump);
  await page.locator("readout-timeline .filters select").first().selectOption("c:IR");
  assert.ok((await shown()) >= 1);
  await page.locator("readout-timeline .filters select").first().selectOption("");
  await page.locator("readout-timeline input[type=search]").fill("prisoner");
  assert.equal(await shown(), 1);
  assert.match(await page.locator("readout-timeline .list button.item").innerText(), /Agreement/);
  await page.locator("readout-timeline input[type=search]").fill("");
  assert.equal(await shown(), n);
  // lanes per country
  await page.locator("readout-timeline .switch input[value=country]").check();
  assert.ok(await page.locator("readout-timeline .lane-label", { hasText: "Russia" }).count());
  await context.close();
});

test("a deep link selects its event and the hash follows the selection", async () => {
  const { context, page } = await open("index.html#event=e5");
  await page.waitForFunction(() => document.querySelector("readout-timeline").shadowRoot.querySelector(".detail .card"));
  assert.equal(await mark(page, "e5").getAttribute("aria-selected"), "true");
  const call = callOf(await timeline(page));
  await mark(page, call.id).click();
  assert.equal(await page.evaluate(() => location.hash), "#event=" + call.id);
  await page.evaluate(() => (location.hash = "#event=e5"));
  await page.waitForFunction(() => document.querySelector("readout-timeline").shadowRoot.querySelector('[data-event="e5"][aria-selected=true]'));
  await context.close();
});

test("every export downloads and parses", async () => {
  const { context, page } = await open("index.html");
  const tl = await timeline(page);
  const dated = tl.events.filter((e) => e.date).length;
  const get = async (name) => {
    const [dl] = await Promise.all([page.waitForEvent("download"), page.locator("readout-timeline .exports button", { hasText: name }).click()]);
    return { name: dl.suggestedFilename(), body: readFileSync(await dl.path(), "utf8") };
  };
  const json = await get("Timeline JSON");
  assert.equal(json.name, "timeline.json");
  assert.deepEqual(JSON.parse(json.body), tl);
  const tjs = JSON.parse((await get("TimelineJS")).body);
  assert.equal(tjs.events.length, dated);
  for (const e of tjs.events) {
    assert.equal(typeof e.start_date.year, "number");
    assert.equal(typeof e.text.headline, "string");
  }
  const csv = (await get("CSV")).body;
  const rows = csv.trimEnd().split("\r\n");
  assert.equal(rows[0], "id,type,status,date,grain,approx,participants,initiator,place,topics,evidence");
  assert.equal(rows.length, tl.events.length + 1);
  const ics = (await get("Calendar")).body;
  assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2.0\r\n/);
  assert.match(ics, /END:VCALENDAR\r\n$/);
  assert.equal((ics.match(/^BEGIN:VEVENT\r$/gm) || []).length, dated);
  assert.match(ics, /DTSTART;VALUE=DATE:20250703/);
  assert.ok(ics.split("\r\n").every((l) => new TextEncoder().encode(l).length <= 75), "lines folded at 75 octets");
  await context.close();
});

test("hostile text renders as text: no markup, no script, no handler runs", async () => {
  // CSP bypassed so that any markup injected would really run: the widget itself must be inert.
  const { context, page, problems } = await open("index.html", { bypassCSP: true });
  const hostile = [
    `Russian President Vladimir Putin met <img src=x onerror="window.__xss=1"> Donald Trump in Moscow on Monday.`,
    `Putin said "<script>window.__xss=2</script>" to reporters, calling it <a href="javascript:window.__xss=3">a deal</a>.`,
    `Trump criticised Putin on Tuesday: "it was " onmouseover="window.__xss=4" x='bad' and <b>bold</b>."`,
  ].join("\n\n");
  await page.evaluate((text) => document.querySelector("readout-timeline").load(text, { published: "2025-07-04" }), hostile);
  const tl = await timeline(page);
  assert.ok(tl.events.length > 0);
  for (const e of tl.events) {
    await mark(page, e.id).click();
    await page.locator("readout-timeline .detail .card").hover();
  }
  await page.locator("readout-timeline .panel .ev").first().hover();
  const found = await page.evaluate(() => {
    const root = document.querySelector("readout-timeline").shadowRoot;
    return {
      xss: window.__xss ?? null,
      injected: root.querySelectorAll("img, script, a, b, [onerror], [onmouseover]").length + document.querySelectorAll("img, body script:not([src])").length,
      panel: root.querySelector(".panel").textContent,
    };
  });
  assert.equal(found.xss, null);
  assert.equal(found.injected, 0);
  assert.ok(found.panel.includes(`<img src=x onerror="window.__xss=1">`));
  assert.ok(found.panel.includes(`<script>window.__xss=2</script>`));
  const [dl] = await Promise.all([page.waitForEvent("download"), page.locator("readout-timeline .exports button", { hasText: "TimelineJS" }).click()]);
  const tjs = readFileSync(await dl.path(), "utf8");
  assert.ok(!/<img|<script|<a /.test(tjs), "TimelineJS fields (HTML) are escaped");
  assert.deepEqual(problems.filter((p) => !p.includes("favicon")), []);
  await context.close();
});

test("embed.html under the strict CSP renders the timeline and highlights in place", async () => {
  const { context, page, problems, response } = await open("embed.html");
  assert.equal(response.headers()["content-security-policy"], CSP);
  const tl = await timeline(page);
  assert.equal(tl.published?.date, "2025-07-04");
  const call = callOf(tl);
  assert.ok(call, "the call on 3 July 2025");
  assert.ok(await mark(page, call.id).isVisible());
  await mark(page, call.id).scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => scrollY);
  await mark(page, call.id).click();
  await page.waitForFunction(() => CSS.highlights.get("readout-selected")?.size > 0);
  const hl = await page.evaluate(() => ({
    all: CSS.highlights.get("readout-evidence").size,
    selected: [...CSS.highlights.get("readout-selected")].map((r) => r.toString()),
    inArticle: [...CSS.highlights.get("readout-selected")].every((r) => document.querySelector("#story").contains(r.commonAncestorContainer)),
    marks: document.querySelectorAll("#story mark, #story span").length,
  }));
  assert.ok(hl.all >= tl.events.length);
  const cardEvidence = await page.locator("readout-timeline .detail .ev-link").allInnerTexts();
  const norm = (s) => s.replace(/\s+/g, " ").trim();
  assert.deepEqual(hl.selected.map(norm), cardEvidence.map(norm), "the highlighted ranges are the evidence sentences");
  assert.ok(hl.selected.some((s) => s.includes("Putin")));
  assert.ok(hl.inArticle);
  assert.equal(hl.marks, 0, "the host's DOM is not modified");
  await page.waitForFunction((y) => Math.abs(scrollY - y) > 50, before);
  for (let y = -1, now; (now = await page.evaluate(() => scrollY)) !== y; y = now) await page.waitForTimeout(150);
  // the figure caption and the aside are not read as article text
  const text = await page.evaluate(() => {
    const r = document.querySelector("readout-timeline");
    return r.timeline.events.flatMap((e) => e.evidence).length;
  });
  assert.ok(text > 0);
  // hovering a highlighted sentence on the host page marks its event
  const box = await page.evaluate(() => {
    const r = [...[...CSS.highlights.get("readout-selected")][0].getClientRects()].find((r) => r.width > 20);
    return { x: r.x + 10, y: r.y + r.height / 2 };
  });
  assert.ok(box.y > 0 && box.y < 900, "scrolled to the first evidence sentence");
  await page.mouse.move(box.x, box.y);
  await page.waitForFunction(() => document.querySelector("readout-timeline").shadowRoot.querySelector(".mark.hot"), null, { timeout: 5000 });
  assert.deepEqual(problems, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  await page.screenshot({ path: path.join(artifacts, "embed-desktop.png"), fullPage: true });
  await context.close();
});

test("a 390 px wide screen shows the card list", async () => {
  const { context, page } = await open("index.html", { width: 390, height: 844 });
  const tl = await timeline(page);
  assert.ok(await page.locator("readout-timeline .list").isVisible());
  assert.equal(await page.locator("readout-timeline .plot").isVisible(), false);
  assert.equal(await page.locator("readout-timeline .list button.item").count(), tl.events.length);
  const call = callOf(tl);
  const item = page.locator(`readout-timeline .list button.item[data-event="${call.id}"]`);
  await item.click();
  assert.equal(await item.getAttribute("aria-expanded"), "true");
  assert.match(await page.locator("readout-timeline .list .item-body").filter({ hasText: "Ushakov" }).innerText(), /will not retreat/);
  await item.focus();
  await page.keyboard.press("ArrowDown");
  assert.notEqual((await focused(page)).event, call.id);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no horizontal scrolling (${width}px)`);
  await page.screenshot({ path: path.join(artifacts, "index-mobile.png"), fullPage: true });
  mkdirSync(shots, { recursive: true });
  await page.evaluate(() => document.querySelector("readout-timeline").scrollIntoView());
  await page.screenshot({ path: path.join(shots, "mobile.jpg"), type: "jpeg", quality: 70 });
  await context.close();
});

test("axe-core finds no violations (desktop, phone, dark, embed, with a card open)", async () => {
  const runs = [["index.html", 1280, "light"], ["index.html", 390, "light"], ["index.html", 1280, "dark"], ["embed.html", 1280, "light"], ["embed.html", 390, "dark"]];
  for (const [url, width, colorScheme] of runs) {
    const { context, page } = await open(url, { width, colorScheme, bypassCSP: true });
    const call = callOf(await timeline(page));
    await page.evaluate((id) => document.querySelector("readout-timeline").select(id, { scroll: false }), call.id);
    await page.waitForTimeout(400); // transitions end
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() => axe.run(document, { resultTypes: ["violations"] }));
    const summary = result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" > ")).join(" | ")}`);
    assert.deepEqual(summary, [], `${url} at ${width}px, ${colorScheme}`);
    await context.close();
  }
});

test("text typed by the reader survives a reload; a text too large gets a message", async () => {
  const { context, page } = await open("index.html");
  const mine = "Chinese President Xi Jinping met French President Emmanuel Macron in Beijing on Monday.";
  await page.fill("#text", mine);
  await page.fill("#published", "2025-03-05");
  await page.click("button[type=submit]");
  await page.waitForFunction(() => document.querySelector("readout-timeline").timeline.events.some((e) => e.type === "meeting"));
  await page.reload();
  await page.waitForFunction(() => document.querySelector("readout-timeline")?.timeline?.events.length > 0);
  assert.equal(await page.inputValue("#text"), mine);
  assert.equal(await page.inputValue("#published"), "2025-03-05");
  const meeting = (await timeline(page)).events.find((e) => e.type === "meeting");
  assert.equal(meeting?.date?.value, "2025-03-03");
  // a long text goes to the Worker, a text over the limit gets a clear message
  const long = await page.evaluate((s) => document.querySelector("readout-timeline").load(s.repeat(40), { published: "2025-07-04" }).then((t) => t.events.length), seed);
  assert.ok(long > 0);
  const err = await page.evaluate(() => document.querySelector("readout-timeline").load("word ".repeat(500000)).then(() => null, (e) => e.message));
  assert.match(err, /too large/);
  assert.match(await page.locator("readout-timeline .message").innerText(), /too large .* the limit is/);
  // an .html file: the article body and its publication date
  await page.click("#sample");
  await page.setInputFiles("#file", { name: "story.html", mimeType: "text/html", buffer: readFileSync(path.join(here, "../embed.html")) });
  await page.waitForFunction(() => document.querySelector("#published").value === "2025-07-04" && document.querySelector("#text").value.startsWith("Putin steps off"));
  const read = await page.inputValue("#text");
  assert.ok(!read.includes("Dispatch staff") && !read.includes("Related"), "caption and aside skipped");
  await context.close();
});

test("screenshots and speed: load() to rendered timeline, frame times with 500 events", async () => {
  const { context, page } = await open("index.html", { width: 1400, height: 1000 });
  const call = callOf(await timeline(page));
  await page.evaluate((id) => document.querySelector("readout-timeline").select(id, { scroll: false }), call.id);
  await page.screenshot({ path: path.join(artifacts, "index-desktop.png"), fullPage: true });
  mkdirSync(shots, { recursive: true });
  await page.locator("readout-timeline").scrollIntoViewIfNeeded();
  await page.evaluate(() => document.querySelector(".result").scrollIntoView());
  await page.screenshot({ path: path.join(shots, "desktop.jpg"), type: "jpeg", quality: 70 });

  // load() of the seed to rendered timeline, warm (the WebAssembly compiled once before)
  numbers.firstLoadMs = await page.evaluate(() => performance.getEntriesByName("readout-load-to-render")[0]?.duration);
  numbers.loadToRenderMs = await page.evaluate(async (text) => {
    const el = document.querySelector("readout-timeline");
    const runs = [];
    for (let i = 0; i < 15; i++) {
      performance.clearMeasures("readout-load-to-render");
      await el.load(text, { published: "2025-07-04" });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      runs.push(performance.getEntriesByName("readout-load-to-render")[0].duration);
    }
    runs.sort((a, b) => a - b);
    return { median: runs[7], min: runs[0], max: runs[14] };
  }, seed);

  // 500 events over three years in 24 lanes, then wheel zooms and drags
  await page.evaluate(() => {
    const el = document.querySelector("readout-timeline");
    const types = ["call", "meeting", "visit", "statement", "agreement", "criticism", "sanction", "military", "aid"];
    const codes = ["US", "RU", "UA", "CN", "FR", "DE", "GB", "IR", "IL", "TR", "IN", "JP"];
    const actors = codes.flatMap((c, i) => [
      { id: "s" + i, name: "State " + c, kind: "state", country: c, aliases: [], titles: [], mentions: [] },
      { id: "p" + i, name: "Leader " + c, kind: "person", country: c, aliases: [], titles: [], mentions: [] },
    ]);
    let seedN = 7;
    const rnd = () => ((seedN = (seedN * 16807) % 2147483647) / 2147483647);
    const events = Array.from({ length: 500 }, (_, i) => {
      const a = actors[Math.floor(rnd() * actors.length)], b = actors[Math.floor(rnd() * actors.length)];
      const d = new Date(Date.UTC(2023, 0, 1) + Math.floor(rnd() * 1000) * 86400000).toISOString().slice(0, 10);
      return { id: "e" + (i + 1), type: types[i % types.length], participants: a === b ? [a.id] : [a.id, b.id], initiator: a.id,
        date: i % 50 === 0 ? null : { value: i % 7 === 0 ? d.slice(0, 7) : d, grain: i % 7 === 0 ? "month" : "day", approx: i % 5 === 0, text: null, span: null },
        status: i % 9 === 0 ? "planned" : "occurred", evidence: [], cameo: "", plover: "", mode: "", count: null, place: null, topics: ["Topic " + (i % 6)] };
    });
    el.timeline = { version: 1, published: null, actors, events, statements: [], dates: [] };
  });
  const plot = page.locator("readout-timeline .plot");
  const box = await plot.boundingBox();
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => { window.__frames.push(t - last); last = t; if (window.__frames.length < 100000) window.__raf = requestAnimationFrame(tick); };
    window.__raf = requestAnimationFrame(tick);
  });
  const cx = box.x + box.width / 2, cy = box.y + 60;
  const frames = () => page.evaluate(() => window.__frames.splice(0).slice(1));
  const summary = (f) => {
    f.sort((a, b) => a - b);
    const q = (p) => +(f[Math.min(f.length - 1, Math.floor(f.length * p))] ?? 0).toFixed(1);
    return { frames: f.length, median: q(0.5), p95: q(0.95), max: q(1) };
  };
  const stats = async () => summary(await frames());
  // three wheel gestures (10 steps in, 10 out), their frames pooled; then the longest frame
  // after a gesture of 10 steps in and one of 10 steps out, where clusters and label rows settle
  const zoom = [];
  for (let r = 0; r < 3; r++) {
    await page.mouse.move(cx, cy);
    await frames();
    for (let i = 0; i < 20; i++) { await page.mouse.wheel(0, i < 10 ? -120 : 120); await page.waitForTimeout(16); }
    zoom.push(...(await frames()));
    await page.waitForTimeout(300);
  }
  numbers.zoom500 = summary(zoom);
  numbers.zoomSettleFrame500 = {};
  for (const [name, dy] of [["afterIn", -120], ["afterOut", 120]]) {
    for (let i = 0; i < 10; i++) { await page.mouse.wheel(0, dy); await page.waitForTimeout(16); }
    await frames();
    await page.waitForTimeout(300);
    numbers.zoomSettleFrame500[name] = +Math.max(...(await frames())).toFixed(1);
  }
  await page.mouse.move(cx, cy);
  await frames();
  await page.mouse.down();
  for (let i = 0; i < 60; i++) { await page.mouse.move(cx + (i % 20 < 10 ? i % 10 : 10 - (i % 10)) * 30, cy); await page.waitForTimeout(16); }
  await page.mouse.up();
  numbers.pan500 = await stats();
  await page.evaluate(() => cancelAnimationFrame(window.__raf));
  numbers.drawMs500 = await page.evaluate(() => {
    const el = document.querySelector("readout-timeline");
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) { el._scale.zoom(i % 2 ? 1.2 : 1 / 1.2); el._draw(); }
    return +((performance.now() - t0) / 20).toFixed(2);
  });
  assert.ok((await page.locator("readout-timeline [role=option]").count()) === 500);
  await page.screenshot({ path: path.join(artifacts, "index-500-events.png") });
  await context.close();
});
