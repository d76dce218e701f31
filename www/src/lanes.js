/**
 * Lanes of the timeline — one per actor or per country — and the placement of marks in them:
 * clustering of marks that crowd together and label rows chosen so that labels never overlap.
 * Pure layout: the element draws what these functions decide.
 */
import { dateRange } from "./axis.js";

/** Marks closer than this many pixels merge into the cluster of the first one (room for a dot and its "+n" badge). */
export const CLUSTER_PX = 40;
/** Gap kept between two labels in the same row. */
export const LABEL_GAP = 8;
/** Label rows per lane: one above the marks, one below. */
const ROWS = 2;

/**
 * @typedef {object} Mark one drawing of an event in one lane
 * @property {object} event the TimelineEvent
 * @property {{start: number, end: number, fuzzy: boolean}} range
 * @property {number} t the time the mark stands at (middle of the range)
 * @property {boolean} primary the lane of the event's initiator (or first participant); the
 *   only mark that takes keyboard focus, the others repeat it in the other participants' lanes
 * @property {number} x position in pixels, set by `placeMarks`
 * @property {Mark|null} lead the first mark of the cluster this one is hidden in, or null
 * @property {number} count marks in the cluster this mark leads (1 when alone)
 * @property {number} row label row, or -1 when the label is hidden
 * @property {number} labelWidth measured once by the element
 */

/**
 * Groups the dated events into lanes and lists the undated ones apart.
 * @param {object} timeline the Timeline
 * @param {object[]} events the events to show (already filtered)
 * @param {"actor"|"country"} mode
 * @param {(key: string) => string} str UI strings
 * @returns {{lanes: {key: string, label: string, country: string|null, marks: Mark[]}[], undated: object[], marks: Mark[]}}
 */
export function laneModel(timeline, events, mode, str) {
  const actors = new Map(timeline.actors.map((a) => [a.id, a]));
  const keyOf = (id) => {
    const a = actors.get(id);
    if (!a) return null;
    return mode === "country" ? (a.country ? "c:" + a.country : "c:") : "a:" + a.id;
  };
  const lanes = new Map();
  const lane = (key) => {
    if (!lanes.has(key)) {
      const a = key.startsWith("a:") ? actors.get(key.slice(2)) : null;
      const country = a ? a.country : key.slice(2) || null;
      const label = a ? a.name : key === "-" ? str("otherLane") : country ? countryName(country, str.lang) : str("noCountry");
      lanes.set(key, { key, label, country, marks: [] });
    }
    return lanes.get(key);
  };
  const undated = [];
  const marks = [];
  for (const event of events) {
    const range = dateRange(event.date);
    if (!range) {
      undated.push(event);
      continue;
    }
    const first = event.initiator || event.participants[0];
    const keys = [keyOf(first) || "-"];
    for (const p of event.participants) {
      const k = keyOf(p);
      if (k && !keys.includes(k)) keys.push(k);
    }
    keys.forEach((key, i) => {
      const m = { event, range, t: (range.start + range.end) / 2, primary: i === 0, x: 0, lead: null, count: 1, row: -1, labelWidth: 80 };
      lane(key).marks.push(m);
      marks.push(m);
    });
  }
  const sorted = [...lanes.values()].sort((a, b) => (a.key === "-") - (b.key === "-") || b.marks.length - a.marks.length || a.label.localeCompare(b.label));
  for (const l of sorted) spread(l.marks);
  return { lanes: sorted, undated, marks };
}

/**
 * Sorts a lane's marks by time and spreads marks of the same date range evenly inside that
 * range, so that zooming in always separates them.
 */
function spread(marks) {
  const same = new Map();
  for (const m of marks) {
    const k = m.range.start + ":" + m.range.end;
    (same.get(k) || same.set(k, []).get(k)).push(m);
  }
  for (const group of same.values()) {
    if (group.length < 2) continue;
    const { start, end } = group[0].range;
    group.forEach((m, i) => (m.t = start + ((end - start) * (i + 1)) / (group.length + 1)));
  }
  marks.sort((a, b) => a.t - b.t);
}

/**
 * Positions the marks of one lane (sorted by time) on `scale`: clusters crowded marks under
 * their first one and gives each visible label the first row where it does not overlap.
 * @param {Mark[]} marks
 * @param {import("./axis.js").Scale} scale
 */
export function placeMarks(marks, scale) {
  const rowEnd = new Array(ROWS).fill(-Infinity);
  let lead = null;
  for (const m of marks) {
    m.x = scale.x(m.t);
    m.count = 1;
    m.row = -1;
    if (lead && m.x - lead.x < CLUSTER_PX) {
      m.lead = lead;
      lead.count++;
      continue;
    }
    m.lead = null;
    lead = m;
  }
  for (const m of marks) {
    if (m.lead) continue;
    const left = m.x - 6;
    const row = rowEnd.findIndex((end) => left >= end + LABEL_GAP);
    if (row >= 0) {
      m.row = row;
      rowEnd[row] = left + m.labelWidth + (m.count > 1 ? 22 : 0);
    }
  }
}

/** The name of a country from its ISO code, in the UI language when the browser knows it. */
export function countryName(code, lang) {
  try {
    return new Intl.DisplayNames([lang || "en"], { type: "region" }).of(code) || code;
  } catch {
    return code;
  }
}

/** The emoji flag of an ISO 3166-1 alpha-2 code ("RU" → 🇷🇺); empty for anything else. */
export function flag(code) {
  if (!code || !/^[A-Z]{2}$/.test(code)) return "";
  return String.fromCodePoint(...[...code].map((c) => 0x1f1a5 + c.charCodeAt(0)));
}
