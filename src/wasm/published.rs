//! The publication date of a page, from its metadata: schema.org JSON-LD first (NewsArticle and
//! the other Article types, in arrays, `@graph` or `mainEntity`), then the
//! `article:published_time` meta tag, then a `<time datetime>` in the article.

use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Document;

use crate::dates::Date;
use crate::Options;

/// JSON-LD nesting followed at most (a page's metadata, not an adversary's, but bounded anyway).
const MAX_DEPTH: u32 = 8;

/// The page's publication date, if its metadata gives one.
pub fn from_document(doc: &Document) -> Option<Date> {
    json_ld(doc).or_else(|| meta(doc)).or_else(|| time_element(doc))
}

fn json_ld(doc: &Document) -> Option<Date> {
    let scripts = doc.query_selector_all("script[type='application/ld+json']").ok()?;
    (0..scripts.length())
        .filter_map(|i| scripts.item(i)?.text_content())
        .filter_map(|source| JSON::parse(&source).ok())
        .find_map(|value| article_date(&value, 0))
}

/// The `datePublished` of the first Article-typed object in a JSON-LD value.
fn article_date(value: &JsValue, depth: u32) -> Option<Date> {
    if depth > MAX_DEPTH || !value.is_object() {
        return None;
    }
    if Array::is_array(value) {
        return Array::from(value).iter().find_map(|item| article_date(&item, depth + 1));
    }
    let get = |key: &str| Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
    if is_article(&get("@type")) {
        if let Some(date) = get("datePublished").as_string().and_then(|s| parse_page_date(&s)) {
            return Some(date);
        }
    }
    ["@graph", "mainEntity", "mainEntityOfPage"].iter().find_map(|key| article_date(&get(key), depth + 1))
}

/// `@type` names an article: NewsArticle and its subtypes, Article, blog and report types.
fn is_article(ty: &JsValue) -> bool {
    let named = |name: &str| {
        let name = name.rsplit(['/', ':']).next().unwrap_or(name);
        name.ends_with("Article") || matches!(name, "BlogPosting" | "LiveBlogPosting" | "Report")
    };
    if let Some(name) = ty.as_string() {
        return named(&name);
    }
    ty.dyn_ref::<Array>().is_some_and(|names| names.iter().any(|n| n.as_string().is_some_and(|n| named(&n))))
}

fn meta(doc: &Document) -> Option<Date> {
    let selector = "meta[property='article:published_time'], meta[name='article:published_time'], \
                    meta[itemprop='datePublished']";
    let el = doc.query_selector(selector).ok()??;
    parse_page_date(&el.get_attribute("content")?)
}

fn time_element(doc: &Document) -> Option<Date> {
    ["article time[datetime]", "[itemprop='datePublished'][datetime]", "main time[datetime]"].iter().find_map(|s| {
        let el = doc.query_selector(s).ok()??;
        parse_page_date(&el.get_attribute("datetime")?)
    })
}

/// `2025-07-04`, `2025-07-04T10:00:00+03:00` (the day as written, the publisher's own), or a
/// written date such as "July 4, 2025".
pub fn parse_page_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if let Some(date) = s.get(..10).and_then(Date::parse_iso) {
        return Some(date);
    }
    crate::extract_dates(s, &Options::default())
        .into_iter()
        .find(|d| d.kind == "exact" && d.grain == Some("day"))
        .and_then(|d| Date::parse_iso(d.value.as_deref()?))
}
