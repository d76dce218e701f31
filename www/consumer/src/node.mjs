// Node: the package's node entry is ready on import.
import { extract, version } from "readout";
import { article, published, summary } from "./article.js";

console.log(summary(version(), extract(article, { published })));
