// The tools compared, one entry each: how to load it (the cold-start cost is that of `load` plus
// the first call), how to run it on a text with its publication date, and how to read what it
// found into common categories for the side-by-side of the seed article.
import path from "node:path";
import { ROOT } from "./corpus.mjs";

const PKG = path.join(ROOT, "pkg/node.js");

/** Readout refuses texts over 8 MiB by default; the 10 MB text needs more. */
const READOUT_MAX_BYTES = 64 << 20;

/** chrono-node takes a Date: noon local time on the publication day, or now without one. */
function referenceDate(published) {
  return published ? new Date(`${published}T12:00:00`) : new Date();
}

/** Distinct strings after trimming punctuation, in first-seen order. */
function distinct(xs) {
  const seen = new Map();
  for (const x of xs) {
    const clean = x.trim().replace(/^[\s"'“”‘’(]+|[\s.,;:!?"'“”‘’)]+$/gu, "").replace(/'s$|’s$/u, "");
    const key = clean.toLowerCase();
    if (clean && !seen.has(key)) seen.set(key, clean);
  }
  return [...seen.values()];
}

function readoutFindings(t) {
  const name = new Map(t.actors.map((a) => [a.id, a.name]));
  const ofKind = (...kinds) => t.actors.filter((a) => kinds.includes(a.kind)).map((a) => a.name);
  return {
    people: ofKind("person"),
    places: ofKind("state"),
    organizations: ofKind("organization", "body"),
    dates: t.dates.map((d) => `${d.text} → ${d.value ?? `(${d.kind})`}${d.end ? `..${d.end}` : ""}`),
    quotes: t.statements.filter((s) => s.direct).map((s) => `${name.get(s.speaker) ?? "?"}: “${s.text}”`),
    events: t.events.map((e) => {
      const who = e.participants.map((p) => name.get(p) ?? p).join(", ");
      return `${e.type} (${who}) ${e.date ? e.date.value : "undated"}, ${e.status}`;
    }),
  };
}

function ymd(component) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${component.get("year")}-${pad(component.get("month"))}-${pad(component.get("day"))}`;
}

export const TOOLS = {
  readout: {
    label: "Readout WASM `extract`",
    async load() {
      const { extract } = await import(PKG);
      return (text, published) => extract(text, { published, maxBytes: READOUT_MAX_BYTES });
    },
    findings: readoutFindings,
  },
  "readout-dates": {
    label: "Readout WASM `extractDates`",
    async load() {
      const { extractDates } = await import(PKG);
      return (text, published) => extractDates(text, { published, maxBytes: READOUT_MAX_BYTES });
    },
    findings: (dates) => ({
      dates: dates.map((d) => `${d.text} → ${d.value ?? `(${d.kind})`}${d.end ? `..${d.end}` : ""}`),
    }),
  },
  compromise: {
    label: "compromise (people, places, organizations, quotations)",
    async load() {
      const nlp = (await import("compromise")).default;
      return (text) => {
        const doc = nlp(text);
        return {
          people: doc.people().out("array"),
          places: doc.places().out("array"),
          organizations: doc.organizations().out("array"),
          quotes: doc.quotations().out("array"),
        };
      };
    },
    findings: (r) => ({
      people: distinct(r.people),
      places: distinct(r.places),
      organizations: distinct(r.organizations),
      quotes: r.quotes,
    }),
  },
  "compromise-dates": {
    label: "compromise + compromise-dates (`.dates()`)",
    async load() {
      const nlp = (await import("compromise")).default;
      nlp.extend((await import("compromise-dates")).default);
      return (text, published) => nlp(text).dates(published ? { today: published } : {}).json();
    },
    findings: (r) => ({
      dates: r.map((d) => {
        const start = d.dates?.start?.slice(0, 10);
        const end = d.dates?.end?.slice(0, 10);
        return `${d.text.trim()} → ${start ?? "(unresolved)"}${end && end !== start ? `..${end}` : ""}`;
      }),
    }),
  },
  chrono: {
    label: "chrono-node (`chrono.parse`)",
    async load() {
      const chrono = await import("chrono-node");
      return (text, published) => chrono.parse(text, referenceDate(published));
    },
    findings: (r) => ({
      dates: r.map((d) => `${d.text} → ${ymd(d.start)}${d.end ? `..${ymd(d.end)}` : ""}`),
    }),
  },
};
