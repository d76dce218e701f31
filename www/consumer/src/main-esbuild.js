// esbuild: the .wasm bytes are bundled (--loader:.wasm=binary) and instantiated with initSync.
import { initSync, extract, version } from "readout";
import bytes from "readout/readout_bg.wasm";
import { article, published, summary } from "./article.js";

initSync({ module: bytes });
document.querySelector("#out").textContent = summary(version(), extract(article, { published }));
