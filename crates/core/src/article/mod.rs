//! Reading an article as it was copied from a news page.
//!
//! [`Article::parse`] takes the text a user pasted (or a scraper saved) and marks, as byte
//! [`Span`]s into that text, what a reader sees on the page: section label, title, dek, key
//! points, bylines, datelines, captions, photo credits, subheadings, body paragraphs and their
//! sentences, and the site furniture around the article (copyright, "Read Also", newsletter
//! prompts, button labels…). It also names the outlet when the text says it, and dates the
//! article: stated in a dateline, or inferred from evidence as an interval (see
//! [`published`]).
//!
//! Nothing is dropped: every non-blank byte of the text is in exactly one body paragraph or one
//! [`SetAside`] span with a [`SetAsideKind`], so a reader view can grey out what was set aside
//! and a wrong guess stays visible. [`Article::parse`] never fails and never panics, and runs in
//! time linear in the length of the text.
//!
//! Layout:
//! - `structure`: the line-by-line layout pass;
//! - [`sentences()`]: the sentence splitter, usable on any span;
//! - `byline`, `outlet`, [`published`]: bylines, the outlet, the publication date (its dated
//!   mentions come from [`crate::timex::tag`]);
//! - `dates`: a small date and time finder for datelines (labels, times of day and time zones
//!   as spans), over the [`Doc`]'s pieces (words, numbers and marks: [`Doc::pieces`]);
//! - data tables, apart from the logic: `furniture` (furniture phrases, section labels,
//!   credit and caption openings, byline words), [`outlets`], `datewords`,
//!   [`known_facts`].

mod byline;
mod dates;
mod datewords;
mod furniture;
pub mod known_facts;
mod outlet;
pub mod outlets;
pub mod published;
mod sentences;
mod structure;

use serde::Serialize;

use crate::doc::Doc;
use crate::Span;
pub use known_facts::{FactKind, KnownFact, KNOWN_FACTS};
pub use outlets::{KnownOutlet, OutletKind, OUTLETS};
pub use published::{
    infer_published, DatedMention, Evidence, EvidenceRule, InferenceInput, InferredDate,
    PublishedDate, StatedDate, UnboundedDate,
};
pub use sentences::sentences;

/// Whether `c` is blank: white space (including no-break and other Unicode spaces), a byte-order
/// mark or a zero-width space. Blank text is never part of a span's ends.
pub fn is_blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{2060}')
}

/// What a set-aside span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SetAsideKind {
    SectionLabel,
    Title,
    Dek,
    KeyPoint,
    Dateline,
    Byline,
    Caption,
    Credit,
    Subheading,
    /// A line that is only the outlet's name.
    Masthead,
    Copyright,
    Contact,
    ReadAlso,
    Related,
    MostViewed,
    Newsletter,
    ButtonLabel,
    CommentPrompt,
    Share,
    Advertisement,
    /// Tags, "Key Points" headers, breadcrumbs.
    Navigation,
    /// Press-release boilerplate ("Forward-looking statements").
    Boilerplate,
    /// Short unpunctuated lines after the last body paragraph (widget titles, prompts).
    TrailingFurniture,
    /// A bracket or mark left over from a page element that was not copied.
    StrayPunctuation,
    /// A social-media post embedded in the page: its text with the post's signature, or in
    /// embed markup.
    Embed,
}

impl SetAsideKind {
    /// The name used in the bundle's `removed[].kind` (the same as its serde name).
    pub fn as_str(self) -> &'static str {
        match self {
            SetAsideKind::SectionLabel => "section_label",
            SetAsideKind::Title => "title",
            SetAsideKind::Dek => "dek",
            SetAsideKind::KeyPoint => "key_point",
            SetAsideKind::Dateline => "dateline",
            SetAsideKind::Byline => "byline",
            SetAsideKind::Caption => "caption",
            SetAsideKind::Credit => "credit",
            SetAsideKind::Subheading => "subheading",
            SetAsideKind::Masthead => "masthead",
            SetAsideKind::Copyright => "copyright",
            SetAsideKind::Contact => "contact",
            SetAsideKind::ReadAlso => "read_also",
            SetAsideKind::Related => "related",
            SetAsideKind::MostViewed => "most_viewed",
            SetAsideKind::Newsletter => "newsletter",
            SetAsideKind::ButtonLabel => "button_label",
            SetAsideKind::CommentPrompt => "comment_prompt",
            SetAsideKind::Share => "share",
            SetAsideKind::Advertisement => "advertisement",
            SetAsideKind::Navigation => "navigation",
            SetAsideKind::Boilerplate => "boilerplate",
            SetAsideKind::TrailingFurniture => "trailing_furniture",
            SetAsideKind::StrayPunctuation => "stray_punctuation",
            SetAsideKind::Embed => "embed",
        }
    }
}

/// A span that is not body text, and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SetAside {
    pub span: Span,
    pub kind: SetAsideKind,
}

/// A person named in a byline, with their role as written ("staff reporters").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Byline {
    pub name: Span,
    pub role: Option<Span>,
}

/// Where the outlet's name came from, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OutletSource {
    Copyright,
    ContactAddress,
    Masthead,
    WireDateline,
    Byline,
    ToldMention,
}

/// The outlet that published the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outlet {
    /// The canonical name from [`OUTLETS`], or the name as written when unknown.
    pub name: String,
    /// The text that names it.
    pub evidence: Span,
    pub source: OutletSource,
    /// The kind of outlet, when it is a known one.
    pub kind: Option<OutletKind>,
}

/// A body paragraph and its sentences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    pub span: Span,
    pub sentences: Vec<Span>,
}

/// An article's structure, as spans into the text it was parsed from (which it does not own).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Article {
    pub title: Option<Span>,
    pub dek: Option<Span>,
    /// The text of each key-point bullet (without the bullet).
    pub key_points: Vec<Span>,
    pub section: Option<Span>,
    pub outlet: Option<Outlet>,
    pub bylines: Vec<Byline>,
    /// Stated, inferred, or unbounded with a reason; never today's date.
    pub published: PublishedDate,
    pub updated: Option<StatedDate>,
    pub captions: Vec<Span>,
    pub credits: Vec<Span>,
    pub subheadings: Vec<Span>,
    /// Body paragraphs only.
    pub paragraphs: Vec<Paragraph>,
    /// Every non-body span, in text order, with its kind.
    pub set_aside: Vec<SetAside>,
}

impl Article {
    /// Reads `text` (decoded already; see [`crate::decode`]). Never fails.
    pub fn parse(text: &str) -> Article {
        Article::read(&Doc::new(text))
    }

    /// [`Article::parse`] over a text already tokenized.
    pub fn read(doc: &Doc<'_>) -> Article {
        let text = doc.text();
        let layout = structure::read_layout(doc);
        let paragraphs: Vec<Paragraph> = layout
            .paragraphs
            .iter()
            .map(|&span| Paragraph { span, sentences: sentences(text, span) })
            .collect();
        let outlet = outlet::detect(text, &layout);

        let mut dated_lines = layout.datelines.clone();
        dated_lines.extend(
            layout.set_aside.iter().filter(|a| a.kind == SetAsideKind::Byline).map(|a| a.span),
        );
        dated_lines.sort_by_key(|s| s.start);
        let (stated, updated) = published::stated_dates(doc, &dated_lines);
        let published = match stated.or(updated) {
            Some(stated) => PublishedDate::Stated(stated),
            None => {
                // The evidence: headline, dek, key points, captions and body, sentence by sentence.
                let mut evidence_sentences: Vec<Span> = Vec::new();
                for span in layout
                    .title
                    .iter()
                    .chain(&layout.dek)
                    .chain(&layout.key_points)
                    .chain(&layout.captions)
                {
                    evidence_sentences.extend(sentences(text, *span));
                }
                evidence_sentences
                    .extend(paragraphs.iter().flat_map(|p| p.sentences.iter().copied()));
                let mentions = timex_mentions(doc, &evidence_sentences);
                let copyright: Vec<Span> = layout
                    .set_aside
                    .iter()
                    .filter(|a| a.kind == SetAsideKind::Copyright)
                    .map(|a| a.span)
                    .collect();
                let wire_spans: Vec<Span> = layout.wire_datelines.iter().map(|w| w.span).collect();
                let wire_days = published::yearless_days(doc, &wire_spans);
                let input = InferenceInput {
                    sentences: &evidence_sentences,
                    mentions: &mentions,
                    copyright: &copyright,
                    extra: &[],
                };
                published::infer_with_wire_days(doc, &input, &wire_days)
            }
        };

        Article {
            title: layout.title,
            dek: layout.dek,
            key_points: layout.key_points,
            section: layout.section,
            outlet,
            bylines: layout.bylines,
            published,
            updated,
            captions: layout.captions,
            credits: layout.credits,
            subheadings: layout.subheadings,
            paragraphs,
            set_aside: layout.set_aside,
        }
    }

    /// The body's sentences, in text order (what [`crate::doc::Doc::set_sentences`] takes).
    pub fn body_sentences(&self) -> Vec<Span> {
        self.paragraphs.iter().flat_map(|p| p.sentences.iter().copied()).collect()
    }

    /// Spans of non-blank text covered by no paragraph and no set-aside span, or by more than
    /// one: empty when the coverage invariant holds.
    pub fn coverage_faults(&self, text: &str) -> Vec<Span> {
        let mut spans: Vec<Span> = self
            .paragraphs
            .iter()
            .map(|p| p.span)
            .chain(self.set_aside.iter().map(|a| a.span))
            .collect();
        spans.sort_by_key(|s| (s.start, s.end));
        let mut faults = Vec::new();
        let mut covered_to = 0;
        for s in &spans {
            if s.start < covered_to {
                faults.push(Span::new(s.start, covered_to.min(s.end)));
            } else if let Some(gap) = text.get(covered_to..s.start) {
                if gap.chars().any(|c| !is_blank(c)) {
                    faults.push(Span::new(covered_to, s.start));
                }
            }
            covered_to = covered_to.max(s.end);
        }
        if text.get(covered_to..).is_some_and(|rest| rest.chars().any(|c| !is_blank(c))) {
            faults.push(Span::new(covered_to, text.len()));
        }
        faults
    }
}

/// The absolutely dated expressions inside `sentences`, found by the timex tagger. Without an
/// anchor it gives an interval to absolute expressions only ("June 12, 2018", "in 2020",
/// "early 2019"), which is what publication-date inference may rely on.
fn timex_mentions(doc: &Doc<'_>, sentences: &[Span]) -> Vec<DatedMention> {
    let mut sorted = sentences.to_vec();
    sorted.sort_by_key(|s| s.start);
    crate::timex::tag_doc(doc, None)
        .into_iter()
        .filter_map(|t| {
            let interval = t.interval?;
            let i = sorted.partition_point(|s| s.start <= t.span.start);
            let sentence = *sorted.get(i.checked_sub(1)?)?;
            sentence.contains(t.span).then_some(DatedMention { span: t.span, interval, sentence })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_blank_texts_have_no_structure_and_no_date() {
        for text in ["", " \n\t\r\n", "\u{feff}"] {
            let a = Article::parse(text);
            assert!(
                a.title.is_none() && a.paragraphs.is_empty() && a.set_aside.is_empty(),
                "{text:?}"
            );
            assert!(matches!(a.published, PublishedDate::Unbounded(_)));
            assert!(a.coverage_faults(text).is_empty());
        }
    }

    #[test]
    fn coverage_faults_reports_gaps_and_overlaps() {
        let text = "abc def";
        let mut a = Article::parse(text);
        assert!(a.coverage_faults(text).is_empty());
        a.set_aside.clear();
        a.paragraphs.clear();
        assert_eq!(a.coverage_faults(text), vec![Span::new(0, 7)]);
    }

    #[test]
    fn stated_dates_win_over_inference() {
        let text = "Headline about the talks\n\nPosted on : 2019-06-13 16:04 KST\n\nPresident Moon Jae-in spoke on Tuesday in Seoul.";
        let a = Article::parse(text);
        assert_eq!(a.published.basis(), Some(crate::Basis::Stated));
    }
}
