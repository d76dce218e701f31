// The npm package as Node meets it: the same timelines as the native command line, errors
// that name the option and the value, large texts, and a module that keeps working after
// every error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const pkg = await import(path.join(root, "pkg/node.js"));
const { extract, extractDates, version } = pkg;
const cli = path.join(root, "target/release/readout");
const evalDir = process.env.READOUT_EVAL || path.resolve(root, "../shared/eval");
const seed = readFileSync(path.join(root, "tests/data/putin-trump-call.txt"), "utf8");

function articles() {
  const dev = path.join(evalDir, "dev");
  const out = [{ name: "seed", text: seed, published: null }];
  if (!existsSync(dev)) return out;
  for (const f of readdirSync(dev).filter((f) => f.endsWith(".txt")).sort()) {
    const gold = path.join(dev, f.replace(/\.txt$/, ".json"));
    const published = existsSync(gold) ? JSON.parse(readFileSync(gold, "utf8")).published : null;
    out.push({ name: f, text: readFileSync(path.join(dev, f), "utf8"), published });
  }
  return out;
}

test("the WASM timeline equals the native CLI's JSON on every article", { skip: !existsSync(cli) && "no native build" }, () => {
  for (const a of articles()) {
    const args = ["extract", "-"].concat(a.published ? ["--published", a.published] : []);
    const native = JSON.parse(execFileSync(cli, args, { input: a.text, maxBuffer: 64 << 20 }).toString());
    const wasm = extract(a.text, a.published ? { published: a.published } : undefined);
    assert.deepEqual(JSON.parse(JSON.stringify(wasm)), native, a.name);
  }
});

test("spans slice the evidence out of the JavaScript string", () => {
  const text = "Путин 👍 — Vladimir Putin spoke by phone with Donald Trump on Thursday.";
  const t = extract(text, { published: "2025-07-04" });
  const d = t.dates.find((x) => x.value === "2025-07-03");
  assert.equal(text.slice(d.span[0], d.span[1]), d.text);
  for (const a of t.actors) for (const [s, e] of a.mentions) assert.ok(text.slice(s, e).length > 0);
});

test("a Date and a string give the same result", () => {
  const a = extractDates("They met on Thursday.", { published: "2025-07-04" });
  const b = extractDates("They met on Thursday.", { published: new Date(Date.UTC(2025, 6, 4)) });
  assert.deepEqual(a, b);
  assert.equal(a[0].value, "2025-07-03");
});

test("bad options throw errors that name the option and the value", () => {
  const cases = [
    [{ published: "2025-02-30" }, RangeError, /published "2025-02-30"/],
    [{ published: 20250704 }, TypeError, /published.*20250704/],
    [{ published: new Date("nonsense") }, RangeError, /published/],
    [{ prefer: "soon" }, RangeError, /prefer "soon"/],
    [{ prefer: 3 }, TypeError, /prefer.*3/],
    [{ maxBytes: -1 }, RangeError, /maxBytes/],
    ["options", TypeError, /options must be an object/],
  ];
  for (const [options, kind, message] of cases) {
    assert.throws(() => extract("They met on Thursday.", options), (e) => e instanceof kind && message.test(e.message));
    // The module is still usable after every error.
    assert.equal(extractDates("They met on Thursday.", { published: "2025-07-04" })[0].value, "2025-07-03");
  }
});

test("a text over the limit is refused with a clear error, a 5 MB text completes", () => {
  assert.throws(() => extract("x".repeat(2000), { maxBytes: 1000 }), (e) => e instanceof RangeError && /too large: 2000 bytes/.test(e.message));
  const big = (seed + "\n\n").repeat(Math.ceil((5 << 20) / (seed.length + 2)));
  const t = extract(big);
  assert.ok(t.events.length > 0);
  assert.equal(extract("").events.length, 0);
  assert.match(version(), /^\d+\.\d+\.\d+$/);
});
