/** A short article the consumer apps read. */
export const article = `Russian President Vladimir Putin spoke by phone with U.S. President Donald Trump on Thursday, the Kremlin said.

"The conversation was frank and businesslike," Kremlin aide Yuri Ushakov told reporters.`;

/** Its publication date. */
export const published = "2025-07-04";

/** What the apps show: the version and each event's type, date and evidence. */
export function summary(version, timeline) {
  return JSON.stringify({
    version,
    events: timeline.events.map((e) => ({ type: e.type, date: e.date?.value ?? null, evidence: article.slice(...e.evidence[0]) })),
    quotes: timeline.statements.filter((s) => s.direct).map((s) => s.text),
  });
}
