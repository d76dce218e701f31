//! The WebAssembly bindings: a thin shell over [`crate::extract`] for JavaScript, compiled
//! only for `wasm32`. The Timeline comes back as plain JS objects (spans in UTF-16 code units,
//! so `text.slice(start, end)` is the evidence); bad options throw a `TypeError` or a
//! `RangeError` that names the option and the value.

use js_sys::{Date as JsDate, Object, RangeError, Reflect, TypeError};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::options::{parse_date, Options, Prefer};

mod dom;
mod published;

/// Texts longer than this (in UTF-8 bytes) are refused unless `maxBytes` allows more.
pub const DEFAULT_MAX_BYTES: usize = 8 * 1024 * 1024;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Which way dates without tense point ("Friday", "March"). */
export type Prefer = "past" | "future" | "nearest";

/** Options of `extract` and `extractDates`. */
export interface ExtractOptions {
  /** The publication date, `YYYY-MM-DD` or a `Date`; relative dates resolve against it. */
  published?: string | Date | null;
  /** Direction of dates without tense; default "past". */
  prefer?: Prefer;
  /** Largest text accepted, in UTF-8 bytes; default 8 MiB. */
  maxBytes?: number;
}

/** `[start, end)` in UTF-16 code units of the input. */
export type Span = [number, number];

export interface Published { date: string; source: "given" | "metadata" | "dateline" | "embedded"; }

export interface Actor {
  id: string;
  name: string;
  kind: "person" | "state" | "organization" | "body";
  country: string | null;
  aliases: string[];
  titles: string[];
  mentions: Span[];
}

export interface EventDate {
  value: string;
  grain: "day" | "week" | "month" | "quarter" | "year";
  approx: boolean;
  text: string | null;
  span: Span | null;
}

export type EventType = "call" | "meeting" | "visit" | "statement" | "agreement" | "criticism"
  | "sanction" | "military" | "release" | "aid" | "other";

export interface TimelineEvent {
  id: string;
  type: EventType;
  participants: string[];
  initiator: string | null;
  date: EventDate | null;
  status: "occurred" | "planned" | "uncertain";
  evidence: Span[];
  cameo: string;
  plover: string;
  mode: string;
  count: number | null;
  place: string | null;
  topics: string[];
}

export interface Statement {
  id: string;
  speaker: string | null;
  text: string;
  direct: boolean;
  span: Span;
  event: string | null;
  social: boolean;
}

export interface DateMention {
  text: string;
  span: Span;
  value: string | null;
  end?: string;
  grain: "day" | "week" | "month" | "quarter" | "year" | null;
  approx: boolean;
  kind: "exact" | "approx" | "range" | "unresolved" | "duration";
}

export interface Timeline {
  version: number;
  published: Published | null;
  actors: Actor[];
  events: TimelineEvent[];
  statements: Statement[];
  dates: DateMention[];
}

/** Reads an article and returns its timeline. Throws TypeError or RangeError on bad options. */
export function extract(text: string, options?: ExtractOptions | null): Timeline;
/** The temporal expressions of a text, resolved against `options.published`. */
export function extractDates(text: string, options?: ExtractOptions | null): DateMention[];
/** The version of the Readout core. */
export function version(): string;

/** What `extractFromElement` read and found. */
export interface ElementExtraction {
  /** The article text: the text nodes' data in document order, a blank line between blocks,
   *  a newline for `<br>`; line breaks and tabs inside a node become spaces (same length). */
  text: string;
  /** The timeline; its spans are UTF-16 offsets into `text`. */
  timeline: Timeline;
  /** The DOM text nodes that were read, in order. */
  nodes: Text[];
  /** `starts[i]` is where `nodes[i].data` begins in `text`, in UTF-16 code units. */
  starts: number[];
}

/** Reads the article text of a DOM element (skipping scripts, styles, figures and their
 *  captions, asides, navigation, embedded posts and hidden elements) and extracts its timeline.
 *  Without `options.published`, the date comes from the element's document metadata. */
export function extractFromElement(element: Element, options?: ExtractOptions | null): ElementExtraction;
/** The publication date of a page, `YYYY-MM-DD`: schema.org JSON-LD (NewsArticle and other
 *  Article types, arrays, `@graph`), else `article:published_time`, else a `<time datetime>`
 *  in the article; `null` when the page gives none. */
export function publishedFromDocument(document: Document): string | null;
"#;

fn type_error(msg: String) -> JsValue {
    TypeError::new(&msg).into()
}

fn range_error(msg: String) -> JsValue {
    RangeError::new(&msg).into()
}

/// Reads the JS options object; every refusal names the option and the value.
fn read_options(options: &JsValue) -> Result<(Options, usize), JsValue> {
    let mut out = Options::default();
    let mut max = DEFAULT_MAX_BYTES;
    if options.is_undefined() || options.is_null() {
        return Ok((out, max));
    }
    if !options.is_object() {
        return Err(type_error(format!("options must be an object, got {}", describe(options))));
    }
    let get = |key: &str| Reflect::get(options, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
    let published = get("published");
    if !(published.is_undefined() || published.is_null()) {
        let text = if let Some(s) = published.as_string() {
            s
        } else if let Some(d) = published.dyn_ref::<JsDate>() {
            if d.get_time().is_nan() {
                return Err(range_error("invalid published: the Date is not a valid date".into()));
            }
            format!("{:04}-{:02}-{:02}", d.get_utc_full_year(), d.get_utc_month() + 1, d.get_utc_date())
        } else {
            return Err(type_error(format!(
                "invalid published: expected a string YYYY-MM-DD or a Date, got {}",
                describe(&published)
            )));
        };
        out.published = Some(parse_date(&text).map_err(|e| range_error(e.to_string()))?);
    }
    let prefer = get("prefer");
    if !(prefer.is_undefined() || prefer.is_null()) {
        let Some(p) = prefer.as_string() else {
            return Err(type_error(format!(
                "invalid prefer: expected \"past\", \"future\" or \"nearest\", got {}",
                describe(&prefer)
            )));
        };
        out.prefer = Prefer::parse(&p).map_err(|e| range_error(e.to_string()))?;
    }
    let limit = get("maxBytes");
    if !(limit.is_undefined() || limit.is_null()) {
        let Some(n) = limit.as_f64() else {
            return Err(type_error(format!("invalid maxBytes: expected a number, got {}", describe(&limit))));
        };
        if !(n.is_finite() && n >= 0.0 && n.fract() == 0.0) {
            return Err(range_error(format!(
                "invalid maxBytes {}: expected a whole number of bytes",
                number_text(&limit)
            )));
        }
        max = n as usize;
    }
    Ok((out, max))
}

/// A short description of a JS value for error messages.
fn describe(v: &JsValue) -> String {
    if let Some(s) = v.as_string() {
        let shown: String = s.chars().take(40).collect();
        return format!("{shown:?}");
    }
    if v.as_f64().is_some() {
        return number_text(v);
    }
    if let Some(b) = v.as_bool() {
        return format!("{b}");
    }
    if v.is_function() {
        return "a function".into();
    }
    if v.is_object() {
        return format!("an object ({})", Object::get_prototype_of(v).constructor().name());
    }
    "a value of another type".into()
}

/// A JS number as JavaScript writes it (Rust's float formatting would add kilobytes to the .wasm).
fn number_text(v: &JsValue) -> String {
    v.unchecked_ref::<js_sys::Number>().to_string(10).map(String::from).unwrap_or_default()
}

fn check_size(text: &str, max: usize) -> Result<(), JsValue> {
    if text.len() > max {
        return Err(range_error(format!(
            "text too large: {} bytes, the limit is {max} (raise options.maxBytes to read more)",
            text.len()
        )));
    }
    Ok(())
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from(js_sys::Error::new(&format!("cannot build the result: {e}"))))
}

/// Reads an article and returns its timeline as plain JS objects.
#[wasm_bindgen(js_name = extract, skip_typescript)]
pub fn extract_js(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let (options, max) = read_options(&options)?;
    check_size(text, max)?;
    to_js(&crate::extract(text, &options))
}

/// The temporal expressions of a text.
#[wasm_bindgen(js_name = extractDates, skip_typescript)]
pub fn extract_dates_js(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let (options, max) = read_options(&options)?;
    check_size(text, max)?;
    to_js(&crate::extract_dates(text, &options))
}

/// The version of the Readout core.
#[wasm_bindgen(js_name = version, skip_typescript)]
pub fn version_js() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// Reads an element's article text and extracts its timeline, with the map back to text nodes.
#[wasm_bindgen(js_name = extractFromElement, skip_typescript)]
pub fn extract_from_element_js(element: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let Some(element) = element.dyn_ref::<web_sys::Element>() else {
        return Err(type_error(format!("element must be a DOM Element, got {}", describe(&element))));
    };
    let (mut options, max) = read_options(&options)?;
    let mut from_page = false;
    if options.published.is_none() {
        options.published = element.owner_document().as_ref().and_then(published::from_document);
        from_page = options.published.is_some();
    }
    let page = dom::read(element);
    check_size(&page.text, max)?;
    let mut timeline = crate::extract(&page.text, &options);
    if from_page {
        if let Some(p) = timeline.published.as_mut() {
            p.source = "metadata";
        }
    }
    let out = Object::new();
    let nodes: js_sys::Array = page.nodes.iter().collect();
    let starts: js_sys::Array = page.starts.iter().map(|&s| JsValue::from(s)).collect();
    Reflect::set(&out, &"text".into(), &JsValue::from_str(&page.text))?;
    Reflect::set(&out, &"timeline".into(), &to_js(&timeline)?)?;
    Reflect::set(&out, &"nodes".into(), &nodes)?;
    Reflect::set(&out, &"starts".into(), &starts)?;
    Ok(out.into())
}

/// The publication date in a page's metadata, `YYYY-MM-DD`, or `null`.
#[wasm_bindgen(js_name = publishedFromDocument, skip_typescript)]
pub fn published_from_document_js(document: JsValue) -> Result<JsValue, JsValue> {
    let Some(doc) = document.dyn_ref::<web_sys::Document>() else {
        return Err(type_error(format!("document must be a DOM Document, got {}", describe(&document))));
    };
    Ok(published::from_document(doc).map_or(JsValue::NULL, |d| JsValue::from_str(&d.to_string())))
}
