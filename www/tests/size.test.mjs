// The widget stays within its budget: JS and CSS at most 25 KB gzipped, no framework.
import { test } from "node:test";
import assert from "node:assert/strict";
import { widgetSize } from "../size.mjs";

test("the widget's JS and CSS weigh at most 25 KB gzipped", async () => {
  const s = await widgetSize();
  console.log(`# widget: ${s.jsGz} B JS + ${s.cssGz} B CSS gzipped`);
  assert.ok(s.totalGz <= 25 * 1024, `${s.totalGz} bytes`);
});
