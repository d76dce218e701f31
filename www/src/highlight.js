/**
 * Linking text and timeline. Evidence sentences are highlighted either in the widget's own
 * article panel (the text rendered as text nodes and spans) or in place in an element of the
 * host page (CSS Custom Highlight API ranges: the host's DOM is never modified). Hovering or
 * focusing a highlighted sentence reports its event so the timeline can mark it.
 */
import { h } from "./dom.js";

/** Names of the highlights registered on the host document (styled by HOST_CSS). */
const HL_ALL = "readout-evidence";
const HL_SELECTED = "readout-selected";
const HOST_CSS = `::highlight(${HL_ALL}){background-color:rgb(255 213 79 / .28)}
::highlight(${HL_SELECTED}){background-color:#ffd54f;color:#111}`;

/** Evidence spans of every event as [start, end, eventId], sorted by start. */
function evidenceIndex(timeline) {
  const out = [];
  for (const e of timeline.events) for (const [s, t] of e.evidence) out.push([s, t, e.id]);
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** The events whose evidence covers offset `pos`. */
function eventsAt(index, pos) {
  const ids = [];
  for (const [s, e, id] of index) {
    if (s > pos) break;
    if (pos < e && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

const smooth = () => (matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth");

/**
 * The article panel of the widget: the text in one pre-wrapped element, each stretch covered
 * by evidence in a focusable span that knows its events.
 */
export class PanelHighlighter {
  /**
   * @param {HTMLElement} container emptied and filled with the text
   * @param {string} text
   * @param {object} timeline
   * @param {(eventIds: string[]|null) => void} onHover the events under the pointer or focus
   */
  constructor(container, text, timeline, onHover) {
    this.byEvent = new Map();
    const index = evidenceIndex(timeline);
    // sweep: at each boundary, spans starting there join the active set, spans ending leave it
    const starts = new Map(), ends = new Map();
    const at = (m, k, v) => (m.get(k) || m.set(k, []).get(k)).push(v);
    for (const entry of index) {
      const [s, e] = [Math.min(entry[0], text.length), Math.min(entry[1], text.length)];
      if (s < e) { at(starts, s, entry); at(ends, e, entry); }
    }
    const points = [...new Set([0, text.length, ...starts.keys(), ...ends.keys()])].sort((a, b) => a - b);
    const active = new Set();
    const body = h("div", { class: "text" });
    for (let i = 0; i + 1 < points.length; i++) {
      const [s, e] = [points[i], points[i + 1]];
      for (const x of ends.get(s) || []) active.delete(x);
      for (const x of starts.get(s) || []) active.add(x);
      const piece = text.slice(s, e);
      if (!active.size) {
        body.append(piece);
        continue;
      }
      const ids = [...new Set([...active].map((x) => x[2]))];
      const span = h("span", { class: "ev", tabindex: "0", "data-events": ids.join(" ") }, piece);
      for (const id of ids) at(this.byEvent, id, { s, e, el: span });
      body.append(span);
    }
    container.replaceChildren(body);
    const hover = (ev) => {
      const span = ev.target.closest?.(".ev");
      onHover(span ? span.dataset.events.split(" ") : null);
    };
    body.addEventListener("mouseover", hover);
    body.addEventListener("focusin", hover);
    body.addEventListener("mouseleave", () => onHover(null));
    body.addEventListener("focusout", () => onHover(null));
    this.body = body;
    this.selected = [];
  }
  /** Marks the evidence of `eventId` (null clears). */
  show(eventId) {
    for (const el of this.selected) el.classList.remove("on");
    this.selected = (this.byEvent.get(eventId) || []).map((p) => p.el);
    for (const el of this.selected) el.classList.add("on");
  }
  /** Scrolls the stretch of `span` (or the first evidence of the shown event) into view. */
  scrollTo(span) {
    let el = this.selected[0];
    if (span) el = [...this.byEvent.values()].flat().find((p) => p.s >= span[0] && p.e <= span[1])?.el || el;
    el?.scrollIntoView({ block: "center", behavior: smooth() });
  }
  destroy() {}
}

/**
 * Highlights in place in an element of the host page, from the reading of that element
 * (`extractFromElement`: text, nodes, starts).
 */
export class InPlaceHighlighter {
  /**
   * @param {Element} root the article element
   * @param {{text: string, nodes: Text[], starts: number[]}} reading
   * @param {object} timeline
   * @param {(eventIds: string[]|null) => void} onHover the events under the pointer or focus
   */
  constructor(root, reading, timeline, onHover) {
    this.reading = reading;
    this.index = evidenceIndex(timeline);
    this.nodeIndex = new Map(reading.nodes.map((n, i) => [n, i]));
    this.timeline = timeline;
    this.ranges = [];
    installHostStyles(root.ownerDocument);
    const all = this.index.map(([s, e]) => this.range(s, e)).filter(Boolean);
    if (globalThis.CSS?.highlights) CSS.highlights.set(HL_ALL, new Highlight(...all));
    let frame = 0;
    let last = null;
    const report = (x, y) => {
      const ids = this.eventsAtPoint(x, y);
      if (String(ids) !== String(last)) onHover((last = ids));
    };
    this.onMove = (e) => {
      if (frame) return;
      frame = requestAnimationFrame(() => { frame = 0; report(e.clientX, e.clientY); });
    };
    this.onLeave = () => { if (last !== null) onHover((last = null)); };
    this.onSelection = () => {
      const sel = root.ownerDocument.getSelection();
      if (!sel || !sel.rangeCount || !root.contains(sel.anchorNode)) return;
      const pos = this.offsetOf(sel.anchorNode, sel.anchorOffset);
      const ids = pos == null ? null : eventsAt(this.index, pos);
      if (String(ids) !== String(last)) onHover((last = ids));
    };
    this.root = root;
    root.addEventListener("mousemove", this.onMove);
    root.addEventListener("mouseleave", this.onLeave);
    root.ownerDocument.addEventListener("selectionchange", this.onSelection);
  }
  /** A DOM Range for text offsets [s, e), or null when the text has changed since reading. */
  range(s, e) {
    const a = this.locate(s, true), b = this.locate(e, false);
    if (!a || !b) return null;
    const r = new Range();
    try {
      r.setStart(a[0], a[1]);
      r.setEnd(b[0], b[1]);
    } catch {
      return null;
    }
    return r;
  }
  /**
   * [node, offset] of text offset `pos`. A start in a separator (or at the very end of a node)
   * goes to the next node's start; an end is clamped to the end of the node before.
   */
  locate(pos, start) {
    const { nodes, starts } = this.reading;
    if (!nodes.length) return null;
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= pos) lo = mid; else hi = mid - 1;
    }
    const node = nodes[lo];
    const off = pos - starts[lo];
    if (start && off >= node.length && lo + 1 < nodes.length) return [nodes[lo + 1], 0];
    return [node, Math.max(0, Math.min(off, node.length))];
  }
  /** Text offset of a DOM position inside one of the read text nodes, or null. */
  offsetOf(node, offset) {
    const i = this.nodeIndex.get(node);
    return i == null ? null : this.reading.starts[i] + offset;
  }
  /** The events whose evidence lies under the point (x, y), or null. */
  eventsAtPoint(x, y) {
    const doc = this.root.ownerDocument;
    let node, offset;
    if (doc.caretPositionFromPoint) ({ offsetNode: node, offset } = doc.caretPositionFromPoint(x, y) || {});
    else if (doc.caretRangeFromPoint) ({ startContainer: node, startOffset: offset } = doc.caretRangeFromPoint(x, y) || {});
    const pos = node ? this.offsetOf(node, offset) : null;
    return pos == null ? null : eventsAt(this.index, pos);
  }
  show(eventId) {
    const ev = this.timeline.events.find((e) => e.id === eventId);
    this.ranges = ev ? ev.evidence.map(([s, e]) => this.range(s, e)).filter(Boolean) : [];
    if (globalThis.CSS?.highlights) CSS.highlights.set(HL_SELECTED, new Highlight(...this.ranges));
  }
  scrollTo(span) {
    const r = span ? this.range(span[0], span[1]) : this.ranges[0];
    const node = r?.startContainer;
    const el = node?.nodeType === 3 ? node.parentElement : node;
    el?.scrollIntoView({ block: "center", behavior: smooth() });
  }
  destroy() {
    this.root.removeEventListener("mousemove", this.onMove);
    this.root.removeEventListener("mouseleave", this.onLeave);
    this.root.ownerDocument.removeEventListener("selectionchange", this.onSelection);
    if (globalThis.CSS?.highlights) {
      CSS.highlights.delete(HL_ALL);
      CSS.highlights.delete(HL_SELECTED);
    }
  }
}

/** Adds the ::highlight rules to the host document once (a constructed sheet: CSP-safe). */
function installHostStyles(doc) {
  if (doc.__readoutStyles) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HOST_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  doc.__readoutStyles = sheet;
}
