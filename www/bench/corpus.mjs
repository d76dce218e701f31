// The texts every tool reads: the evaluation's dev articles with their publication dates, the
// seed article, and large texts made of whole articles (built the way benches/extract.rs builds
// them, so the native criterion numbers describe the same bytes).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root (www/bench/../..). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Where the evaluation articles live; READOUT_EVAL overrides, as for the criterion bench. */
export const EVAL_DIR = process.env.READOUT_EVAL ?? path.resolve(ROOT, "../shared/eval");

/** The seed article of the README and the tests. */
export const SEED = {
  id: "putin-trump-call",
  file: path.join(ROOT, "tests/data/putin-trump-call.txt"),
  published: "2025-07-04",
};

/** Reference date for the large texts (they mix articles from many years). */
export const LARGE_TEXT_PUBLISHED = SEED.published;

/** The large texts: label and minimum size in UTF-8 bytes (whole articles until reached). */
export const LARGE_TEXTS = [
  { label: "0.1 MB", bytes: Math.round((1 << 20) / 10) },
  { label: "1 MB", bytes: 1 << 20 },
  { label: "10 MB", bytes: 10 << 20 },
];

export function seedText() {
  return readFileSync(SEED.file, "utf8");
}

/** The dev articles, sorted by id: `{ id, text, published }` (published from the gold JSON). */
export function devArticles() {
  const dir = path.join(EVAL_DIR, "dev");
  if (!existsSync(dir)) return [{ id: SEED.id, text: seedText(), published: SEED.published }];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4);
      const gold = path.join(dir, `${id}.json`);
      const published = existsSync(gold) ? JSON.parse(readFileSync(gold, "utf8")).published ?? null : null;
      return { id, text: readFileSync(path.join(dir, f), "utf8"), published };
    });
}

/**
 * Whole articles separated by blank lines until at least `size` UTF-8 bytes, in the order
 * benches/extract.rs uses (texts sorted bytewise, cycled).
 */
export function concatenated(size) {
  const texts = devArticles().map((a) => Buffer.from(a.text, "utf8")).sort(Buffer.compare);
  const sep = Buffer.from("\n\n");
  const parts = [];
  let length = 0;
  for (let i = 0; length < size; i = (i + 1) % texts.length) {
    parts.push(texts[i], sep);
    length += texts[i].length + sep.length;
  }
  return Buffer.concat(parts);
}
