/**
 * The time axis: calendar ranges of event dates, a linear scale from time to pixels, ticks
 * that fit the zoom level, and the gestures that zoom and pan it (wheel, drag, pinch).
 * Times are UTC milliseconds; the dates of a Timeline carry no time zone.
 */

export const DAY = 86400000;
const MIN_SPAN = 2 * DAY;
const MAX_SPAN = 400 * 365 * DAY;

/**
 * The calendar range an event date covers, widened when the date is approximate.
 * @param {{value: string, grain: string, approx: boolean} | null} date
 * @returns {{start: number, end: number, fuzzy: boolean} | null} null for undated events
 */
export function dateRange(date) {
  if (!date || !date.value) return null;
  const [y, m, d] = date.value.split("-").map(Number);
  if (!Number.isFinite(y)) return null;
  let start, end;
  if (d) {
    start = Date.UTC(y, m - 1, d);
    end = start + (date.grain === "week" ? 7 : 1) * DAY;
  } else if (m) {
    start = Date.UTC(y, m - 1, 1);
    end = Date.UTC(y, m - 1 + (date.grain === "quarter" ? 3 : 1), 1);
  } else {
    start = Date.UTC(y, 0, 1);
    end = Date.UTC(y + 1, 0, 1);
  }
  const fuzzy = date.approx || end - start > DAY;
  if (date.approx) {
    const pad = Math.max(3 * DAY, (end - start) / 4);
    start -= pad;
    end += pad;
  }
  return { start, end, fuzzy };
}

/** A linear scale from a visible time window [t0, t1] to pixels [0, width]. */
export class Scale {
  constructor(t0 = 0, t1 = DAY, width = 600) {
    this.t0 = t0;
    this.t1 = t1;
    this.width = width;
  }
  /** Pixel position of time `t`. */
  x(t) {
    return ((t - this.t0) / (this.t1 - this.t0)) * this.width;
  }
  /** Time at pixel position `x`. */
  time(x) {
    return this.t0 + (x / this.width) * (this.t1 - this.t0);
  }
  /** Shows [start, end] with `left` and `right` pixels to spare (room for the last labels). */
  fit(start, end, left = 24, right = 160) {
    let span = Math.max(end - start, 6 * DAY);
    const inner = Math.max(this.width - left - right, this.width / 2);
    if (end - start < 6 * DAY) start = (start + end - span) / 2;
    span = (span * this.width) / inner;
    this.t0 = start - (left / this.width) * span;
    this.t1 = this.t0 + span;
  }
  /** Zooms by `factor` (> 1 zooms in) keeping the time under pixel `x` in place. */
  zoom(factor, x = this.width / 2) {
    const at = this.time(x);
    const span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, this.minSpan || 0, (this.t1 - this.t0) / factor));
    this.t0 = at - (x / this.width) * span;
    this.t1 = this.t0 + span;
  }
  /** Moves the window by `dx` pixels (positive moves the content right, towards the past). */
  pan(dx) {
    const dt = (dx / this.width) * (this.t1 - this.t0);
    this.t0 -= dt;
    this.t1 -= dt;
  }
  /** Centres time `t` when it is outside the inner 90% of the window. */
  reveal(t) {
    const x = this.x(t);
    if (x < this.width * 0.05 || x > this.width * 0.95) this.pan(this.width / 2 - x);
  }
}

/** Tick steps from fine to coarse: [unit, count]. */
const STEPS = [["day", 1], ["day", 2], ["day", 7], ["month", 1], ["month", 3], ["month", 6],
  ["year", 1], ["year", 2], ["year", 5], ["year", 10], ["year", 25], ["year", 50], ["year", 100]];
const STEP_MS = { day: DAY, month: 30.44 * DAY, year: 365.25 * DAY };

/**
 * Ticks of the visible window, at least `minPx` pixels apart, each with its label.
 * @param {Scale} scale
 * @param {string} lang UI language for the labels
 * @returns {{t: number, x: number, label: string}[]}
 */
export function ticks(scale, lang, minPx = 84) {
  const msPerPx = (scale.t1 - scale.t0) / scale.width;
  const [unit, n] = STEPS.find(([u, k]) => (STEP_MS[u] * k) / msPerPx >= minPx) || STEPS[STEPS.length - 1];
  const fmt = formatter(lang, unit === "day" ? { day: "numeric", month: "short" }
    : unit === "month" ? { month: "short", year: "numeric" } : { year: "numeric" });
  const first = new Date(scale.t0);
  let y = first.getUTCFullYear(), m = unit === "year" ? 0 : first.getUTCMonth(), d = unit === "day" ? first.getUTCDate() : 1;
  if (unit === "year") y -= y % n;
  if (unit === "month") m -= m % n;
  if (unit === "day" && n === 7) d -= (new Date(Date.UTC(y, m, d)).getUTCDay() + 6) % 7; // Mondays
  const out = [];
  for (let i = 0; i < 400; i++) {
    const t = Date.UTC(y, m, d);
    if (t > scale.t1) break;
    if (t >= scale.t0) out.push({ t, x: scale.x(t), label: fmt.format(t) });
    if (unit === "day") d += n;
    else if (unit === "month") m += n;
    else y += n;
  }
  return out;
}

const formatters = new Map();
/** A cached UTC Intl.DateTimeFormat. */
export function formatter(lang, opts) {
  const key = lang + JSON.stringify(opts);
  if (!formatters.has(key)) {
    let f;
    try { f = new Intl.DateTimeFormat(lang || "en", { timeZone: "UTC", ...opts }); }
    catch { f = new Intl.DateTimeFormat("en", { timeZone: "UTC", ...opts }); }
    formatters.set(key, f);
  }
  return formatters.get(key);
}

/**
 * Wheel, drag and pinch gestures on `el`. Plain wheel zooms around the pointer, horizontal
 * wheel (or Shift+wheel) pans; one pointer drags, two pointers pinch. A drag swallows the
 * click that ends it, so marks are not selected by panning.
 * @param {HTMLElement} el
 * @param {{zoom(factor: number, x: number): void, pan(dx: number): void}} to
 */
export function attachGestures(el, to) {
  const local = (e) => e.clientX - el.getBoundingClientRect().left;
  el.addEventListener("wheel", (e) => {
    e.preventDefault();
    const dx = e.shiftKey ? e.deltaY : e.deltaX;
    if (Math.abs(dx) > Math.abs(e.shiftKey ? 0 : e.deltaY)) to.pan(-dx);
    else to.zoom(Math.exp(-e.deltaY * (e.deltaMode ? 0.05 : 0.0015)), local(e));
  }, { passive: false });

  const pointers = new Map();
  let moved = false;
  let pinch = 0;
  el.addEventListener("pointerdown", (e) => {
    if (e.button) return;
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY, x0: e.clientX });
    moved = false;
    pinch = 0;
  });
  el.addEventListener("pointermove", (e) => {
    const p = pointers.get(e.pointerId);
    if (!p) return;
    if (pointers.size === 1) {
      if (!moved && Math.abs(e.clientX - p.x0) < 5) return;
      if (!moved) el.setPointerCapture(e.pointerId);
      moved = true;
      to.pan(e.clientX - p.x);
    } else if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      const dist = () => Math.hypot(a.x - b.x, a.y - b.y);
      const before = dist();
      const mid = (a.x + b.x) / 2 - el.getBoundingClientRect().left;
      p.x = e.clientX;
      p.y = e.clientY;
      if (pinch && before > 10) to.zoom(dist() / before, mid);
      pinch++;
      moved = true;
      return;
    }
    p.x = e.clientX;
    p.y = e.clientY;
  });
  const end = (e) => pointers.delete(e.pointerId);
  el.addEventListener("pointerup", end);
  el.addEventListener("pointercancel", end);
  el.addEventListener("click", (e) => {
    if (moved) e.stopPropagation();
    moved = false;
  }, true);
}
