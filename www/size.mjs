// The widget's weight as a page pays for it: its modules bundled and minified with esbuild,
// its stylesheet minified, each gzipped (level 9). The WebAssembly core (pkg/) is counted apart.
//   node size.mjs          prints the sizes; imported by tests/size.test.mjs
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

/** Sizes in bytes: {js, css, jsGz, cssGz, totalGz, glueGz, wasmGz}. */
export async function widgetSize() {
  const bundle = async (entry, opts = {}) => (await build({ entryPoints: [path.join(here, entry)], bundle: true, minify: true, write: false, logLevel: "silent", ...opts })).outputFiles[0].contents;
  const js = await bundle("src/readout-timeline.js", { format: "esm", external: ["../pkg/*"] });
  const css = await bundle("src/styles.css");
  const gz = (b) => gzipSync(b, { level: 9 }).length;
  const pkg = (f) => { try { return gz(readFileSync(path.join(here, "../pkg", f))); } catch { return null; } };
  return { js: js.length, css: css.length, jsGz: gz(js), cssGz: gz(css), totalGz: gz(js) + gz(css), glueGz: pkg("readout.js"), wasmGz: pkg("readout_bg.wasm") };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const s = await widgetSize();
  const kb = (n) => (n == null ? "–" : (n / 1024).toFixed(1) + " KB");
  console.log(`widget JS ${kb(s.jsGz)} + CSS ${kb(s.cssGz)} = ${kb(s.totalGz)} gzipped (minified: ${kb(s.js)} + ${kb(s.css)})`);
  console.log(`core: readout.js glue ${kb(s.glueGz)}, readout_bg.wasm ${kb(s.wasmGz)} gzipped`);
}
