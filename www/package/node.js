// Node entry point: the same API as the browser module, ready on import (the .wasm beside this
// file is read and instantiated synchronously).
import { readFileSync } from "node:fs";
import { initSync } from "./readout.js";

initSync({ module: readFileSync(new URL("./readout_bg.wasm", import.meta.url)) });

export { default, initSync, extract, extractDates, version } from "./readout.js";
