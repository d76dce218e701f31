// The package as users meet it: a tiny app (www/consumer) installs the packed tarball, is built
// by Vite and by esbuild, and runs in Chromium and in Node.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, createReadStream } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const app = path.join(here, "../consumer");
const pkg = path.join(here, "../../pkg");
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const npm = (...args) => execFileSync("npm", args, { cwd: app, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
let browser;

before(() => {
  const tarball = readdirSync(pkg).find((f) => /^readout-.*\.tgz$/.test(f));
  if (!tarball) throw new Error("no pkg/readout-*.tgz: run .ci/build-wasm first");
  npm("ci", "--no-audit", "--no-fund");
  npm("install", "--no-save", "--no-audit", "--no-fund", path.join(pkg, tarball));
  npm("run", "-s", "build:vite");
  npm("run", "-s", "build:esbuild");
});

after(async () => browser?.close());

/** What the app shows in Chromium when its built folder is served on 127.0.0.1. */
async function runInChromium(dir) {
  const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
  const server = http.createServer((req, res) => {
    const file = path.join(dir, path.normalize(new URL(req.url, "http://x").pathname).replace(/^\/+$/, "index.html"));
    if (!file.startsWith(dir) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": types[path.extname(file)] || "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  browser ??= await chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => document.querySelector("#out")?.textContent.startsWith("{"), null, { timeout: 10000 });
    return JSON.parse(await page.textContent("#out"));
  } finally {
    await page.close();
    server.close();
    assert.deepEqual(errors, []);
  }
}

/** The app's result: the call on Thursday 3 July 2025 and Ushakov's quote. */
function check(result) {
  assert.match(result.version, /^\d+\.\d+\.\d+$/);
  const call = result.events.find((e) => e.type === "call");
  assert.ok(call, JSON.stringify(result));
  assert.equal(call.date, "2025-07-03");
  assert.match(call.evidence, /^Russian President Vladimir Putin spoke by phone/);
  assert.ok(result.quotes.some((q) => q.startsWith("The conversation was frank")));
}

test("built by Vite, it runs in Chromium (init fetches the emitted .wasm)", async () => {
  assert.ok(readdirSync(path.join(app, "dist-vite/assets")).some((f) => f.endsWith(".wasm")), "Vite emits the .wasm");
  check(await runInChromium(path.join(app, "dist-vite")));
});

test("built by esbuild, it runs in Chromium (the .wasm bundled, initSync)", async () => {
  check(await runInChromium(path.join(app, "dist-esbuild")));
});

test("in Node, the package is ready on import", () => {
  check(JSON.parse(npm("run", "-s", "node")));
});
