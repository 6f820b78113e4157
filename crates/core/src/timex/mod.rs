//! Temporal expressions, found and normalized the TimeML TIMEX3 way.
//!
//! [`tag`] finds every temporal expression in a text — absolute dates ("June 12, 2018",
//! "27 July 2021", "2019-06-13 16:04 KST", "the 1990s", "summer 2020", "the first quarter"),
//! relative ones ("this week", "last month", "on Tuesday", "two days later", "since April"),
//! modified ones ("early 2019", "mid-May"), durations ("more than a year"), sets ("every week"),
//! vague references ("now", "recently", "the coming months") and anniversaries ("the 68th
//! anniversary of …") — and gives each a TIMEX3 `type` and `value`, resolved against the anchor
//! (the publication date). Calendar values also get an [`Interval`] for the timeline.
//!
//! How it works: the text's [`Doc`] tokens, read as finer pieces ([`Doc::pieces`]: digits apart
//! from letters and marks, "10:30" as `10` `:` `30`, apostrophes inside words), then at each piece the rules in `rules` try
//! to match, longest match wins; rules read word tables kept as data in `lexicon`. Relative
//! expressions are resolved with the anchor, the tense of the clause around them (`clause`)
//! and a little document memory (the last fully dated time, the quarter a report is about). The
//! whole text is processed in linear time; no input can make it panic.

mod calendar;
mod clause;
pub(crate) mod lexicon;
mod rules;
mod scan;

use jiff::civil::Date;
use serde::{Serialize, Serializer};

use crate::doc::Doc;
use crate::{Interval, Span};

/// The TIMEX3 `type` of an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimexKind {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexKind {
    /// The TIMEX3 name (`DATE`, `TIME`, `DURATION`, `SET`).
    pub fn as_str(self) -> &'static str {
        match self {
            TimexKind::Date => "DATE",
            TimexKind::Time => "TIME",
            TimexKind::Duration => "DURATION",
            TimexKind::Set => "SET",
        }
    }
}

impl Serialize for TimexKind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// The TIMEX3 `mod` attribute: where in a period, or how much of a duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Modifier {
    Start,
    Mid,
    End,
    Approx,
    MoreThan,
    LessThan,
    EqualOrMore,
    EqualOrLess,
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
}

impl Modifier {
    /// The TIMEX3 name (`START`, `MORE_THAN`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Modifier::Start => "START",
            Modifier::Mid => "MID",
            Modifier::End => "END",
            Modifier::Approx => "APPROX",
            Modifier::MoreThan => "MORE_THAN",
            Modifier::LessThan => "LESS_THAN",
            Modifier::EqualOrMore => "EQUAL_OR_MORE",
            Modifier::EqualOrLess => "EQUAL_OR_LESS",
            Modifier::Before => "BEFORE",
            Modifier::After => "AFTER",
            Modifier::OnOrBefore => "ON_OR_BEFORE",
            Modifier::OnOrAfter => "ON_OR_AFTER",
        }
    }
}

impl Serialize for Modifier {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One temporal expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timex {
    /// Where it is, in UTF-8 bytes of the text given to [`tag`].
    pub span: Span,
    /// The TIMEX3 type.
    pub kind: TimexKind,
    /// The TIMEX3 value: `2019-06-13`, `2019-W24`, `P5Y`, `PRESENT_REF`, `XXXX-02-28` (a date
    /// whose year needs an anchor), …
    pub value: String,
    /// The TIMEX3 `mod`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modifier: Option<Modifier>,
    /// The calendar days a DATE or TIME value covers (narrowed by START/MID/END); `None` for
    /// durations, sets, vague references and values that could not be resolved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<Interval>,
}

/// Finds and normalizes every temporal expression in `text`, in text order, without overlaps.
///
/// `anchor` is the publication date; without it, relative expressions are still found but their
/// values stay unresolved (`XXXX-XX-XX`, `XXXX-WXX-2`, …) and have no interval.
pub fn tag(text: &str, anchor: Option<Date>) -> Vec<Timex> {
    tag_doc(&Doc::new(text), anchor)
}

/// [`tag`] over a text already tokenized.
pub fn tag_doc(doc: &Doc<'_>, anchor: Option<Date>) -> Vec<Timex> {
    Tagger::new(doc).tag(anchor)
}

/// A text read once for tagging (its pieces, the words rules start at, the dates it states),
/// then tagged against as many anchors as needed: an article whose publication date is known
/// only as a window is tagged from both ends without reading it again.
pub struct Tagger<'d> {
    scanner: scan::Scanner<'d>,
}

impl<'d> Tagger<'d> {
    pub fn new(doc: &'d Doc<'_>) -> Tagger<'d> {
        Tagger { scanner: scan::Scanner::new(doc, None) }
    }

    /// Every temporal expression, as [`tag`] finds them with this anchor.
    pub fn tag(&mut self, anchor: Option<Date>) -> Vec<Timex> {
        self.scanner.anchor = anchor;
        self.scanner.run()
    }
}
