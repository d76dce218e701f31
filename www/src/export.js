/**
 * Exports of a Timeline as downloads: the Timeline JSON itself, TimelineJS JSON (to continue
 * in TimelineJS), CSV (one row per event) and iCalendar (one VEVENT per dated event).
 */
import { dateRange, DAY } from "./axis.js";

/** The text of the evidence of an event, sentences joined by spaces. */
const evidenceText = (event, text) => event.evidence.map(([s, e]) => text.slice(s, e).trim()).join(" ");
const names = (ids, actors) => ids.map((id) => actors.get(id)?.name).filter(Boolean);

/** Escapes text for TimelineJS, whose text fields are HTML. */
const html = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * TimelineJS JSON: one slide per dated event; the group is the event type.
 * @param {{timeline: object, text: string, title: (e: object) => string, typeName: (t: string) => string}} ctx
 */
export function toTimelineJs({ timeline, text, title, typeName }) {
  const events = [];
  for (const e of timeline.events) {
    if (!e.date) continue;
    const [year, month, day] = e.date.value.split("-").map(Number);
    const start_date = { year };
    if (month) start_date.month = month;
    if (day) start_date.day = day;
    if (e.date.approx) start_date.display_date = e.date.text || e.date.value;
    events.push({
      unique_id: e.id,
      start_date,
      text: { headline: html(title(e)), text: `<p>${html(evidenceText(e, text))}</p>` },
      group: typeName(e.type),
    });
  }
  return { title: { text: { headline: "Readout", text: "" } }, events };
}

/** One CSV cell: quoted when needed; a leading = + - @ is defused against spreadsheet formulas. */
function cell(v) {
  let s = v == null ? "" : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV (RFC 4180, CRLF) with a header row and one row per event. */
export function toCsv({ timeline, text }) {
  const actors = new Map(timeline.actors.map((a) => [a.id, a]));
  const rows = [["id", "type", "status", "date", "grain", "approx", "participants", "initiator", "place", "topics", "evidence"]];
  for (const e of timeline.events) {
    rows.push([e.id, e.type, e.status, e.date?.value ?? "", e.date?.grain ?? "", e.date ? String(e.date.approx) : "",
      names(e.participants, actors).join("; "), actors.get(e.initiator)?.name ?? "", e.place ?? "", e.topics.join("; "),
      evidenceText(e, text)]);
  }
  return rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** Escapes an iCalendar TEXT value. */
const icsText = (s) => String(s).replace(/[\\;,]/g, (c) => "\\" + c).replace(/\r?\n/g, "\\n");
/** Folds a content line at 75 octets (UTF-8), continuation lines starting with a space. */
function fold(line) {
  const bytes = new TextEncoder();
  const out = [];
  let cur = "";
  for (const ch of line) {
    if (bytes.encode(cur + ch).length > (out.length ? 74 : 75)) {
      out.push(cur);
      cur = "";
    }
    cur += ch;
  }
  out.push(cur);
  return out.join("\r\n ");
}
const icsDate = (t) => new Date(t).toISOString().slice(0, 10).replace(/-/g, "");

/** iCalendar: an all-day VEVENT per dated event, over its whole calendar range. */
export function toIcs({ timeline, text, title }) {
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Readout//Timeline//EN", "CALSCALE:GREGORIAN"];
  for (const e of timeline.events) {
    const r = dateRange(e.date ? { ...e.date, approx: false } : null);
    if (!r) continue;
    lines.push("BEGIN:VEVENT", `UID:${e.id}-${r.start / DAY}@readout`, `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(r.start)}`, `DTEND;VALUE=DATE:${icsDate(r.end)}`,
      `SUMMARY:${icsText(title(e))}`, `DESCRIPTION:${icsText(evidenceText(e, text))}`,
      `STATUS:${e.status === "occurred" ? "CONFIRMED" : "TENTATIVE"}`, "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}

/** Saves `content` as a file named `name` (a Blob URL and a download link; no network). */
export function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
