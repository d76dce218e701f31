// The Markdown report of one run: goals first, then the tables they are computed from.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { kb, MB, ms, num } from "./stats.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PINNED = JSON.parse(readFileSync(path.join(HERE, "package.json"), "utf8")).dependencies;

/** Display names, peers with their pinned versions. */
const NAMES = {
  readout: "Readout WASM `extract`",
  "readout-dates": "Readout WASM `extractDates`",
  compromise: `compromise ${PINNED.compromise} (people, places, orgs, quotations)`,
  "compromise-dates": `compromise + compromise-dates ${PINNED["compromise-dates"]} (\`.dates()\`)`,
  chrono: `chrono-node ${PINNED["chrono-node"]} (\`chrono.parse\`)`,
};

/** The goals of issue 6. */
const GOALS = { perArticleVsCompromise: 50, datesVsChrono: 10, coldStartMs: 30, linearMax: 12 };

const FINDINGS_COLUMNS = [
  ["readout", "Readout"],
  ["compromise", "compromise"],
  ["compromise-dates", "compromise-dates"],
  ["chrono", "chrono-node"],
];
const FINDINGS_ROWS = [
  ["people", "people"],
  ["places", "places (Readout: states)"],
  ["organizations", "organizations (Readout: organizations and bodies)"],
  ["dates", "dates"],
  ["quotes", "quotations (Readout: direct quotes with a speaker)"],
  ["events", "events"],
];

const table = (head, rows) =>
  [`| ${head.join(" | ")} |`, `| ${head.map((h, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");

const mbps = (bytes, t) => (t > 0 ? `${num(bytes / MB / (t / 1000))} MB/s` : "–");
const mib = (bytes) => (bytes == null ? "–" : `${num(bytes / MB)} MB`);
const ratio = (x) => (x == null || !Number.isFinite(x) ? "–" : `${num(x)}×`);
const met = (ok) => (ok == null ? "–" : ok ? "yes" : "**no**");

/** The measured large texts of a tool, smallest first: `[label, { ms, bytes, ... }]`. */
function measured(texts) {
  return Object.entries(texts ?? {}).filter(([, r]) => r && r.medianMs != null && !r.failed);
}

/** Time on the largest measured text over the time on the one 10× smaller. */
function linearity(texts) {
  const m = measured(texts);
  for (let i = m.length - 1; i > 0; i--) {
    const [big, b] = m[i];
    const [small, s] = m[i - 1];
    return { ratio: b.medianMs / s.medianMs, pair: `${big} / ${small}` };
  }
  return null;
}

function nativeTexts(native) {
  return Object.fromEntries(Object.entries(native.texts ?? {}).map(([k, r]) => [k, { ...r, medianMs: r.ms }]));
}

function goals({ tools, native }) {
  const r = tools.readout;
  const perArticle = tools.compromise.articles.medianMs / r.articles.medianMs;
  const perPass = tools.compromise.articles.passMs / r.articles.passMs;
  const dates = tools.chrono.articles.medianMs / tools["readout-dates"].articles.medianMs;
  const datesPass = tools.chrono.articles.passMs / tools["readout-dates"].articles.passMs;
  const cold = r.cold?.coldMs;
  const compromiseCold = tools.compromise.cold?.coldMs;
  const lin = linearity(r.texts);
  const nativeLin = native.texts ? linearity(nativeTexts(native)) : null;
  const rows = [
    [
      `Readout WASM per article ≥ ${GOALS.perArticleVsCompromise}× faster than compromise with entities`,
      `${ratio(perArticle)} (median ${ms(tools.compromise.articles.medianMs)} vs ${ms(r.articles.medianMs)}; whole dev set ${ratio(perPass)})`,
      met(perArticle >= GOALS.perArticleVsCompromise),
    ],
    [
      `Readout \`extractDates\` ≥ ${GOALS.datesVsChrono}× faster than chrono-node`,
      `${ratio(dates)} (median ${ms(tools.chrono.articles.medianMs)} vs ${ms(tools["readout-dates"].articles.medianMs)}; whole dev set ${ratio(datesPass)})`,
      met(dates >= GOALS.datesVsChrono),
    ],
    [
      `Cold start (import + init + first article) < ${GOALS.coldStartMs} ms`,
      `${ms(cold)} (compromise ${ms(compromiseCold)}, ${ratio(compromiseCold / cold)} slower)`,
      met(cold < GOALS.coldStartMs),
    ],
    [
      `Linear time: 10× the input, at most ${GOALS.linearMax}× the time`,
      `WASM ${lin ? `${ratio(lin.ratio)} (${lin.pair})` : "–"}; native ${nativeLin ? `${ratio(nativeLin.ratio)} (${nativeLin.pair})` : "–"}`,
      met(lin ? lin.ratio <= GOALS.linearMax : null),
    ],
  ];
  return table(["goal", "measured", "met"], rows);
}

function perArticle({ tools, native, criterion }) {
  const rows = [];
  for (const [id, t] of Object.entries(tools)) {
    const a = t.articles;
    if (a.failed) {
      rows.push([NAMES[id], `failed: ${a.failed}`, "", "", "", "", ""]);
      continue;
    }
    const c = t.cold ?? {};
    rows.push([
      NAMES[id],
      ms(a.medianMs),
      `${ms(a.passMs)} (${num(a.bytes / 1024 / (a.passMs / 1000))} KB/s)`,
      c.failed ? `failed: ${c.failed}` : ms(c.loadMs),
      ms(c.firstMs),
      c.coldMs != null ? `**${ms(c.coldMs)}**` : "–",
      ms(c.sinceProcessStartMs),
    ]);
  }
  if (!native.missing) {
    rows.push([
      `Readout native CLI${native.pinned ? ", one core" : ""}`,
      `${ms(native.perArticleMs)} (mean)`,
      `${ms(native.perArticleMs * tools.readout.articles.articles)}`,
      "–",
      "–",
      `**${ms(native.seedProcessMs)}** (whole process)`,
      ms(native.seedProcessMs),
    ]);
  }
  if (criterion?.seed) rows.push(["Readout native, criterion (seed article only)", ms(criterion.seed.ms), "–", "–", "–", "–", "–"]);
  return table(
    ["tool", "per article (median)", "one pass over the dev set", "cold: import + init", "cold: first article", "cold start", "process start → first result"],
    rows,
  );
}

function largeTexts({ tools, native, files }) {
  const labels = files.map((f) => f.label);
  const cell = (r) => {
    if (!r) return "–";
    if (r.skipped) return `not run: ${r.skipped}`;
    if (r.failed) return `failed: ${r.failed}`;
    return `${ms(r.medianMs)} (${mbps(r.bytes, r.medianMs)})`;
  };
  const memory = (texts, baseline) => {
    const m = measured(texts);
    if (!m.length) return ["–", "–"];
    const [label, r] = m[m.length - 1];
    const base = baseline ?? r.rssBeforeBytes;
    return [`${mib(r.maxRssBytes)} (${label})`, r.maxRssBytes && base != null ? `${num((r.maxRssBytes - base) / r.bytes)} MB` : "–"];
  };
  const rows = [];
  for (const [id, t] of Object.entries(tools)) {
    if (!t.texts) continue;
    const lin = linearity(t.texts);
    rows.push([NAMES[id], ...labels.map((l) => cell(t.texts[l])), lin ? `${ratio(lin.ratio)} (${lin.pair})` : "–", ...memory(t.texts)]);
  }
  if (!native.missing) {
    const nt = nativeTexts(native);
    const lin = linearity(nt);
    rows.push(["Readout native CLI (one document)", ...labels.map((l) => cell(nt[l])), lin ? `${ratio(lin.ratio)} (${lin.pair})` : "–", ...memory(nt, native.startRssBytes)]);
  }
  return table(["tool", ...labels, "time for 10× the input", "peak RSS", "RSS growth per MB of input"], rows);
}

function criterionTable(criterion, files) {
  if (!criterion) return "No criterion results in target/criterion (run `nice -n 19 cargo bench --bench extract` to add them).";
  const rows = Object.entries(criterion).map(([k, c]) => {
    const bytes = k === "seed" ? null : files.find((f) => f.label === k)?.bytes;
    return [k === "seed" ? "seed article" : k, ms(c.ms), bytes ? mbps(bytes, c.ms) : "–", c.written.toISOString?.() ?? String(c.written)];
  });
  return table(["text", "median", "throughput", "written"], rows);
}

function sizesTable(sizes) {
  return table(
    ["what", "files", "raw", "gzip -9"],
    sizes.map((s) => [s.name + (s.note ? ` (${s.note})` : ""), s.files.length > 3 ? `${s.files.length} files` : s.files.map((f) => `\`${f}\``).join(", ") || "–", kb(s.raw), `**${kb(s.gzip)}**`]),
  );
}

function findings(tools) {
  const found = Object.fromEntries(FINDINGS_COLUMNS.map(([id]) => [id, tools[id]?.articles?.findings ?? {}]));
  const counts = table(
    ["on the seed article", ...FINDINGS_COLUMNS.map(([, n]) => n)],
    FINDINGS_ROWS.map(([key, label]) => [label, ...FINDINGS_COLUMNS.map(([id]) => (found[id][key] ? String(found[id][key].length) : "—"))]),
  );
  const lists = [];
  for (const [id, name] of FINDINGS_COLUMNS) {
    lists.push(`**${name}**`, "");
    for (const [key] of FINDINGS_ROWS) {
      const xs = found[id][key];
      if (!xs) continue;
      lists.push(`- ${key} (${xs.length}): ${xs.length ? xs.map((x) => x.replace(/\|/g, "\\|").replace(/\s+/g, " ")).join(" · ") : "none"}`);
    }
    lists.push("");
  }
  return `${counts}\n\n${lists.join("\n")}`;
}

export function renderReport({ info, tools, native, criterion, sizes, files, quick }) {
  const load = (l) => l.map((x) => x.toFixed(2)).join(", ");
  return `# Readout against its peers

${quick ? "**Quick run (`--quick`): few repetitions, no 10 MB text; not written to RESULTS.md.**\n\n" : ""}Measured in one run by \`cd www/bench && npm ci && npm run bench\` (\`node run.mjs\`) on ${info.date}.
Readout ${info.readout} (commit ${info.commit}, \`pkg/\` as built), peers pinned in \`www/bench/package.json\`.
Machine: ${info.cpu}, ${info.cores} cores, ${num(info.memoryGiB)} GiB, Node ${info.node}; load average ${load(info.loadBefore)} before
and ${load(info.loadAfter)} after${info.nice ? `; measuring processes at nice ${info.nice}` : ""}. The machine is shared and noisy: the
ratios between tools measured minutes apart are what matter, not the absolute times.

## Goals (issue 6)

${goals({ tools, native })}

## Per article: the ${tools.readout.articles.articles} dev articles (${kb(tools.readout.articles.bytes)} together)

Each article timed on its own after warm-up passes, in one fresh process per tool; the median is
over articles and repetitions${info.rounds > 1 ? `, and each tool keeps the faster of ${info.rounds} rounds (each round measures every tool in turn)` : ""}. Cold start: a fresh Node process per run (median of several)
timing \`import\` (Readout: reading and compiling the .wasm) plus the first call on the seed
article; the last column adds Node's own start-up. The native row is a \`--jsonl\` batch of
the dev articles ×${native.batchLines ? native.batchLines / tools.readout.articles.articles : "–"} pinned to one core (taking the cores in turn), less the process start on empty input
(${ms(native.startMs)}), and for cold start a whole \`readout extract\` process on the seed.

${perArticle({ tools, native, criterion })}

## Large texts: whole dev articles concatenated

Sizes: ${files.map((f) => `${f.label} = ${f.bytes.toLocaleString("en")} bytes`).join(", ")}. A run predicted to take over
a minute (from the smaller text) is not run. Peak RSS is the process's maximum resident set;
the growth per MB is that peak less the resident set after loading the tool, over the input
size (for Node this includes the input string itself and the JS objects of the result).

${largeTexts({ tools, native, files })}

Readout native, criterion (last \`cargo bench --bench extract\` in target/criterion; may predate the
current build, this harness does not run it):

${criterionTable(criterion, files)}

## Shipped size

Each file gzipped on its own at level 9, as a server would send it. Peers' files are their
minified builds; TimelineJS without its fonts, themes and locales.

${sizesTable(sizes)}

## What each finds on the seed article

\`tests/data/putin-trump-call.txt\`, published 2025-07-04. Readout lists distinct actors;
compromise's people, places and organizations are its matches made distinct (punctuation and
"'s" trimmed); dates are shown as text → resolved value.

${findings(tools)}`;
}
