/**
 * The one way the widget builds DOM: `h(tag, attrs, ...children)`. Strings become text nodes,
 * never markup, so article text cannot turn into HTML whatever it contains.
 */

/**
 * Creates an element. `attrs`: `class` → className, `on<event>` → listener, `false`/`null`
 * skipped, anything else → setAttribute. Children: nodes, strings (as text), arrays, null.
 * @param {string} tag
 * @param {Record<string, any>} [attrs]
 * @param {...any} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === "class") el.className = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : v);
  }
  append(el, children);
  return el;
}

/** Appends children (nodes, strings as text, nested arrays; null skipped). */
export function append(el, children) {
  for (const c of children) {
    if (c == null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
  return el;
}
