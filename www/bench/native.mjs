// Readout's native CLI on the same texts: a `--jsonl` batch of the dev articles (pinned to one
// core, so that it runs on one thread like the WASM) and single documents for the large texts.
// Process start is measured on empty input and subtracted. Criterion's last results, when
// target/criterion holds them, are read as they are (this harness never runs `cargo bench`).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { devArticles, LARGE_TEXT_PUBLISHED, ROOT, SEED } from "./corpus.mjs";
import { median } from "./stats.mjs";

export const CLI = path.join(ROOT, "target/release/readout");
const TIME = "/usr/bin/time";
const TASKSET = "/usr/bin/taskset";

/** How often each native measurement is repeated. */
const RUNS = { start: 15, seed: 15, batch: 5, "0.1 MB": 5, "1 MB": 3, "10 MB": 2 };
/** Each dev article appears this many times in the batch. */
const BATCH_COPIES = 20;

/**
 * Runs the CLI once: wall time in ms and, when /usr/bin/time is there, peak RSS in bytes.
 * `core`, when a number, pins the process to that core (the batch then uses one thread).
 */
function once(args, input, tmp, core = null) {
  const rssFile = path.join(tmp, "native-rss.txt");
  const withTime = existsSync(TIME);
  const pinned = core != null && existsSync(TASKSET) ? [TASKSET, "-c", String(core)] : [];
  const cmd = [...(withTime ? [TIME, "-f", "%M", "-o", rssFile] : []), ...pinned, CLI, ...args];
  const t = performance.now();
  const r = spawnSync(cmd[0], cmd.slice(1), { input, stdio: ["pipe", "ignore", "pipe"], maxBuffer: 1 << 26 });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`${cmd.join(" ")} failed: ${r.stderr}`);
  const rss = withTime ? Number(readFileSync(rssFile, "utf8").trim().split("\n").pop()) * 1024 : null;
  return { wall, rss };
}

function repeat(n, f) {
  const runs = Array.from({ length: n }, (_, i) => f(i));
  return { wall: median(runs.map((r) => r.wall)), rss: Math.max(...runs.map((r) => r.rss ?? 0)) || null };
}

export function measureNative(tmp, largeFiles) {
  if (!existsSync(CLI)) return { missing: `${path.relative(ROOT, CLI)} not built` };
  // Pinned runs take the cores in turn, so that one busy core does not bias them all.
  const cores = os.availableParallelism();
  const start = repeat(RUNS.start, () => once(["extract", "--jsonl"], "", tmp));
  const pinnedStart = repeat(RUNS.start, (i) => once(["extract", "--jsonl"], "", tmp, i % cores));
  // The native cold start: a process that reads the seed article and prints its timeline.
  const seed = repeat(RUNS.seed, () => once(["extract", SEED.file, "--published", SEED.published], "", tmp));
  const lines = [];
  for (let c = 0; c < BATCH_COPIES; c++)
    for (const a of devArticles()) lines.push(JSON.stringify({ id: a.id, text: a.text, published: a.published }));
  const batchInput = lines.join("\n") + "\n";
  const batch = repeat(RUNS.batch, (i) => once(["extract", "--jsonl"], batchInput, tmp, i % cores));
  const texts = {};
  for (const { label, file } of largeFiles) {
    const r = repeat(RUNS[label] ?? 1, () => once(["extract", file, "--published", LARGE_TEXT_PUBLISHED], "", tmp));
    texts[label] = { ms: r.wall - start.wall, bytes: statSync(file).size, maxRssBytes: r.rss };
  }
  return {
    pinned: existsSync(TASKSET),
    startMs: start.wall,
    startRssBytes: start.rss,
    seedProcessMs: seed.wall,
    perArticleMs: (batch.wall - pinnedStart.wall) / lines.length,
    batchLines: lines.length,
    batchBytes: Buffer.byteLength(batchInput),
    texts,
  };
}

/** Criterion's last estimates (median, ns) for the `extract` group, with when they were written. */
export function criterionResults() {
  const dir = path.join(ROOT, "target/criterion/extract");
  const benches = { seed: "seed article", "1 MB": "articles/1 MB", "10 MB": "articles/10 MB" };
  const found = {};
  for (const [key, sub] of Object.entries(benches)) {
    const file = path.join(dir, sub, "new/estimates.json");
    if (!existsSync(file)) continue;
    const est = JSON.parse(readFileSync(file, "utf8"));
    found[key] = { ms: est.median.point_estimate / 1e6, written: statSync(file).mtime };
  }
  return Object.keys(found).length ? found : null;
}
