//! Data: the phrases that mark site furniture, section labels, photo credits, captions and
//! bylines. Outlet-specific wording lives here as data, never as code paths.
//!
//! Every phrase is compared ASCII-case-insensitively. A rule says how the phrase must sit in a
//! line ([`Placement`]); `Contains` rules only apply to short lines, so that a body paragraph
//! quoting "newsletter" is never set aside.

use super::SetAsideKind;

/// Where a phrase must be found in a line for its rule to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Placement {
    /// The whole line, ignoring final punctuation.
    Whole,
    /// The start of the line.
    Start,
    /// Anywhere in a short line.
    Inside,
}

pub(crate) struct FurnitureRule {
    pub phrase: &'static str,
    pub placement: Placement,
    pub kind: SetAsideKind,
}

const fn rule(phrase: &'static str, placement: Placement, kind: SetAsideKind) -> FurnitureRule {
    FurnitureRule { phrase, placement, kind }
}

use Placement::{Inside, Start, Whole};
use SetAsideKind as K;

/// Lines longer than this are never furniture by an `Inside` rule.
pub(crate) const SHORT_LINE: usize = 160;

/// Site furniture: navigation, promotion and prompts that surround an article on the page.
pub(crate) const FURNITURE: &[FurnitureRule] = &[
    rule("copyright", Start, K::Copyright),
    rule("©", Start, K::Copyright),
    rule("ⓒ", Start, K::Copyright),
    rule("(c) 19", Start, K::Copyright),
    rule("(c) 20", Start, K::Copyright),
    rule("all rights reserved", Inside, K::Copyright),
    rule("contact us", Whole, K::Contact),
    rule("contact us:", Start, K::Contact),
    rule("media contact", Start, K::Contact),
    rule("press contact", Start, K::Contact),
    rule("for more information, contact", Start, K::Contact),
    rule("read also", Start, K::ReadAlso),
    rule("also read", Start, K::ReadAlso),
    rule("read more", Start, K::ReadAlso),
    rule("see also", Start, K::ReadAlso),
    rule("more on this story", Start, K::ReadAlso),
    rule("related article", Start, K::Related),
    rule("related stories", Start, K::Related),
    rule("related coverage", Start, K::Related),
    rule("related:", Start, K::Related),
    rule("related", Whole, K::Related),
    rule("related topics", Start, K::Related),
    rule("related video", Start, K::Related),
    rule("more from", Start, K::Related),
    rule("most viewed", Start, K::MostViewed),
    rule("most read", Start, K::MostViewed),
    rule("most popular", Start, K::MostViewed),
    rule("trending now", Whole, K::MostViewed),
    rule("top stories", Whole, K::MostViewed),
    rule("newsletter", Inside, K::Newsletter),
    rule("sign up", Start, K::Newsletter),
    rule("subscribe", Start, K::Newsletter),
    rule("delivered daily", Inside, K::Newsletter),
    rule("in your inbox", Inside, K::Newsletter),
    rule("from your inbox", Inside, K::Newsletter),
    rule("button that move", Start, K::ButtonLabel),
    rule("click here", Start, K::ButtonLabel),
    rule("listen to this article", Start, K::ButtonLabel),
    rule("skip to", Start, K::ButtonLabel),
    rule("please direct comments", Start, K::CommentPrompt),
    rule("comments", Whole, K::CommentPrompt),
    rule("leave a comment", Start, K::CommentPrompt),
    rule("share this", Start, K::Share),
    rule("share on", Start, K::Share),
    rule("share", Whole, K::Share),
    rule("print", Whole, K::Share),
    rule("email", Whole, K::Share),
    rule("follow us", Start, K::Share),
    rule("reuse this content", Start, K::Share),
    rule("advertisement", Whole, K::Advertisement),
    rule("sponsored", Whole, K::Advertisement),
    rule("story continues", Start, K::Advertisement),
    rule("read full article", Start, K::ButtonLabel),
    rule("continue reading", Start, K::ButtonLabel),
    rule("tags:", Start, K::Navigation),
    rule("topics", Whole, K::Navigation),
    rule("(end)", Whole, K::Boilerplate),
    rule("published", Whole, K::Dateline),
    rule("updated", Whole, K::Dateline),
    rule("last updated", Whole, K::Dateline),
    rule("topics:", Start, K::Navigation),
    rule("filed under", Start, K::Navigation),
    rule("key points", Whole, K::Navigation),
    rule("loading", Whole, K::Navigation),
    rule("watch:", Start, K::Navigation),
    rule("forward-looking statements", Start, K::Boilerplate),
    rule("news provided by", Start, K::Boilerplate),
    rule("source ", Start, K::Boilerplate),
    rule("our standards", Start, K::Boilerplate),
    rule("a version of this article", Start, K::Boilerplate),
    // Contributor credits at the foot of a story.
    rule("contributed to this report", Inside, K::Byline),
    rule("contributed reporting", Inside, K::Byline),
    rule("reported from", Inside, K::Byline),
    rule("source:", Start, K::Credit),
];

/// Section labels that may head an article ("Business"). Short unknown labels are accepted
/// too when a longer headline follows (see `structure/line_kinds.rs`).
pub(crate) const SECTION_LABELS: &[&str] = &[
    "business",
    "world",
    "politics",
    "asia",
    "asia-pacific",
    "asia pacific",
    "europe",
    "americas",
    "africa",
    "middle east",
    "us",
    "u.s.",
    "uk",
    "sport",
    "sports",
    "tech",
    "technology",
    "science",
    "health",
    "opinion",
    "markets",
    "economy",
    "entertainment",
    "culture",
    "national",
    "international",
    "north korea",
    "korea",
    "defense",
    "diplomacy",
    "news",
    "latest",
    "breaking news",
    "local",
    "nation",
    "world news",
    "us news",
    "analysis",
    "features",
    "press release",
    "news release",
];

/// Line openings that mark a photo credit.
pub(crate) const CREDIT_STARTS: &[&str] = &[
    "(photo",
    "photo:",
    "photo by",
    "photograph:",
    "photographs:",
    "image:",
    "image source",
    "image copyright",
    "credit:",
    "picture:",
    "pictures:",
    "photo credit",
    "file photo:",
];

/// Words that mark a photo credit anywhere in a short line without final punctuation.
pub(crate) const CREDIT_MARKERS: &[&str] = &[
    "getty images",
    "shutterstock",
    "afp via",
    "/afp",
    "/ afp",
    "ap photo",
    "reuters/",
    "/reuters",
    "epa-efe",
    "yonhap",
    "via ap",
    "photo credit",
    "handout",
    "alamy",
];

/// Line openings that mark a photo caption.
pub(crate) const CAPTION_STARTS: &[&str] = &[
    "in this photo",
    "in this image",
    "in this file photo",
    "in this handout",
    "in this undated",
    "this photo",
    "this image",
    "this handout",
    "file -",
    "file photo",
    "caption:",
    "image caption",
    "photo caption",
    "pictured:",
    "above:",
    "top:",
];

/// Words that open a byline, before the first name.
pub(crate) const BYLINE_STARTS: &[&str] = &[
    "by",
    "written by",
    "reporting by",
    "story by",
    "words by",
    "reported by",
    "von",
    "par",
    "por",
];

/// Words that make a byline segment a role rather than a name ("staff reporters").
pub(crate) const BYLINE_ROLE_WORDS: &[&str] = &[
    "correspondent",
    "correspondents",
    "reporter",
    "reporters",
    "editor",
    "editors",
    "writer",
    "writers",
    "staff",
    "contributor",
    "contributing",
    "producer",
    "bureau",
    "chief",
    "columnist",
    "analyst",
    "journalist",
    "senior",
    "associate",
    "intern",
    "editing",
    "reporting",
    "additional",
    "writing",
    "compiled",
    "desk",
    "team",
    "political",
    "diplomatic",
];
