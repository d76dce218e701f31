// One measurement in a fresh Node process, so that imports, JIT state and peak memory belong to
// one tool and one input. `node worker.mjs '{"mode": ..., "tool": ...}'` prints one JSON line.
//   cold:     import + init + first call on the seed article
//   articles: each dev article `reps` times after `warmup` passes, and the seed's findings
//   text:     one large text `reps` times, with peak memory
import { readFileSync } from "node:fs";
import { devArticles, LARGE_TEXT_PUBLISHED, SEED, seedText } from "./corpus.mjs";
import { median, sum } from "./stats.mjs";
import { TOOLS } from "./tools.mjs";

const job = JSON.parse(process.argv[2]);
const tool = TOOLS[job.tool];
const out = (x) => process.stdout.write(JSON.stringify(x) + "\n");

if (job.mode === "cold") {
  const seed = seedText();
  const t0 = performance.now();
  const run = await tool.load();
  const t1 = performance.now();
  run(seed, SEED.published);
  const t2 = performance.now();
  // performance.now() counts from the process's start: t2 includes Node's own boot.
  out({ loadMs: t1 - t0, firstMs: t2 - t1, coldMs: t2 - t0, sinceProcessStartMs: t2 });
} else if (job.mode === "articles") {
  const articles = devArticles();
  const run = await tool.load();
  for (let w = 0; w < job.warmup; w++) for (const a of articles) run(a.text, a.published);
  const samples = articles.map(() => []);
  for (let r = 0; r < job.reps; r++) {
    articles.forEach((a, i) => {
      const t = performance.now();
      run(a.text, a.published);
      samples[i].push(performance.now() - t);
    });
  }
  const bytes = sum(articles.map((a) => Buffer.byteLength(a.text)));
  const passMs = sum(samples.map(median));
  const findings = tool.findings(run(seedText(), SEED.published));
  out({
    articles: articles.length,
    reps: job.reps,
    medianMs: median(samples.flat()),
    passMs,
    bytes,
    findings,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  });
} else if (job.mode === "text") {
  const text = readFileSync(job.file, "utf8");
  const run = await tool.load();
  const seed = seedText();
  for (let w = 0; w < 3; w++) run(seed, SEED.published);
  const rssBefore = process.memoryUsage().rss;
  const times = [];
  for (let r = 0; r < job.reps; r++) {
    const t = performance.now();
    run(text, LARGE_TEXT_PUBLISHED);
    times.push(performance.now() - t);
  }
  out({
    times,
    medianMs: median(times),
    bytes: Buffer.byteLength(text),
    rssBeforeBytes: rssBefore,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  });
} else {
  throw new Error(`unknown mode ${job.mode}`);
}
