// Vite: init() fetches readout_bg.wasm, which Vite emits as an asset next to the bundle.
import init, { extract, version } from "readout";
import { article, published, summary } from "./article.js";

await init();
document.querySelector("#out").textContent = summary(version(), extract(article, { published }));
