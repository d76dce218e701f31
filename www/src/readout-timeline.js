/**
 * `<readout-timeline>`: reads an article with Readout's WebAssembly core and shows its
 * timeline — lanes on a zoomable time axis (a card list on narrow screens), event cards,
 * filters, search, evidence linked to the text, exports. The element owns the state
 * (timeline, filters, selection, zoom) and wires the parts; data flows one way:
 * text → extract → Timeline → layout → DOM, and user actions come back as state changes.
 *
 * Attributes: `for` (selector of an article element on the page, read in place), `published`
 * (YYYY-MM-DD), `theme` (light | dark | auto), `lang` (UI strings).
 * API: `load(text, options)`, `timeline` (get, or set a Timeline to show), `select(id)`.
 * Events: `readout-load` ({timeline}), `readout-select` ({id, event}).
 */
import init, * as core from "../pkg/readout.js";
import { Scale, attachGestures, ticks } from "./axis.js";
import { laneModel, placeMarks, flag, LABEL_GAP } from "./lanes.js";
import { eventCard, eventTitle, eventLabel, formatDate, ICONS } from "./cards.js";
import { PanelHighlighter, InPlaceHighlighter } from "./highlight.js";
import { toTimelineJs, toCsv, toIcs, download } from "./export.js";
import { t } from "./strings.js";
import { h } from "./dom.js";

/** Texts longer than this (UTF-16 units) are read in a Worker so the page stays responsive. */
const WORKER_FROM = 100_000;
/** Texts longer than this are refused with a message. */
const MAX_CHARS = 2_000_000;
const TYPES = Object.keys(ICONS);
const here = (path) => new URL(path, import.meta.url).href;

let coreReady = null;
/** Loads the WebAssembly core once per page. */
export function ready() {
  return (coreReady ||= init({ module_or_path: here("../pkg/readout_bg.wasm") }));
}

export class ReadoutTimeline extends HTMLElement {
  static observedAttributes = ["for", "published", "lang", "theme"];

  constructor() {
    super();
    this._timeline = null;
    this._text = "";
    this._mode = "actor";
    this._filters = { types: new Set(TYPES), who: "", topic: "", q: "" };
    this._selected = null;
    this._focus = null;
    this._scale = new Scale();
    this._hl = null;
    this._frame = 0;
    this._build();
  }

  // ── public API ─────────────────────────────────────────────────────────────────────────

  /** The Timeline shown (null before the first load). Setting it shows another Timeline over the same text. */
  get timeline() {
    return this._timeline;
  }
  set timeline(value) {
    this._show(this._text, value, null);
  }

  /**
   * Reads `text` and shows its timeline. Long texts are read in a Worker; texts over the
   * limit, and errors of the core, are shown as a message and reject the promise.
   * @param {string} text
   * @param {{published?: string|Date, prefer?: string}} [options]
   * @returns {Promise<object>} the Timeline
   */
  async load(text, options = {}) {
    performance.mark("readout-load");
    text = String(text ?? "");
    const opts = { ...options };
    if (!opts.published && this.getAttribute("published")) opts.published = this.getAttribute("published");
    if (!opts.published) delete opts.published;
    try {
      if (text.length > MAX_CHARS) throw new RangeError(this._s("tooLarge", text.length.toLocaleString(), MAX_CHARS.toLocaleString()));
      this._message(this._s("loading"));
      const timeline = text.length > WORKER_FROM ? await inWorker(text, opts) : (await ready(), core.extract(text, opts));
      this._show(text, timeline, null);
      return timeline;
    } catch (e) {
      this._message(e instanceof RangeError && text.length > MAX_CHARS ? e.message : this._s("error", e.message || String(e)), true);
      throw e;
    }
  }

  /** Selects the event `id` (null or an unknown id clears): card, highlights, hash, announcement. */
  select(id, { scroll = true } = {}) {
    const event = this._timeline?.events.find((e) => e.id === id) || null;
    id = event ? event.id : null;
    if (id === this._selected) return;
    this._selected = id;
    if (id) this._focus = id;
    for (const el of this._root.querySelectorAll(".mark.sel, .item.sel")) el.classList.remove("sel");
    for (const el of this._root.querySelectorAll("[role=option][aria-selected=true]")) el.setAttribute("aria-selected", "false");
    for (const el of this._root.querySelectorAll(`[data-event="${id}"]`)) {
      if (el.matches(".mark, .item")) el.classList.add("sel");
      if (el.getAttribute("role") === "option") el.setAttribute("aria-selected", "true");
    }
    for (const b of this._list.querySelectorAll("button.item")) b.setAttribute("aria-expanded", String(b.dataset.event === id));
    this._renderDetail();
    this._hl?.show(id);
    if (id && scroll) this._hl?.scrollTo(null);
    if (event && event.date) {
      const m = this._model?.marks.find((x) => x.event === event);
      if (m) { this._scale.reveal(m.t); this._schedule(); }
    }
    this._live.textContent = event ? this._s("selected", `${eventTitle(event, this._actors, this._str)}, ${formatDate(event.date, this._str) || this._s("unknownDate")}`) : this._s("cleared");
    this._syncHash();
    this.dispatchEvent(new CustomEvent("readout-select", { bubbles: true, composed: true, detail: { id, event } }));
  }

  // ── lifecycle ──────────────────────────────────────────────────────────────────────────

  connectedCallback() {
    ready().catch(() => {}); // start compiling the WebAssembly now; load() reports errors
    this._onHash = () => this._fromHash();
    addEventListener("hashchange", this._onHash);
    this._resize = new ResizeObserver(() => {
      const w = this.getBoundingClientRect().width;
      this._root.classList.toggle("narrow", w < 600);
      this._root.classList.toggle("wide", w >= 900);
      this._measure();
    });
    this._resize.observe(this);
    this._resize.observe(this._plot);
    if (this.hasAttribute("for")) this._readTarget();
  }

  disconnectedCallback() {
    removeEventListener("hashchange", this._onHash);
    this._resize?.disconnect();
    this._hl?.destroy();
  }

  attributeChangedCallback(name, old, value) {
    if (old === value || !this.isConnected) return;
    if (name === "for" || (name === "published" && this.hasAttribute("for"))) this._readTarget();
    else if (name === "lang") { this._build(); if (this._timeline) this._show(this._text, this._timeline, this._reading); }
  }

  // ── reading ───────────────────────────────────────────────────────────────────────────

  /** Reads the article element named by `for`, in place. */
  async _readTarget() {
    const target = document.querySelector(this.getAttribute("for"));
    if (!target) return this._message(this._s("error", this.getAttribute("for")), true);
    performance.mark("readout-load");
    try {
      await ready();
      // without `published`, the core takes the date from the page's metadata (JSON-LD, meta, time)
      const published = this.getAttribute("published");
      const reading = core.extractFromElement(target, published ? { published } : {});
      const timeline = reading.timeline;
      this._show(reading.text, timeline, { target, reading });
    } catch (e) {
      this._message(this._s("error", e.message || String(e)), true);
    }
  }

  /** Shows a Timeline over `text`; `place` is set when the text was read in place from the host. */
  _show(text, timeline, place) {
    this._text = text;
    this._timeline = timeline;
    this._reading = place;
    this._actors = new Map(timeline.actors.map((a) => [a.id, a]));
    this._haystack = new Map(timeline.events.map((e) => [e.id, this._searchText(e)]));
    this._selected = null;
    this._focus = null;
    this._hl?.destroy();
    this._root.classList.toggle("in-place", !!place);
    const hover = (id) => this._hot(id);
    this._hl = place ? new InPlaceHighlighter(place.target, place.reading, timeline, hover)
      : new PanelHighlighter(this._panelText, text, timeline, hover);
    this._message(timeline.events.length ? "" : this._s("empty"));
    this._buildFilters();
    this._refresh(true);
    performance.mark("readout-rendered");
    try { performance.measure("readout-load-to-render", "readout-load", "readout-rendered"); } catch {}
    this.dispatchEvent(new CustomEvent("readout-load", { bubbles: true, composed: true, detail: { timeline } }));
    this._fromHash();
  }

  _searchText(e) {
    const a = this._actors;
    const parts = [eventTitle(e, a, this._str), e.place, ...e.topics, formatDate(e.date, this._str)];
    for (const id of e.participants) parts.push(...(a.get(id)?.aliases || []));
    for (const s of this._timeline.statements) if (s.event === e.id) parts.push(s.text);
    for (const [s, x] of e.evidence) parts.push(this._text.slice(s, x));
    return parts.filter(Boolean).join(" \n").toLocaleLowerCase();
  }

  // ── building the shadow DOM ──────────────────────────────────────────────────────────────

  _s(key, ...args) {
    return t(this.getAttribute("lang") || document.documentElement.lang || "en", key, ...args);
  }

  /** Builds the static parts of the shadow DOM (again when the language changes). */
  _build() {
    const shadow = this.shadowRoot || this.attachShadow({ mode: "open" });
    const s = (this._str = (k, ...a) => this._s(k, ...a));
    s.lang = this.getAttribute("lang") || document.documentElement.lang || "en";
    const css = h("link", { rel: "stylesheet", href: here("./styles.css") });
    const root = (this._root = h("section", { class: "root", "aria-label": s("region"), hidden: true }));
    css.addEventListener("load", () => { root.hidden = false; this._measure(); }, { once: true });
    const zoom = (f) => () => { this._scale.zoom(f); this._schedule(); };
    this._types = h("fieldset", { class: "types" }, h("legend", null, s("type")));
    this._who = h("select", { onchange: (e) => this._filter({ who: e.target.value }) });
    this._topic = h("select", { onchange: (e) => this._filter({ topic: e.target.value }) });
    this._search = h("input", { type: "search", oninput: (e) => this._filter({ q: e.target.value.trim().toLocaleLowerCase() }) });
    this._count = h("p", { class: "count", "aria-live": "polite" });
    const lanesBy = h("fieldset", { class: "switch" }, h("legend", null, s("lanesBy")),
      ["actor", "country"].map((m) => h("label", null,
        h("input", { type: "radio", name: "lanes", value: m, checked: m === this._mode, onchange: () => { this._mode = m; this._refresh(false); } }),
        " ", s(m === "actor" ? "byActor" : "byCountry"))));
    const exp = (label, fn) => h("button", { type: "button", onclick: fn }, label);
    this._axis = h("div", { class: "axis", "aria-hidden": "true" });
    this._lanes = h("div", { class: "lanes", role: "listbox", "aria-label": s("events"), "aria-describedby": "hint", "aria-orientation": "horizontal" });
    this._undated = h("div", { class: "undated", role: "group", "aria-label": s("unknownDate") });
    this._plot = h("div", { class: "plot" }, this._axis, this._lanes);
    this._list = h("ol", { class: "list", "aria-label": s("events") });
    this._detail = h("div", { class: "detail" });
    this._panelText = h("div", { class: "panel-text" });
    this._live = h("p", { class: "vh", role: "status" });
    this._msg = h("p", { class: "message", hidden: true });
    append(root,
      h("h2", { class: "vh" }, s("region")),
      h("div", { class: "toolbar" },
        h("div", { class: "filters", role: "group", "aria-label": s("filters") },
          this._types,
          h("label", null, h("span", null, s("actor")), this._who),
          h("label", null, h("span", null, s("topic")), this._topic),
          h("label", null, h("span", null, s("search")), this._search)),
        h("div", { class: "view-controls" },
          lanesBy,
          h("div", { class: "zoom", role: "group", "aria-label": s("zoomFit") },
            h("button", { type: "button", "aria-label": s("zoomOut"), title: s("zoomOut"), onclick: zoom(1 / 1.6) }, "−"),
            h("button", { type: "button", "aria-label": s("zoomIn"), title: s("zoomIn"), onclick: zoom(1.6) }, "+"),
            h("button", { type: "button", onclick: () => { this._fit(); this._schedule(); } }, s("zoomFit"))),
          h("div", { class: "exports", role: "group", "aria-label": s("export") },
            h("span", { "aria-hidden": "true" }, s("export") + ":"),
            exp(s("exportJson"), () => this._export("json")),
            exp(s("exportTimelineJs"), () => this._export("timelinejs")),
            exp(s("exportCsv"), () => this._export("csv")),
            exp(s("exportIcs"), () => this._export("ics"))))),
      this._count,
      this._msg,
      h("div", { class: "main" },
        h("section", { class: "panel", "aria-label": s("article") }, this._panelText),
        h("div", { class: "view" },
          h("p", { id: "hint", class: "vh" }, s("timelineHint")),
          this._plot,
          this._list,
          this._detail)),
      this._live);
    shadow.replaceChildren(css, root);
    attachGestures(this._plot, {
      zoom: (f, x) => { this._scale.zoom(f, x - this._labelW()); this._settleAt = performance.now() + 150; this._schedule(); },
      pan: (dx) => { this._scale.pan(dx); this._schedule(); },
    });
    this._lanes.addEventListener("click", (e) => {
      const c = e.target.closest(".more");
      if (c) { this._scale.zoom(3, this._scale.x(c.mark.t)); return this._schedule(); }
      const m = e.target.closest("[data-event]");
      if (m) { this.select(m.dataset.event); this._focusMark(m.dataset.event, false); }
    });
    this._lanes.addEventListener("keydown", (e) => this._key(e));
    this._list.addEventListener("keydown", (e) => this._key(e));
  }

  /** Type checkboxes, actor/country and topic selects, with counts, for the current Timeline. */
  _buildFilters() {
    const s = this._str;
    const events = this._timeline.events;
    const count = (f) => events.filter(f).length;
    const types = TYPES.filter((ty) => events.some((e) => e.type === ty));
    this._filters = { types: new Set(TYPES), who: "", topic: "", q: "" };
    this._search.value = "";
    this._types.replaceChildren(h("legend", null, s("type")), ...types.map((ty) => h("label", { class: "t-" + ty },
      h("input", { type: "checkbox", value: ty, checked: true, onchange: (e) => {
        const set = new Set(this._filters.types);
        e.target.checked ? set.add(ty) : set.delete(ty);
        this._filter({ types: set });
      } }),
      h("span", { class: "icon", "aria-hidden": "true" }, ICONS[ty]), ` ${s("type." + ty)} (${count((e) => e.type === ty)})`)));
    const involved = (e) => new Set([e.initiator, ...e.participants].filter(Boolean));
    const actorOpts = this._timeline.actors.map((a) => [a, count((e) => involved(e).has(a.id))]).filter(([, n]) => n)
      .sort((x, y) => y[1] - x[1] || x[0].name.localeCompare(y[0].name))
      .map(([a, n]) => h("option", { value: "a:" + a.id }, `${a.name} (${n})`));
    const countries = [...new Set(this._timeline.actors.map((a) => a.country).filter(Boolean))]
      .map((c) => [c, count((e) => [...involved(e)].some((id) => this._actors.get(id)?.country === c))]).filter(([, n]) => n)
      .sort((x, y) => y[1] - x[1]);
    const names = new Intl.DisplayNames([s.lang], { type: "region" });
    this._who.replaceChildren(h("option", { value: "" }, s("all")),
      h("optgroup", { label: s("byActor") }, actorOpts),
      h("optgroup", { label: s("byCountry") }, countries.map(([c, n]) => h("option", { value: "c:" + c }, `${flag(c)} ${safeRegion(names, c)} (${n})`))));
    const topics = new Map();
    for (const e of events) for (const x of e.topics) topics.set(x, (topics.get(x) || 0) + 1);
    this._topic.replaceChildren(h("option", { value: "" }, s("all")),
      ...[...topics].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([x, n]) => h("option", { value: x }, `${x} (${n})`)));
  }

  _filter(change) {
    Object.assign(this._filters, change);
    this._refresh(false);
  }

  /** The events that pass the filters and the search. */
  _visible() {
    const { types, who, topic, q } = this._filters;
    return this._timeline.events.filter((e) => {
      if (!types.has(e.type)) return false;
      if (topic && !e.topics.includes(topic)) return false;
      if (who) {
        const ids = [e.initiator, ...e.participants].filter(Boolean);
        if (who.startsWith("a:") ? !ids.includes(who.slice(2)) : !ids.some((id) => this._actors.get(id)?.country === who.slice(2))) return false;
      }
      return !q || this._haystack.get(e.id).includes(q);
    });
  }

  /** Rebuilds lanes, list and counts after the data, the filters or the lane mode changed. */
  _refresh(refit) {
    const s = this._str;
    const visible = this._visible();
    this._model = laneModel(this._timeline, visible, this._mode, s);
    if (this._selected && !visible.some((e) => e.id === this._selected)) this.select(null);
    const dated = this._model.marks.filter((m) => m.primary).sort((a, b) => a.t - b.t);
    this._order = [...dated.map((m) => m.event.id), ...this._model.undated.map((e) => e.id)];
    if (!this._order.includes(this._focus)) this._focus = this._order[0] || null;
    this._count.textContent = s("shown", visible.length, this._timeline.events.length);

    const actors = this._actors;
    this._dirty = true;
    const marks = this._model.marks;
    const lo = Math.min(...marks.map((m) => m.range.start)), hi = Math.max(...marks.map((m) => m.range.end));
    const pad = Math.max(30 * 86400000, (hi - lo) * 0.2);
    const [d0, d1] = (this._domain = marks.length ? [lo - pad, hi + pad] : [0, 1]);
    this._scale.minSpan = ((d1 - d0) * 2000) / 8e6; // zoom in until the data spans 8 million pixels (2000 px wide)
    const groups = this._model.lanes.map((lane) => {
      const track = (lane.layer = h("div", { class: "layer" }));
      for (const m of lane.marks) {
        const e = m.event;
        m.bar = m.range.fuzzy || m.range.end - m.range.start > 86400000 ? h("div", { class: `bar t-${e.type}${e.date.approx ? " fuzzy" : ""}`, "aria-hidden": "true" }) : null;
        m.label = h("span", { class: "label" }, h("span", { "aria-hidden": "true" }, ICONS[e.type] + " "), eventLabel(e, actors, s));
        m.more = h("span", { class: "more", "aria-hidden": "true" });
        m.more.mark = m;
        m.el = h("div", m.primary
          ? { class: `mark t-${e.type} s-${e.status}`, role: "option", tabindex: "-1", id: "m-" + e.id, "data-event": e.id,
            "aria-selected": String(e.id === this._selected), "aria-label": this._markName(e, eventLabel(e, actors, s)) }
          : { class: `mark echo t-${e.type} s-${e.status}`, "data-event": e.id, "aria-hidden": "true" },
        (m.dot = h("span", { class: "dot" })), m.label, m.more);
        if (e.id === this._selected) m.el.classList.add("sel");
        m.at = m.bx = m.bw = 0; // what the DOM shows: layer pixels of the mark, bar start and width,
        m.cls = m.badge = ""; // placement class and cluster badge
        if (m.bar) track.append(m.bar);
        track.append(m.el);
      }
      return h("div", { class: "lane", role: "group", "aria-label": lane.label },
        h("div", { class: "lane-label", "aria-hidden": "true" }, lane.country ? flag(lane.country) + " " : "", lane.label), h("div", { class: "track" }, track));
    });
    this._undated.replaceChildren(h("div", { class: "lane-label", "aria-hidden": "true" }, s("unknownDate")),
      h("div", { class: "chips" }, this._model.undated.map((e) => h("div", {
        class: `mark chip t-${e.type} s-${e.status}${e.id === this._selected ? " sel" : ""}`, role: "option", tabindex: "-1", id: "m-" + e.id,
        "data-event": e.id, "aria-selected": String(e.id === this._selected), "aria-label": this._markName(e, eventLabel(e, actors, s)),
      }, h("span", { "aria-hidden": "true" }, ICONS[e.type] + " "), eventLabel(e, actors, s)))));
    this._lanes.replaceChildren(...groups, ...(this._model.undated.length ? [this._undated] : []));
    this._renderList(visible);
    this._renderDetail();
    this._roving();
    for (const m of this._model.marks) m.labelWidth = m.label.offsetWidth || m.label.textContent.length * 7 + 8;
    if (refit) this._fit();
    this._measure();
    this._draw();
  }

  /** The accessible name of a mark: its visible label inside "Type: label, date, status". */
  _markName(e, label) {
    const s = this._str;
    return `${s("type." + e.type)}: ${label}, ${formatDate(e.date, s) || s("unknownDate")}${e.status !== "occurred" ? ", " + s(e.status) : ""}`;
  }

  /** The vertical card list shown on narrow screens: chronological, the selected item open. */
  _renderList(visible) {
    const s = this._str;
    const order = new Map(this._order.map((id, i) => [id, i]));
    const items = visible.slice().sort((a, b) => order.get(a.id) - order.get(b.id)).map((e) => h("li", null,
      h("button", { type: "button", class: `item t-${e.type} s-${e.status}${e.id === this._selected ? " sel" : ""}`, "data-event": e.id,
        "aria-expanded": String(e.id === this._selected), tabindex: e.id === this._focus ? "0" : "-1",
        onclick: () => this.select(e.id === this._selected ? null : e.id) },
        h("span", { class: "icon", "aria-hidden": "true" }, ICONS[e.type]),
        h("span", { class: "item-date" }, formatDate(e.date, s) || s("unknownDate")),
        h("span", { class: "item-title" }, eventTitle(e, this._actors, s))),
      h("div", { class: "item-body" })));
    this._list.replaceChildren(...items);
  }

  /** The card of the selected event, in the detail area and inside its list item. */
  _renderDetail() {
    for (const b of this._list.querySelectorAll(".item-body")) b.replaceChildren();
    const event = this._timeline?.events.find((e) => e.id === this._selected);
    if (!event) return this._detail.replaceChildren();
    const ctx = { timeline: this._timeline, text: this._text, actors: this._actors, str: this._str, onEvidence: (span) => this._hl?.scrollTo(span) };
    const close = h("button", { type: "button", class: "close", "aria-label": this._s("close"), onclick: () => this.select(null) }, "×");
    this._detail.replaceChildren(close, eventCard(event, ctx));
    this._list.querySelector(`button.item[data-event="${event.id}"]`)?.nextElementSibling.replaceChildren(eventCard(event, ctx));
  }

  // ── drawing ─────────────────────────────────────────────────────────────────────────

  /** Width of the lane labels column (measured on resize and rebuild, not per frame). */
  _labelW() {
    return this._lw ?? (this._lw = this._lanes.querySelector(".lane-label")?.offsetWidth || 0);
  }

  _measure() {
    const track = this._lanes.querySelector(".track");
    const w = track ? track.clientWidth : 0;
    this._lw = null;
    if (w) this._scale.width = w;
    if (w && !this._fitted) this._fit();
    this._schedule();
  }

  /** Fits the window to the dated events shown. */
  _fit() {
    const marks = this._model?.marks || [];
    if (!marks.length) return;
    this._scale.fit(Math.min(...marks.map((m) => m.range.start)), Math.max(...marks.map((m) => m.range.end)));
    this._fitted = this._scale.width > 0;
  }

  _schedule() {
    if (!this._frame) this._frame = requestAnimationFrame(() => { this._frame = 0; this._draw(); });
  }

  /**
   * Positions ticks, bars, marks, clusters and labels for the current scale. Marks and bars
   * move by transforms only (no layout), and only those in view or leaving it are written: a
   * lane's layer is translated for pans, its marks are rewritten when the zoom changes.
   * During a wheel or pinch zoom, clusters and label rows wait until the gesture pauses
   * (marks hidden in a cluster stay where they are); zooming out meanwhile only hides the
   * labels that come to overlap. Placements are written to marks in view only (the others
   * when they come into view), so a settling zoom restyles what the reader sees, not all.
   */
  _draw() {
    if (!this._model) return;
    const sc = this._scale;
    const lw = this._labelW();
    const tks = ticks(sc, this._str.lang), pool = this._axis.children;
    tks.forEach((tk, i) => {
      const el = pool[i] || this._axis.appendChild(h("span", { class: "tick" }));
      if (el.textContent !== tk.label) el.textContent = tk.label;
      el.style.transform = `translateX(${(tk.x + lw).toFixed(1)}px)`;
    });
    while (pool.length > tks.length) pool[tks.length].remove();
    const w = sc.width, span = sc.t1 - sc.t0;
    if (this._dirty || span !== this._span || w !== this._width) {
      const wait = this._settleAt - performance.now();
      clearTimeout(this._settle);
      if (!this._dirty && w === this._width && wait > 0) {
        this._settle = setTimeout(() => this._schedule(), wait);
        if (span > this._span) this._declutter(sc);
      } else {
        this._dirty = false;
        this._span = span;
        this._width = w;
        this._placeAll(sc);
      }
    }
    // layer pixels count from the time `_origin`, rebased when the zoom changes (all marks in
    // view are rewritten then anyway) or a long pan takes it far: coordinates stay small
    const k = w / span;
    if (k !== this._k || Math.abs(sc.x(this._origin)) > 1e5) { this._k = k; this._origin = sc.t0; }
    const o = this._origin, off = sc.x(o);
    const seen = (a, b) => a + off < w + 40 && b + off > -40;
    const px = (t) => Math.round((t - o) * k * 10) / 10;
    for (const lane of this._model.lanes) {
      lane.layer.style.transform = `translateX(${off.toFixed(1)}px)`;
      for (const m of lane.marks) {
        if (m.bar) {
          const bx = px(m.range.start), bw = Math.max(2, px(m.range.end) - bx);
          if ((bx !== m.bx || bw !== m.bw) && (seen(bx, bx + bw) || seen(m.bx, m.bx + m.bw))) {
            m.bar.style.transform = `translateX(${(m.bx = bx)}px) scaleX(${(m.bw = bw) / 100})`;
          }
        }
        const x = px(m.t), r = m.labelWidth + 40, inView = seen(x, x + r);
        if (inView) place(m);
        if (m.cls === "in" && m.event.id !== this._focus) continue; // hidden in a cluster
        if (x !== m.at && (inView || seen(m.at, m.at + r))) m.el.style.transform = `translateX(${(m.at = x)}px)`;
      }
    }
  }

  /** Decides clusters and label rows of every lane on `sc` (written as marks come into view). */
  _placeAll(sc) {
    for (const lane of this._model.lanes) placeMarks(lane.marks, sc);
  }

  /** Hides the labels that overlap on `sc`, keeping clusters and rows (while a zoom out goes on). */
  _declutter(sc) {
    for (const lane of this._model.lanes) {
      const end = [-Infinity, -Infinity];
      for (const m of lane.marks) {
        if (m.row < 0 || m.lead) continue;
        const left = sc.x(m.t) - 6;
        if (left < end[m.row] + LABEL_GAP) m.row = -1;
        else end[m.row] = left + m.labelWidth + (m.count > 1 ? 22 : 0);
      }
    }
  }

  // ── selection, focus, keyboard ────────────────────────────────────────────────────────

  /** Roving tabindex: only the focused event's mark (or list item) is in the tab order. */
  _roving() {
    for (const el of this._root.querySelectorAll("[role=option], button.item")) el.tabIndex = el.dataset.event === this._focus ? 0 : -1;
    if (!this._focus) this._lanes.tabIndex = -1;
  }

  _focusMark(id, move = true) {
    this._focus = id;
    this._roving();
    if (!move) return;
    const narrow = !this._plot.offsetParent;
    const el = narrow ? this._list.querySelector(`button.item[data-event="${id}"]`) : this._root.querySelector(`[role=option][data-event="${id}"]`);
    const m = this._model.marks.find((x) => x.primary && x.event.id === id);
    if (m && !narrow) {
      this._scale.reveal(m.t);
      for (let i = 0; i < 8 && (placeMarks(this._lanes_of(m), this._scale), m.lead); i++) this._scale.zoom(2, this._scale.x(m.t));
      this._dirty = true;
      this._draw();
    }
    el?.focus({ preventScroll: !narrow });
    if (!narrow) el?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  _lanes_of(mark) {
    return this._model.lanes.find((l) => l.marks.includes(mark)).marks;
  }

  _key(e) {
    const i = this._order.indexOf(this._focus);
    const go = (j) => {
      e.preventDefault();
      const id = this._order[Math.max(0, Math.min(this._order.length - 1, j))];
      if (id) this._focusMark(id);
    };
    switch (e.key) {
      case "ArrowRight": case "ArrowDown": return go(i + 1);
      case "ArrowLeft": case "ArrowUp": return go(i - 1);
      case "Home": return go(0);
      case "End": return go(this._order.length - 1);
      case "Enter": case " ":
        if (e.target.closest("button.item")) return; // the button's own click toggles it
        e.preventDefault();
        return this.select(this._focus);
      case "Escape":
        e.preventDefault();
        return this.select(null);
    }
  }

  /** Marks the event whose evidence the reader hovers or focuses in the text (the selected one first). */
  _hot(ids) {
    const id = ids?.includes(this._selected) ? this._selected : ids?.[0];
    for (const el of this._root.querySelectorAll(".hot")) el.classList.remove("hot");
    if (id) for (const el of this._root.querySelectorAll(`.mark[data-event="${id}"], .item[data-event="${id}"]`)) el.classList.add("hot");
  }

  _fromHash() {
    const m = /^#event=([\w-]+)$/.exec(location.hash);
    if (m && this._timeline?.events.some((e) => e.id === m[1]) && m[1] !== this._selected) this.select(m[1]);
  }

  _syncHash() {
    const want = this._selected ? "#event=" + this._selected : "";
    if (location.hash === want || (!want && !location.hash.startsWith("#event="))) return;
    history.replaceState(history.state, "", want || location.pathname + location.search);
  }

  _message(text, error = false) {
    this._msg.textContent = text;
    this._msg.hidden = !text;
    this._msg.classList.toggle("error", error);
    this._msg.setAttribute("role", error ? "alert" : "status");
  }

  _export(kind) {
    if (!this._timeline) return;
    const ctx = { timeline: this._timeline, text: this._text, title: (e) => eventTitle(e, this._actors, this._str), typeName: (ty) => this._s("type." + ty) };
    const files = {
      json: ["timeline.json", "application/json", () => JSON.stringify(this._timeline, null, 2)],
      timelinejs: ["timelinejs.json", "application/json", () => JSON.stringify(toTimelineJs(ctx), null, 2)],
      csv: ["timeline.csv", "text/csv", () => toCsv(ctx)],
      ics: ["timeline.ics", "text/calendar", () => toIcs(ctx)],
    };
    const [name, type, make] = files[kind];
    download(name, type, make());
  }
}

/**
 * Writes the placement `placeMarks` decided for a mark, when it differs from what the DOM
 * shows: "in" a cluster (its dot hidden), label row "r0" or "r1", or none (label hidden), and
 * the "+n" badge of a cluster. The classes go on the dot and the label, so only they restyle.
 */
function place(m) {
  const c = m.lead ? "in" : m.row === 1 ? "r1" : m.row === 0 ? "r0" : "";
  if (m.cls !== c) {
    if (m.cls === "in" || c === "in") m.dot.classList.toggle("in", c === "in");
    if (m.cls === "r0" || m.cls === "r1") m.label.classList.remove(m.cls);
    if (c === "r0" || c === "r1") m.label.classList.add(c);
    m.cls = c;
  }
  const badge = m.count > 1 ? "+" + (m.count - 1) : "";
  // drawn from an attribute: text inside the option would not be part of its accessible name
  if (m.badge !== badge) (m.badge = badge) ? m.more.setAttribute("data-n", badge) : m.more.removeAttribute("data-n");
}

function append(el, ...children) {
  el.append(...children);
  return el;
}

function safeRegion(names, code) {
  try { return names.of(code); } catch { return code; }
}

let worker = null;
/** Extracts in a Worker (created on first use), one request at a time. */
function inWorker(text, options) {
  worker ||= new Worker(here("./worker.js"), { type: "module" });
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => (data.error ? reject(new Error(data.error)) : resolve(data.timeline));
    worker.onerror = (e) => reject(new Error(e.message || "worker failed"));
    worker.postMessage({ text, options: { ...options, published: options.published instanceof Date ? options.published.toISOString().slice(0, 10) : options.published } });
  });
}

if (!customElements.get("readout-timeline")) customElements.define("readout-timeline", ReadoutTimeline);
