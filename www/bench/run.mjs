// Readout against its peers, side by side in one run: speed per article, throughput on large
// texts, cold start, peak memory, shipped size, and what each finds on the seed article.
// `npm ci && node run.mjs` (or `npm run bench`); `node run.mjs --quick` for a fast smoke run.
// Writes RESULTS.md beside this file and prints it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { concatenated, LARGE_TEXTS, ROOT } from "./corpus.mjs";
import { criterionResults, measureNative } from "./native.mjs";
import { renderReport } from "./report.mjs";
import { measureSizes } from "./sizes.mjs";
import { median } from "./stats.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const QUICK = process.argv.includes("--quick");

/** One large-text run that would take longer than this (predicted from the size below) is skipped. */
const MAX_RUN_MS = Number(process.env.BENCH_MAX_RUN_S ?? 60) * 1000;
/** Repetitions on a large text are cut so that they take about this long together. */
const REPS_BUDGET_MS = 20_000;
/** Passes of the per-article phase; each tool keeps its fastest (the least disturbed by load). */
const ROUNDS = QUICK ? 1 : Number(process.env.BENCH_ROUNDS ?? 2);
/** Niceness of the measuring processes (shared machines); BENCH_NICE=0 on a quiet one. */
const NICE = Number(process.env.BENCH_NICE ?? 0);

/**
 * What is measured for each tool: cold-start runs, passes over the dev articles, and the
 * largest number of repetitions per large text (fewer when a run is slow).
 */
const PLAN = [
  { tool: "readout", cold: 9, articles: { reps: 20, warmup: 3 }, texts: { "0.1 MB": 5, "1 MB": 3, "10 MB": 2 } },
  { tool: "readout-dates", cold: 0, articles: { reps: 20, warmup: 3 } },
  { tool: "compromise", cold: 7, articles: { reps: 3, warmup: 1 }, texts: { "0.1 MB": 3, "1 MB": 2, "10 MB": 1 } },
  { tool: "compromise-dates", cold: 7, articles: { reps: 2, warmup: 1 }, texts: { "0.1 MB": 1, "1 MB": 1, "10 MB": 1 } },
  { tool: "chrono", cold: 7, articles: { reps: 20, warmup: 3 }, texts: { "0.1 MB": 3, "1 MB": 2, "10 MB": 1 } },
];

const log = (...xs) => console.error("·", ...xs);

/** Runs worker.mjs in a fresh process; its one JSON line, or `{ failed }`. */
function worker(job, timeoutMs) {
  const r = spawnSync(process.execPath, ["--max-old-space-size=8192", path.join(HERE, "worker.mjs"), JSON.stringify(job)], {
    cwd: HERE,
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) return { failed: r.signal ? `stopped after ${Math.round(timeoutMs / 1000)} s` : r.stderr.trim().split("\n").pop() };
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

function machine() {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? "unknown";
  const git = spawnSync("git", ["-C", ROOT, "rev-parse", "--short", "HEAD"], { encoding: "utf8" }).stdout.trim();
  return {
    cpu: model,
    cores: os.availableParallelism(),
    memoryGiB: os.totalmem() / 2 ** 30,
    node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    loadBefore: os.loadavg(),
    nice: NICE,
    commit: git || "unknown",
  };
}

async function readoutVersion() {
  const { version } = await import(path.join(ROOT, "pkg/node.js"));
  return version();
}

function measureCold(plan) {
  const runs = QUICK ? Math.min(plan.cold, 3) : plan.cold;
  if (!runs) return undefined;
  log(plan.tool, "cold start ×", runs);
  const results = Array.from({ length: runs }, () => worker({ mode: "cold", tool: plan.tool }, 120_000));
  const ok = results.filter((r) => !r.failed);
  if (!ok.length) return { failed: results[0].failed };
  const keys = ["loadMs", "firstMs", "coldMs", "sinceProcessStartMs"];
  return { ...Object.fromEntries(keys.map((k) => [k, median(ok.map((r) => r[k]))])), runs: ok.length };
}

function measureArticles(plan) {
  const reps = QUICK ? Math.max(1, Math.ceil(plan.articles.reps / 5)) : plan.articles.reps;
  log(plan.tool, "dev articles ×", reps);
  return worker({ mode: "articles", tool: plan.tool, reps, warmup: plan.articles.warmup }, 600_000);
}

/**
 * The large texts, smallest first. The time of the next size is predicted from the last two
 * measured (growth at least linear), and a run predicted over MAX_RUN_MS is skipped.
 */
function measureTexts(plan, files) {
  if (!plan.texts) return undefined;
  const texts = {};
  const done = [];
  for (const { label, file, bytes } of files) {
    if (QUICK && label === "10 MB") continue;
    const [a, b] = done.slice(-2);
    const last = b ?? a;
    if (!last && label !== files[0].label) {
      texts[label] = { skipped: "the smaller text was not measured" };
      continue;
    }
    const exponent = a && b ? Math.max(1, Math.log(b.ms / a.ms) / Math.log(b.bytes / a.bytes)) : 1;
    const predicted = last ? last.ms * (bytes / last.bytes) ** exponent : 0;
    if (predicted > MAX_RUN_MS) {
      texts[label] = { skipped: `≈${Math.round(predicted / 1000)} s predicted` };
      done.length = 0;
      continue;
    }
    const n = Math.max(1, Math.min(plan.texts[label], Math.floor(REPS_BUDGET_MS / Math.max(predicted, 1))));
    log(plan.tool, label, "×", n, predicted ? `(≈${(predicted / 1000).toFixed(1)} s each)` : "");
    const r = worker({ mode: "text", tool: plan.tool, file, reps: n }, n * 3 * MAX_RUN_MS + 30_000);
    texts[label] = r;
    if (r.failed) done.length = 0;
    else done.push({ ms: r.medianMs, bytes: r.bytes });
  }
  return texts;
}

async function main() {
  if (NICE) os.setPriority(NICE);
  const info = machine();
  info.readout = await readoutVersion();
  const tmp = mkdtempSync(path.join(os.tmpdir(), "readout-bench-"));
  try {
    const files = LARGE_TEXTS.map(({ label, bytes }) => {
      const file = path.join(tmp, `${label.replace(/\W+/g, "")}.txt`);
      const text = concatenated(bytes);
      writeFileSync(file, text);
      return { label, file, bytes: text.length };
    });
    // Phase by phase rather than tool by tool, so that the numbers a ratio compares are
    // measured close together in time on a machine whose load changes.
    const tools = Object.fromEntries(PLAN.map((p) => [p.tool, { tool: p.tool }]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const plan of PLAN) {
        const r = measureArticles(plan);
        const best = tools[plan.tool].articles;
        if (!best || best.failed || (!r.failed && r.medianMs < best.medianMs)) tools[plan.tool].articles = r;
      }
    }
    for (const plan of PLAN) tools[plan.tool].cold = measureCold(plan);
    for (const plan of PLAN) tools[plan.tool].texts = measureTexts(plan, files);
    log("native CLI");
    const native = measureNative(tmp, QUICK ? files.filter((f) => f.label !== "10 MB") : files);
    const criterion = criterionResults();
    log("sizes");
    const sizes = await measureSizes();
    info.loadAfter = os.loadavg();
    info.rounds = ROUNDS;
    const markdown = renderReport({ info, tools, native, criterion, sizes, files, quick: QUICK });
    if (!QUICK) writeFileSync(path.join(HERE, "RESULTS.md"), markdown);
    writeFileSync(path.join(os.tmpdir(), "readout-bench-last.json"), JSON.stringify({ info, tools, native, criterion, sizes: sizes.map(({ name, raw, gzip }) => ({ name, raw, gzip })) }, null, 1));
    console.log(markdown);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
