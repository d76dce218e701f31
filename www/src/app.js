/**
 * The exploration page (index.html): the text box, file drop and date field feed the
 * <readout-timeline> element; the last text read survives a reload (localStorage); the seed
 * article is shown the first time.
 */
import * as core from "../pkg/readout.js";
import { ready } from "./readout-timeline.js";
import { SAMPLE, SAMPLE_PUBLISHED } from "./sample.js";

const KEY = "readout:article";
const $ = (id) => document.getElementById(id);
const [form, textBox, published, file, status, timeline, drop] =
  ["form", "text", "published", "file", "status", "timeline", "drop"].map($);

/** The saved {text, published}, or the sample article. */
function saved() {
  try {
    const v = JSON.parse(localStorage.getItem(KEY));
    if (v && typeof v.text === "string") return v;
  } catch {}
  return { text: SAMPLE, published: SAMPLE_PUBLISHED };
}

function save(v) {
  try {
    if (v.text === SAMPLE) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(v));
  } catch {
    say("This text is too large to be kept for the next visit; it is read anyway.");
  }
}

function say(text, error = false) {
  status.textContent = text;
  status.classList.toggle("error", error);
}

/** Reads the text of the form into the timeline. */
async function read() {
  const v = { text: textBox.value, published: published.value || null };
  save(v);
  say("Reading…");
  try {
    const t0 = performance.now();
    const tl = await timeline.load(v.text, v.published ? { published: v.published } : {});
    say(`${tl.events.length} events, ${tl.statements.length} statements, ${tl.actors.length} actors (${Math.round(performance.now() - t0)} ms).`);
  } catch (e) {
    say(e.message || String(e), true);
  }
}

/**
 * The article text and publication date of an HTML file: the article body (article, main or
 * body) read as Readout reads a page element, and the date from its metadata.
 */
async function fromHtml(html) {
  await ready();
  const doc = new DOMParser().parseFromString(html, "text/html");
  const body = doc.querySelector("article [itemprop=articleBody], article, main, [role=main]") || doc.body;
  const text = core.extractFromElement(body).text;
  const date = core.publishedFromDocument(doc);
  return { text: text.trim(), published: date };
}

async function open(f) {
  if (!f) return;
  if (f.size > 20 * 1024 * 1024) return say(`${f.name} is too large (${Math.round(f.size / 1048576)} MB).`, true);
  const raw = await f.text();
  const v = /\.html?$/i.test(f.name) || f.type === "text/html" ? await fromHtml(raw) : { text: raw, published: null };
  textBox.value = v.text;
  if (v.published) published.value = v.published;
  await read();
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  read();
});
$("sample").addEventListener("click", () => {
  textBox.value = SAMPLE;
  published.value = SAMPLE_PUBLISHED;
  read();
});
file.addEventListener("change", () => open(file.files[0]));
drop.addEventListener("dragover", (e) => {
  e.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (e) => {
  e.preventDefault();
  drop.classList.remove("over");
  open(e.dataTransfer.files[0]);
});

const start = saved();
textBox.value = start.text;
published.value = start.published || "";
read();
