/**
 * Words and cards for events: the title and short label of an event, its date as a reader
 * says it, and the event card (type, date, participants with flags, place, topics,
 * statements with speaker and quote, evidence sentences).
 */
import { h } from "./dom.js";
import { formatter } from "./axis.js";
import { flag } from "./lanes.js";

/** An icon per event type (emoji: no image requests, no bytes). */
export const ICONS = {
  call: "📞", meeting: "🤝", visit: "✈️", statement: "💬", agreement: "📝", criticism: "⚠️",
  sanction: "🚫", military: "💥", release: "🔓", aid: "📦", other: "•",
};

/** The name a reader uses in a short label: a person's surname, anything else whole. */
export function shortName(actor) {
  if (!actor) return "";
  if (actor.kind !== "person") return actor.name;
  const parts = actor.name.split(/\s+/);
  return parts[parts.length - 1];
}

/** "Call: Vladimir Putin and Donald Trump" (participants, initiator first). */
export function eventTitle(event, actors, str) {
  const names = orderedParticipants(event).map((id) => actors.get(id)?.name).filter(Boolean);
  const type = str("type." + event.type);
  return names.length ? `${type}: ${listFormat(names, str.lang)}` : type;
}

/** "Putin – Trump", the label beside a mark. */
export function eventLabel(event, actors, str) {
  const names = orderedParticipants(event).map((id) => shortName(actors.get(id))).filter(Boolean);
  return names.length ? names.slice(0, 3).join(" – ") + (names.length > 3 ? " …" : "") : str("type." + event.type);
}

/** The initiator first, then the others in the order the text gives. */
function orderedParticipants(event) {
  const ids = event.participants.slice();
  if (event.initiator && !ids.includes(event.initiator)) ids.unshift(event.initiator);
  return event.initiator ? [event.initiator, ...ids.filter((i) => i !== event.initiator)] : ids;
}

function listFormat(items, lang) {
  try {
    return new Intl.ListFormat(lang || "en", { type: "conjunction" }).format(items);
  } catch {
    return items.join(", ");
  }
}

/** "3 July 2025", "July 2025", "about 27 June 2025"; "" when undated. */
export function formatDate(date, str) {
  if (!date) return "";
  const [y, m, d] = date.value.split("-").map(Number);
  const t = Date.UTC(y, (m || 1) - 1, d || 1);
  const opts = d ? { day: "numeric", month: "long", year: "numeric" } : m ? { month: "long", year: "numeric" } : { year: "numeric" };
  const s = formatter(str.lang, opts).format(t);
  return date.approx ? str("about", s) : s;
}

/**
 * The full card of an event.
 * @param {object} event the TimelineEvent
 * @param {{timeline: object, text: string, actors: Map<string, object>, str: Function,
 *   onEvidence: (span: number[]) => void, headingLevel?: number}} ctx
 * @returns {HTMLElement}
 */
export function eventCard(event, ctx) {
  const { timeline, text, actors, str } = ctx;
  const statements = timeline.statements.filter((s) => s.event === event.id);
  const heading = "h" + (ctx.headingLevel || 3);
  const person = (id) => {
    const a = actors.get(id);
    return a ? [flag(a.country) ? h("span", { class: "flag", "aria-hidden": "true" }, flag(a.country), " ") : null, a.name] : [];
  };
  return h("article", { class: `card t-${event.type} s-${event.status}`, "data-event": event.id, "aria-label": eventTitle(event, actors, str) },
    h(heading, { class: "card-title" },
      h("span", { class: "icon", "aria-hidden": "true" }, ICONS[event.type] || ICONS.other),
      " ", eventTitle(event, actors, str)),
    h("p", { class: "card-date" },
      formatDate(event.date, str) || str("unknownDate"),
      event.status !== "occurred" ? h("span", { class: "badge" }, str(event.status)) : null),
    event.participants.length || event.initiator ? section(str("participants"),
      h("ul", { class: "people" }, orderedParticipants(event).map((id) =>
        h("li", null, person(id), id === event.initiator ? h("span", { class: "badge" }, str("initiator")) : null)))) : null,
    event.place ? section(str("place"), h("p", null, event.place)) : null,
    event.topics.length ? section(str("topics"), h("ul", { class: "chips" }, event.topics.map((x) => h("li", null, x)))) : null,
    statements.length ? section(str("statements"), statements.map((s) =>
      h("figure", { class: "quote" },
        h("blockquote", { class: s.direct ? "direct" : "reported" }, s.text),
        h("figcaption", null, "— ", s.speaker ? person(s.speaker) : str("unknownSpeaker"))))) : null,
    event.evidence.length ? section(str("evidence"), h("ol", { class: "evidence" }, event.evidence.map((span) =>
      h("li", null, h("button", { type: "button", class: "ev-link", onclick: () => ctx.onEvidence(span) }, text.slice(span[0], span[1])))))) : null,
  );
}

function section(title, ...body) {
  return h("section", { class: "card-part" }, h("p", { class: "card-label" }, title), body);
}
