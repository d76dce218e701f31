/**
 * UI strings of the widget, one table per language. To translate, copy the `en` table under a
 * new language tag and translate the values; missing keys fall back to English. `{0}`, `{1}`
 * are replaced by the arguments of `t`.
 */
export const STRINGS = {
  en: {
    region: "Timeline of the article",
    loading: "Reading the article…",
    empty: "No events found in this text.",
    error: "Could not read the text: {0}",
    tooLarge: "This text is too large ({0} characters); the limit is {1}. Split it into smaller parts.",
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    zoomFit: "Show all",
    lanesBy: "Lanes by",
    byActor: "actor",
    byCountry: "country",
    filters: "Filters",
    type: "Type",
    actor: "Actor or country",
    topic: "Topic",
    all: "All",
    search: "Search events",
    shown: "{0} of {1} events",
    events: "Events",
    unknownDate: "Date unknown",
    otherLane: "Others",
    noCountry: "International",
    about: "about {0}",
    planned: "planned",
    uncertain: "uncertain",
    occurred: "occurred",
    initiator: "initiated",
    participants: "Participants",
    place: "Place",
    topics: "Topics",
    statements: "Statements",
    evidence: "In the text",
    unknownSpeaker: "Unknown speaker",
    selected: "Selected: {0}",
    cleared: "Selection cleared",
    close: "Close",
    article: "Article",
    export: "Export",
    exportJson: "Timeline JSON",
    exportTimelineJs: "TimelineJS",
    exportCsv: "CSV",
    exportIcs: "Calendar (.ics)",
    timelineHint: "Use the arrow keys to move between events, Enter to select, Escape to clear.",
    cluster: "{0} events",
    "type.call": "Call",
    "type.meeting": "Meeting",
    "type.visit": "Visit",
    "type.statement": "Statement",
    "type.agreement": "Agreement",
    "type.criticism": "Criticism",
    "type.sanction": "Sanction",
    "type.military": "Military action",
    "type.release": "Release",
    "type.aid": "Aid",
    "type.other": "Other",
  },
};

/**
 * The string `key` in language `lang` (a BCP 47 tag; "fr-CA" falls back to "fr", then "en"),
 * with `{n}` replaced by `args[n]`.
 * @param {string} lang
 * @param {string} key
 * @param {...(string|number)} args
 */
export function t(lang, key, ...args) {
  const base = (lang || "en").toLowerCase();
  const table = STRINGS[base] || STRINGS[base.split("-")[0]] || STRINGS.en;
  const s = table[key] ?? STRINGS.en[key] ?? key;
  return s.replace(/\{(\d)\}/g, (_, i) => String(args[+i] ?? ""));
}
