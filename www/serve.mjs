// A static server for the pages of www/ and the built package (pkg/ at /pkg/), with no
// dependencies: 127.0.0.1 only, correct MIME types (application/wasm included) and the strict
// Content-Security-Policy the widget must live with on every response.
//   node serve.mjs [PORT]        (or PORT=8080 node serve.mjs; 0 picks a free port)
import http from "node:http";
import { createReadStream, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const www = path.dirname(fileURLToPath(import.meta.url));
const pkg = path.resolve(www, "../pkg");
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".json": "application/json", ".wasm": "application/wasm", ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon", ".map": "application/json", ".ts": "text/plain; charset=utf-8",
};
/** Folders of www/ that are never served. */
const PRIVATE = /^\/(node_modules|tests|package|bench)(\/|$)|\/\./;

/** The file a URL path names, or null when it is outside the served folders. */
function resolve(urlPath) {
  let p;
  try { p = decodeURIComponent(urlPath); } catch { return null; }
  if (p.includes("\0") || PRIVATE.test(p)) return null;
  if (p.endsWith("/")) p += "index.html";
  const [base, rel] = p.startsWith("/pkg/") ? [pkg, p.slice(5)] : [www, p.slice(1)];
  const file = path.resolve(base, rel);
  return file.startsWith(base + path.sep) && !/serve\.mjs$|package(-lock)?\.json$/.test(file.slice(www.length)) ? file : null;
}

/** Starts the server; resolves to the http.Server once it listens. */
export function serve(port = 8080, host = "127.0.0.1") {
  const server = http.createServer((req, res) => {
    const headers = { "Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache", "Referrer-Policy": "no-referrer" };
    const file = resolve(new URL(req.url, "http://x").pathname);
    let stat = null;
    try { stat = file && statSync(file); } catch {}
    if (!stat || !stat.isFile() || (req.method !== "GET" && req.method !== "HEAD")) {
      res.writeHead(stat ? 405 : 404, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
      return res.end(stat ? "method not allowed\n" : "not found\n");
    }
    res.writeHead(200, { ...headers, "Content-Type": TYPES[path.extname(file)] || "application/octet-stream", "Content-Length": stat.size });
    if (req.method === "HEAD") return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok(server));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  const server = await serve(port);
  console.log(`Readout: http://127.0.0.1:${server.address().port}/  (embed: /embed.html; Ctrl-C stops)`);
}
