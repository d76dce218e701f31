// Cold start (import + init + first extract of the seed article) and repeated extracts, in Node,
// against the built package. `node www/bench/node-speed.mjs` after .ci/build-wasm.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const seed = readFileSync(path.join(root, "tests/data/putin-trump-call.txt"), "utf8");

const t0 = performance.now();
const { extract } = await import(path.join(root, "pkg/node.js"));
const first = extract(seed);
const cold = performance.now() - t0;

const rounds = 2000;
const t1 = performance.now();
for (let i = 0; i < rounds; i++) extract(seed);
const each = (performance.now() - t1) / rounds;

const wasmBytes = readFileSync(path.join(root, "pkg/readout_bg.wasm")).length;
console.log(JSON.stringify({
  cold_start_ms: +cold.toFixed(2),
  repeated_extract_ms: +each.toFixed(3),
  seed_events: first.events.length,
  wasm_bytes: wasmBytes,
}));
