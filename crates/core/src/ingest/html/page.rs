//! One pass over a page's tokens (html5gum, a WHATWG tokenizer) into what the reader needs:
//! the text blocks in document order with the element that holds each, the `<meta>` and
//! `<link>` values, JSON-LD scripts, `<time>` values and byline markup.
//!
//! Elements are kept as a flat list in document order, each with the index of its last
//! descendant, so "is this block inside that element" is two comparisons. An end tag closes
//! the nearest open element of its name within [`END_TAG_REACH`] levels (and those above it);
//! nesting deeper than [`MAX_DEPTH`] is read as text of the deepest element. Both bounds keep
//! the pass linear on hostile input.

use html5gum::{DefaultEmitter, Token, Tokenizer};

use super::tables::{
    BLOCK_TAGS, BYLINE_WORDS, FURNITURE_ROLES, FURNITURE_TAGS, FURNITURE_WORDS, SKIPPED_TAGS,
    VOID_TAGS,
};

/// How many open elements an end tag looks through for its start tag.
const END_TAG_REACH: usize = 32;
/// Deeper elements are not kept apart.
const MAX_DEPTH: usize = 256;
/// Longest text kept for a `<title>`, byline or `<time>` (longer is not one).
const MAX_CAPTURE: usize = 400;

/// An element of the page.
#[derive(Debug, Clone)]
pub struct Element {
    pub tag: String,
    pub parent: usize,
    /// The index of its last descendant (itself when it has none).
    pub end: usize,
    /// The kind of site furniture it is or is inside, if any.
    pub furniture: Option<&'static str>,
    /// Marked as the article (`itemprop="articleBody"`).
    pub article_body: bool,
}

/// A run of text between block boundaries, with the element that holds it.
#[derive(Debug, Clone)]
pub struct Block {
    pub text: String,
    /// Characters of it inside links.
    pub link_chars: usize,
    /// The innermost block element around it.
    pub owner: usize,
    pub furniture: Option<&'static str>,
    /// Some of it is byline markup (whose links are names, not a list of links).
    pub byline: bool,
}

/// A `<time>` element (or an element with a `datetime`).
#[derive(Debug, Clone)]
pub struct Time {
    pub datetime: String,
    pub element: usize,
    /// Marked as the publication time (`itemprop="datePublished"`, `pubdate`, a class with
    /// "publish").
    pub published: bool,
    /// Marked as an update time.
    pub modified: bool,
}

/// What one pass over a page found.
#[derive(Debug, Clone, Default)]
pub struct Page {
    /// Element 0 is the document.
    pub elements: Vec<Element>,
    pub blocks: Vec<Block>,
    /// `<meta>` (property, name or itemprop, lowercased; content) in document order.
    pub metas: Vec<(String, String)>,
    /// `<link>` (rel, lowercased; href).
    pub links: Vec<(String, String)>,
    pub title: Option<String>,
    pub json_ld: Vec<String>,
    pub times: Vec<Time>,
    /// Texts of byline markup outside furniture.
    pub bylines: Vec<String>,
}

/// What an open element captures the text of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Capture {
    Title,
    Byline,
    JsonLd,
}

struct Open {
    element: usize,
    skipped: bool,
    link: bool,
    capture: Option<Capture>,
    pre: bool,
}

/// Reads the page's tokens in one pass.
pub fn read(html: &str) -> Page {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let mut reader = Reader::new();
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                let attribute = |key: &str| {
                    tag.attributes
                        .get(key.as_bytes())
                        .map(|v| String::from_utf8_lossy(&v.value).into_owned())
                };
                reader.start(&name, &attribute, tag.self_closing);
            }
            Token::EndTag(tag) => {
                reader.end(&String::from_utf8_lossy(&tag.name).to_ascii_lowercase())
            }
            Token::String(text) => reader.text(&String::from_utf8_lossy(&text.value)),
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    reader.finish()
}

struct Reader {
    page: Page,
    stack: Vec<Open>,
    pending: String,
    pending_links: usize,
    pending_byline: bool,
    captures: Vec<(Capture, String)>,
}

impl Reader {
    fn new() -> Reader {
        let document =
            Element { tag: String::new(), parent: 0, end: 0, furniture: None, article_body: false };
        Reader {
            page: Page { elements: vec![document], ..Page::default() },
            stack: vec![Open {
                element: 0,
                skipped: false,
                link: false,
                capture: None,
                pre: false,
            }],
            pending: String::new(),
            pending_links: 0,
            pending_byline: false,
            captures: Vec::new(),
        }
    }

    fn top(&self) -> &Open {
        // The document is never popped.
        &self.stack[self.stack.len() - 1]
    }

    fn start(
        &mut self,
        name: &str,
        attribute: &dyn Fn(&str) -> Option<String>,
        self_closing: bool,
    ) {
        let skipped = self.top().skipped;
        match name {
            "meta" => {
                if self.page.elements[self.top().element].furniture.is_some() {
                    return;
                }
                let key = attribute("property")
                    .or_else(|| attribute("name"))
                    .or_else(|| attribute("itemprop"));
                if let (Some(key), Some(content)) = (key, attribute("content")) {
                    self.page
                        .metas
                        .push((key.trim().to_ascii_lowercase(), content.trim().to_string()));
                }
                return;
            }
            "link" => {
                if let (Some(rel), Some(href)) = (attribute("rel"), attribute("href")) {
                    self.page
                        .links
                        .push((rel.trim().to_ascii_lowercase(), href.trim().to_string()));
                }
                return;
            }
            "br" if !skipped => {
                self.pending.push('\n');
                return;
            }
            _ => {}
        }
        let is_block = BLOCK_TAGS.contains(&name);
        if VOID_TAGS.contains(&name) {
            if is_block {
                self.flush();
            }
            return;
        }
        if self.stack.len() > MAX_DEPTH || (self_closing && !is_block) {
            return;
        }
        // A paragraph ends where a block starts; a list item where the next one starts.
        if is_block && matches!(self.top_tag(), "p") || name == "li" && self.top_tag() == "li" {
            self.close_top();
        }
        if is_block {
            self.flush();
        }
        let parent = self.top().element;
        let words = attribute_words(&[attribute("class"), attribute("id")]);
        let furniture = self.page.elements[parent]
            .furniture
            .or_else(|| FURNITURE_TAGS.iter().find(|(t, _)| *t == name).map(|(_, k)| *k))
            .or_else(|| {
                let role = attribute("role")?.to_ascii_lowercase();
                FURNITURE_ROLES.iter().find(|(r, _)| *r == role).map(|(_, k)| *k)
            })
            .or_else(|| {
                words
                    .iter()
                    .find_map(|w| FURNITURE_WORDS.iter().find(|(f, _)| f == w).map(|(_, k)| *k))
            })
            .or_else(|| {
                (attribute("hidden").is_some()
                    || attribute("aria-hidden").as_deref() == Some("true"))
                .then_some("hidden")
            });
        let itemprop = attribute("itemprop").map(|v| v.to_ascii_lowercase()).unwrap_or_default();
        let element = self.page.elements.len();
        self.page.elements.push(Element {
            tag: name.to_string(),
            parent,
            end: element,
            furniture,
            article_body: itemprop == "articlebody",
        });
        let script_type = attribute("type").unwrap_or_default().to_ascii_lowercase();
        let capture = if name == "script" && script_type == "application/ld+json" {
            Some(Capture::JsonLd)
        } else if skipped || furniture.is_some() {
            None
        } else if name == "title" {
            (self.page.title.is_none()).then_some(Capture::Title)
        } else if is_byline(&words, &attribute("rel"), &itemprop) {
            Some(Capture::Byline)
        } else {
            None
        };
        if name == "time" || attribute("datetime").is_some() && itemprop == "datepublished" {
            if let Some(datetime) = attribute("datetime").or_else(|| attribute("content")) {
                let marks = format!("{} {itemprop}", words.join(" "));
                let published = itemprop == "datepublished"
                    || attribute("pubdate").is_some()
                    || marks.contains("publish");
                let modified = marks.contains("modified") || marks.contains("updated");
                self.page.times.push(Time { datetime, element, published, modified });
            }
        }
        if let Some(capture) = capture {
            self.captures.push((capture, String::new()));
        }
        let link = self.top().link || name == "a";
        let pre = self.top().pre || name == "pre";
        let skipped = skipped || SKIPPED_TAGS.contains(&name) || name == "title";
        self.stack.push(Open { element, skipped, link, capture, pre });
    }

    fn top_tag(&self) -> &str {
        &self.page.elements[self.top().element].tag
    }

    fn end(&mut self, name: &str) {
        let reach = self.stack.len().saturating_sub(END_TAG_REACH).max(1);
        let Some(depth) = (reach..self.stack.len())
            .rev()
            .find(|&i| self.page.elements[self.stack[i].element].tag == name)
        else {
            if name == "br" || name == "p" {
                self.pending.push('\n');
            }
            return;
        };
        while self.stack.len() > depth {
            self.close_top();
        }
    }

    fn close_top(&mut self) {
        let Some(open) = self.stack.pop() else { return };
        let tag_is_block = BLOCK_TAGS.contains(&self.page.elements[open.element].tag.as_str());
        if tag_is_block {
            self.flush_from(&open);
        }
        let last = self.page.elements.len() - 1;
        self.page.elements[open.element].end = last;
        // Captures are pushed and popped with the elements that open them.
        if open.capture.is_some() {
            if let Some((kind, text)) = self.captures.pop() {
                self.keep_capture(kind, text);
            }
        }
    }

    fn keep_capture(&mut self, kind: Capture, text: String) {
        if kind == Capture::JsonLd {
            self.page.json_ld.push(text);
            return;
        }
        let text = collapse(&text);
        if text.is_empty() {
            return;
        }
        match kind {
            Capture::Title => self.page.title = Some(text),
            Capture::Byline if text.chars().count() <= MAX_CAPTURE / 2 => {
                self.page.bylines.push(text)
            }
            Capture::Byline | Capture::JsonLd => {}
        }
    }

    fn text(&mut self, text: &str) {
        let top = self.top();
        let (skipped, link, pre) = (top.skipped, top.link, top.pre);
        if !skipped && self.captures.iter().any(|(kind, _)| *kind == Capture::Byline) {
            self.pending_byline = true;
        }
        for (kind, captured) in &mut self.captures {
            let limit = if *kind == Capture::JsonLd { usize::MAX } else { MAX_CAPTURE };
            if captured.len() < limit {
                captured.push_str(text);
            }
        }
        if skipped {
            return;
        }
        if pre {
            self.pending.push_str(text);
        } else {
            push_collapsed(&mut self.pending, text);
        }
        if link {
            self.pending_links += text.trim().chars().count();
        }
    }

    /// Ends the current block: its text becomes a block held by the innermost open block.
    fn flush(&mut self) {
        let owner = self
            .stack
            .iter()
            .rev()
            .find(|o| BLOCK_TAGS.contains(&self.page.elements[o.element].tag.as_str()))
            .map_or(0, |o| o.element);
        self.push_block(owner);
    }

    fn flush_from(&mut self, open: &Open) {
        self.push_block(open.element);
    }

    fn push_block(&mut self, owner: usize) {
        let text = collapse(&self.pending);
        self.pending.clear();
        let link_chars = std::mem::take(&mut self.pending_links);
        let byline = std::mem::take(&mut self.pending_byline);
        if !text.is_empty() {
            let furniture = self.page.elements[owner].furniture;
            self.page.blocks.push(Block { text, link_chars, owner, furniture, byline });
        }
    }

    fn finish(mut self) -> Page {
        while self.stack.len() > 1 {
            self.close_top();
        }
        self.flush();
        let last = self.page.elements.len() - 1;
        self.page.elements[0].end = last;
        self.page
    }
}

/// Whether markup marks a byline: `class`/`id` words, `rel="author"`, `itemprop="author"`.
fn is_byline(words: &[String], rel: &Option<String>, itemprop: &str) -> bool {
    itemprop == "author"
        || rel.as_deref().is_some_and(|r| r.eq_ignore_ascii_case("author"))
        || words.iter().any(|w| BYLINE_WORDS.contains(&w.as_str()))
}

/// The words of `class` and `id` values, lowercased: each whole value and its parts split at
/// `-` and `_`.
fn attribute_words(values: &[Option<String>]) -> Vec<String> {
    let mut words = Vec::new();
    for value in values.iter().flatten() {
        for whole in value.split_ascii_whitespace().take(16) {
            let whole = whole.to_ascii_lowercase();
            words.extend(
                whole
                    .split(['-', '_'])
                    .filter(|p| !p.is_empty() && *p != whole)
                    .map(str::to_string),
            );
            words.push(whole);
        }
    }
    words
}

/// Appends `text` with runs of white space made one space.
fn push_collapsed(out: &mut String, text: &str) {
    for (i, part) in text.split(char::is_whitespace).enumerate() {
        if i > 0 && !out.ends_with([' ', '\n']) {
            out.push(' ');
        }
        out.push_str(part);
    }
}

/// Trims each line and drops blank ones; lines stay apart.
pub fn collapse(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !out.is_empty() {
            out.push('\n');
        }
        let mut last_space = false;
        for c in line.chars() {
            let space = c.is_whitespace();
            if !(space && last_space) {
                out.push(if space { ' ' } else { c });
            }
            last_space = space;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_skip_scripts_and_mark_furniture() {
        let page = read(
            "<html><head><title>T | Site</title><meta property='og:title' content=' Story '>\
             <script>var x = '<p>not text</p>';</script></head><body>\
             <nav><a href='/'>Home</a></nav><article><h1>Story</h1><p>One <a href='#'>link</a> \
             and more.<p>Two<div class='share-bar'>Share</div></article></body></html>",
        );
        let texts: Vec<(&str, Option<&str>)> =
            page.blocks.iter().map(|b| (b.text.as_str(), b.furniture)).collect();
        assert_eq!(
            texts,
            [
                ("Home", Some("navigation")),
                ("Story", None),
                ("One link and more.", None),
                ("Two", None),
                ("Share", Some("share bar"))
            ]
        );
        assert_eq!(page.title.as_deref(), Some("T | Site"));
        assert_eq!(page.metas, [("og:title".to_string(), "Story".to_string())]);
        assert_eq!(page.blocks[2].link_chars, 4);
    }

    #[test]
    fn elements_know_their_descendants() {
        let page = read("<div><p>a</p><p>b</p></div><p>c</p>");
        let div = page.elements.iter().position(|e| e.tag == "div").unwrap();
        assert_eq!(page.elements[div].end, div + 2);
        assert_eq!(page.elements[0].end, page.elements.len() - 1);
    }

    #[test]
    fn json_ld_times_and_bylines_are_kept() {
        let page = read(
            "<script type=\"application/ld+json\">{\"a\": \"</b>\"}</script>\
             <p class=\"byline\">By <a rel=\"author\">Ana Ruiz</a></p>\
             <time datetime=\"2024-03-12T09:00\" class=\"published\">March 12</time>\
             <time datetime=\"2024-03-13\" class=\"updated\">x</time>",
        );
        assert_eq!(page.json_ld, ["{\"a\": \"</b>\"}"]);
        assert_eq!(page.bylines, ["Ana Ruiz", "By Ana Ruiz"]);
        assert!(page.times[0].published && !page.times[0].modified);
        assert!(page.times[1].modified);
    }

    #[test]
    fn hostile_nesting_and_stray_end_tags_stay_bounded() {
        let deep = "<div>".repeat(5000) + &"</span>".repeat(5000) + "text";
        let page = read(&deep);
        assert!(page.elements.len() <= MAX_DEPTH + 2);
        assert_eq!(page.blocks.last().map(|b| b.text.as_str()), Some("text"));
        assert!(read("").blocks.is_empty());
        assert!(read("<<<>>></></p>").blocks.len() <= 1);
    }

    #[test]
    fn white_space_collapses_but_line_breaks_stay() {
        assert_eq!(collapse("  a \t b \n\n  c  "), "a b\nc");
        let page = read("<p>one<br>two</p><pre>x\n  y</pre>");
        assert_eq!(page.blocks[0].text, "one\ntwo");
        assert_eq!(page.blocks[1].text, "x\ny");
    }
}
