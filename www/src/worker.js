/**
 * Extraction off the main thread, for long texts: receives {text, options}, answers
 * {timeline} or {error}. The module and its WebAssembly load once per worker.
 */
import init, { extract } from "../pkg/readout.js";

const ready = init();
self.onmessage = async ({ data }) => {
  try {
    await ready;
    self.postMessage({ timeline: extract(data.text, data.options) });
  } catch (e) {
    self.postMessage({ error: String(e && e.message ? e.message : e) });
  }
};
