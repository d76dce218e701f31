// extractFromElement and publishedFromDocument in Debian's Chromium (playwright-core): real-looking
// news pages with the date in JSON-LD (an array, an @graph), in article:published_time only, in a
// <time> of the article, or nowhere; what is read and what is skipped; evidence mapped back to
// the page's own text nodes; errors for what is not an element or a document.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../serve.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const fixture = (name) => readFileSync(path.join(here, "pages", name), "utf8");
let server, browser, page;

before(async () => {
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: apt-get install chromium (or set CHROMIUM)`);
  server = await serve(0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage();
  await page.route(`${base}blank.html`, (r) => r.fulfill({ contentType: "text/html", body: "<!doctype html><title>blank</title>" }));
  await page.goto(`${base}blank.html`);
  await page.evaluate(async () => {
    const m = await import("/pkg/readout.js");
    await m.default();
    window.readout = m;
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Parses `html` in the page and runs `fn(readout, doc)` there. */
function inPage(html, fn) {
  return page.evaluate(([html, source]) => {
    const doc = new DOMParser().parseFromString(html, "text/html");
    return new Function("readout", "doc", `return (${source})(readout, doc);`)(window.readout, doc);
  }, [html, fn.toString()]);
}

test("publishedFromDocument reads JSON-LD arrays and @graph, then meta, then <time> in the article", async () => {
  const date = (name) => inPage(fixture(name), (r, doc) => r.publishedFromDocument(doc));
  assert.equal(await date("jsonld-array.html"), "2025-07-04");
  assert.equal(await date("jsonld-graph.html"), "2014-09-30", "the article in @graph, not the WebPage");
  assert.equal(await date("og-meta.html"), "2013-09-27", "broken JSON-LD is passed over");
  assert.equal(await date("time-only.html"), "2014-05-02", "the <time> in the article, not the page header's");
  assert.equal(await date("nothing.html"), null);
});

test("extractFromElement reads the story, skips page furniture, and dates it from the metadata", async () => {
  const got = await inPage(fixture("jsonld-array.html"), (r, doc) => {
    const { text, timeline } = r.extractFromElement(doc.querySelector("#story"));
    return { text, published: timeline.published, events: timeline.events, statements: timeline.statements };
  });
  assert.match(got.text, /^Putin and Trump hold phone call\n\nBy Anna Petrova\n\n/);
  assert.match(got.text, /spoke by phone with U\.S\. President +Donald Trump on Thursday/, "line breaks inside a node become spaces");
  for (const skipped of ["Photo: Courier archive", "Related", "Macron", "Great call", "__ads", "Biden"]) {
    assert.ok(!got.text.includes(skipped), `"${skipped}" is not article text`);
  }
  assert.deepEqual(got.published, { date: "2025-07-04", source: "metadata" });
  const call = got.events.find((e) => e.type === "call");
  assert.ok(call, "the phone call is found");
  assert.equal(call.date?.value, "2025-07-03", "Thursday before the publication date");
  assert.ok(got.statements.some((s) => s.direct && s.text.includes("frank")));
});

test("every evidence span maps back to the page's text nodes", async () => {
  for (const name of ["jsonld-array.html", "jsonld-graph.html", "og-meta.html", "time-only.html"]) {
    const problems = await inPage(fixture(name), (r, doc) => {
      const root = doc.querySelector("article") || doc.body;
      const { text, timeline, nodes, starts } = r.extractFromElement(root);
      const bad = [];
      if (nodes.length !== starts.length || nodes.length === 0) bad.push("nodes and starts differ");
      nodes.forEach((n, i) => {
        if (!(n instanceof Text) || !root.contains(n)) bad.push(`node ${i} is not a text node of the element`);
        const data = n.data.replace(/[\n\r\t]/g, " ");
        if (text.slice(starts[i], starts[i] + n.data.length) !== data) bad.push(`node ${i} is not at ${starts[i]}`);
      });
      // The text of a span rebuilt from the nodes it covers equals the slice of `text`.
      const rebuilt = ([s, e]) => {
        let out = "";
        nodes.forEach((n, i) => {
          const a = Math.max(s, starts[i]), b = Math.min(e, starts[i] + n.data.length);
          if (a < b) out += n.data.slice(a - starts[i], b - starts[i]);
        });
        return out.replace(/\s+/g, " ").trim();
      };
      const spans = timeline.events.flatMap((e) => e.evidence).concat(timeline.statements.map((s) => s.span));
      for (const span of spans) {
        if (rebuilt(span) !== text.slice(...span).replace(/\s+/g, " ").trim()) bad.push(`span ${span} does not map back`);
      }
      if (!spans.length) bad.push("no evidence at all");
      return bad;
    });
    assert.deepEqual(problems, [], name);
  }
});

test("a given published date wins over the page's; without metadata the text's own date is used", async () => {
  const given = await inPage(fixture("og-meta.html"), (r, doc) => r.extractFromElement(doc.body, { published: "2013-10-01" }).timeline.published);
  assert.deepEqual(given, { date: "2013-10-01", source: "given" });
  const none = await inPage(fixture("nothing.html"), (r, doc) => r.extractFromElement(doc.body).timeline);
  assert.equal(none.published, null);
  assert.ok(none.events.some((e) => e.type === "meeting"), "Macron met Scholz");
});

test("what is not an element or a document throws a TypeError naming it, and the module goes on", async () => {
  const errors = await inPage("<p>x</p>", (r, doc) => {
    const out = [];
    for (const [fn, arg] of [[r.extractFromElement, "<p>text</p>"], [r.extractFromElement, null], [r.publishedFromDocument, doc.body], [r.publishedFromDocument, undefined]]) {
      try { fn(arg); out.push("no error"); } catch (e) { out.push(`${e.name}: ${e.message}`); }
    }
    out.push(r.extractFromElement(doc.body).text);
    return out;
  });
  assert.match(errors[0], /^TypeError: element must be a DOM Element, got "<p>text<\/p>"/);
  assert.match(errors[1], /^TypeError: element must be a DOM Element/);
  assert.match(errors[2], /^TypeError: document must be a DOM Document, got an object \(HTMLBodyElement\)/);
  assert.match(errors[3], /^TypeError: document must be a DOM Document/);
  assert.equal(errors[4], "x");
});
