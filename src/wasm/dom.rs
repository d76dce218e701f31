//! Reading an article from a page: the text of an element's narrative nodes, in document order,
//! with a map from text offsets back to the DOM text nodes they came from, so that evidence
//! spans can be highlighted in place.

use web_sys::{Element, Node};

/// Elements whose content is never article text (compared case-insensitively).
const SKIPPED_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "figure",
    "figcaption",
    "aside",
    "nav",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "canvas",
    "video",
    "audio",
    "picture",
    "button",
    "form",
    "select",
    "textarea",
    "input",
    "label",
    "head",
    "title",
    "readout-timeline",
];

/// Class names that mark embedded widgets, captions and page furniture inside an article body.
const SKIPPED_CLASSES: &[&str] = &[
    "twitter-tweet",
    "twitter-timeline",
    "instagram-media",
    "tiktok-embed",
    "fb-post",
    "embed",
    "related",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "newsletter",
    "share",
    "caption",
    "credit",
    "promo",
];

/// Elements that end a paragraph: their content is set off by a blank line.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "table",
    "tr",
    "td",
    "th",
    "pre",
    "hr",
    "address",
    "details",
    "summary",
];

/// The text read from an element and where each part came from.
pub struct PageText {
    /// Text nodes' data in order, "\n\n" between blocks, "\n" for `<br>`.
    pub text: String,
    /// The text nodes that were read.
    pub nodes: Vec<Node>,
    /// UTF-16 offset in `text` where each node's data begins.
    pub starts: Vec<u32>,
}

/// Reads the narrative text under `root` (walked iteratively: any depth of nesting is safe).
pub fn read(root: &Element) -> PageText {
    let mut out =
        Writer { page: PageText { text: String::new(), nodes: Vec::new(), starts: Vec::new() }, units: 0, breaks: 0 };
    // The open elements below `root` and whether each is a block.
    let mut open: Vec<bool> = Vec::new();
    let mut next = root.first_child();
    while let Some(node) = next {
        let mut descend = false;
        match node.node_type() {
            Node::TEXT_NODE | Node::CDATA_SECTION_NODE => out.text(&node),
            Node::ELEMENT_NODE => {
                let name = node.node_name();
                if name.eq_ignore_ascii_case("br") {
                    out.breaks = out.breaks.max(1);
                } else if !skipped(&node, &name) {
                    let block = BLOCK_TAGS.iter().any(|t| name.eq_ignore_ascii_case(t));
                    if block {
                        out.breaks = 2;
                    }
                    if node.first_child().is_some() {
                        open.push(block);
                        descend = true;
                    }
                }
            }
            _ => {}
        }
        next = if descend { node.first_child() } else { None };
        let mut at = node;
        while next.is_none() {
            if let Some(sibling) = at.next_sibling() {
                next = Some(sibling);
                break;
            }
            let Some(block) = open.pop() else { break };
            if block {
                out.breaks = 2;
            }
            match at.parent_node() {
                Some(parent) => at = parent,
                None => break,
            }
        }
    }
    out.page
}

/// Whether an element's content is left out of the article text.
fn skipped(node: &Node, name: &str) -> bool {
    if SKIPPED_TAGS.iter().any(|t| name.eq_ignore_ascii_case(t)) {
        return true;
    }
    let Some(el) = wasm_bindgen::JsCast::dyn_ref::<Element>(node) else { return false };
    if el.has_attribute("hidden") || el.has_attribute("data-readout-skip") {
        return true;
    }
    if el.get_attribute("aria-hidden").is_some_and(|v| v == "true") {
        return true;
    }
    let class = el.class_name();
    class.split_ascii_whitespace().any(|c| SKIPPED_CLASSES.iter().any(|s| c.eq_ignore_ascii_case(s)))
}

/// Appends text nodes, turning block boundaries into blank lines.
struct Writer {
    page: PageText,
    /// UTF-16 length of `page.text`.
    units: u32,
    /// Newlines owed before the next text (0, 1 or 2).
    breaks: u8,
}

impl Writer {
    fn text(&mut self, node: &Node) {
        let Some(data) = node.node_value() else { return };
        let blank = data.trim().is_empty();
        if blank && (self.breaks > 0 || self.page.text.is_empty()) {
            return;
        }
        if !self.page.text.is_empty() {
            for _ in 0..self.breaks {
                self.page.text.push('\n');
                self.units += 1;
            }
        }
        self.breaks = 0;
        self.page.nodes.push(node.clone());
        self.page.starts.push(self.units);
        for c in data.chars() {
            // Line breaks inside a node are layout, not paragraphs; one unit each, so lengths hold.
            self.page.text.push(if matches!(c, '\n' | '\r' | '\t') { ' ' } else { c });
            self.units += c.len_utf16() as u32;
        }
    }
}
