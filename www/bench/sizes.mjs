// What a page downloads, gzipped at level 9, file by file (each file is served on its own).
// Readout's widget is minified with esbuild first when esbuild is installed (it is a dev
// dependency here), since the peers' files are already minified builds.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "./corpus.mjs";

const MODULES = path.join(path.dirname(fileURLToPath(import.meta.url)), "node_modules");
const WIDGET_DIR = path.join(ROOT, "www/src");
/** Files of www/src that belong to the demo page, not to the shipped widget. */
const PAGE_ONLY = new Set(["app.js", "sample.js"]);

/** Each library's files as a page would load them (fonts, images and locales left out). */
const PEERS = {
  compromise: ["compromise/builds/compromise.js"],
  "compromise-dates": ["compromise-dates/builds/compromise-dates.min.js"],
  TimelineJS: ["@knight-lab/timelinejs/dist/js/timeline.js", "@knight-lab/timelinejs/dist/css/timeline.css"],
  "vis-timeline": [
    "vis-timeline/standalone/umd/vis-timeline-graph2d.min.js",
    "vis-timeline/styles/vis-timeline-graph2d.min.css",
  ],
};

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function entry(name, files) {
  return { name, files: files.map((f) => f.name), raw: files.reduce((a, f) => a + f.bytes.length, 0), gzip: files.reduce((a, f) => a + gz(f.bytes), 0) };
}

async function esbuild() {
  try {
    return await import("esbuild");
  } catch {
    return null;
  }
}

/** The widget's files, minified when esbuild is there; `how` says which. */
async function widgetFiles() {
  if (!existsSync(WIDGET_DIR)) return { files: [], how: "no widget yet (www/src absent)" };
  const names = readdirSync(WIDGET_DIR).filter((f) => /\.(js|css)$/.test(f) && !PAGE_ONLY.has(f)).sort();
  const eb = await esbuild();
  const files = [];
  for (const name of names) {
    const source = readFileSync(path.join(WIDGET_DIR, name), "utf8");
    const code = eb
      ? (await eb.transform(source, { loader: name.endsWith(".css") ? "css" : "js", minify: true, format: name.endsWith(".js") ? "esm" : undefined })).code
      : source;
    files.push({ name: `www/src/${name}`, bytes: Buffer.from(code) });
  }
  return { files, how: eb ? `minified with esbuild ${eb.version}` : "raw (esbuild not installed)" };
}

export async function measureSizes() {
  const pkg = ["readout_bg.wasm", "readout.js"].map((f) => ({ name: `pkg/${f}`, bytes: readFileSync(path.join(ROOT, "pkg", f)) }));
  const widget = await widgetFiles();
  const rows = [
    entry("Readout core (wasm + JS glue)", pkg),
    { ...entry("Readout widget (www/src without the demo page)", widget.files), note: widget.how },
    entry("**Readout total**", [...pkg, ...widget.files]),
  ];
  const peers = {};
  for (const [name, files] of Object.entries(PEERS)) {
    const pkgName = files[0].split("/").slice(0, files[0].startsWith("@") ? 2 : 1).join("/");
    const { version } = JSON.parse(readFileSync(path.join(MODULES, pkgName, "package.json"), "utf8"));
    peers[name] = files.map((f) => ({ name: f, bytes: readFileSync(path.join(MODULES, f)) }));
    rows.push({ ...entry(`${name} ${version}`, peers[name]) });
  }
  rows.push(entry("**compromise + compromise-dates + TimelineJS**", [...peers.compromise, ...peers["compromise-dates"], ...peers.TimelineJS]));
  rows.push(entry("**compromise + compromise-dates + vis-timeline**", [...peers.compromise, ...peers["compromise-dates"], ...peers["vis-timeline"]]));
  return rows;
}
