//! When the article was published: stated in a dateline, or inferred from evidence.
//!
//! **Stated.** Dateline lines ("Posted on : 2019-06-13 16:04 KST Modified on : ...",
//! "27 July 2021", "Updated 3:45 PM ET, Tue June 11, 2019", "June 13, 2019 / 4:04 PM") are read
//! into dates labelled published or updated, each with its time of day and time zone kept as text.
//! A page that shows only an update stamp is dated by it (a broadcaster's "Updated ..." is the
//! only date it prints).
//!
//! **Inferred.** Otherwise the date is bounded by [`Constraint`]s, each with the span that
//! supports it, applied strongest first and skipped when it contradicts stronger ones:
//! - a relative phrase anchored on a dated mention in the same sentence ("yesterday, June 12,
//!   2019", "last month" with "March 2022");
//! - an offset from a known event ("weeks before ... inauguration", "less than three weeks before
//!   the latter's term ends", "on the first anniversary of the Singapore summit");
//! - how office holders from [`KNOWN_FACTS`] are called: "outgoing President X" (the last months
//!   of the term), "incoming"/"President-elect" (the months before it), "then-"/"former" (after
//!   it), "President X"/"the X administration" (during it);
//! - known summits mentioned as past ("since the Hanoi summit") or upcoming ("ahead of ...");
//! - past absolutely dated mentions ("in 2020", "on June 12, 2018"), skipped in sentences that
//!   talk about the future;
//! - the year of a copyright line (the page cannot be older than its article).
//!
//! A wire dateline's day without a year ("SEOUL, July 27 (Reuters)") then picks its year from the
//! inferred interval when only one fits. When the evidence gives no lower or no upper bound the
//! article is [`PublishedDate::Unbounded`], with the reason; today's date is never used.
//! [`DatedMention`]s are an input, so other annotators (the timex tagger, corpus corroboration)
//! can feed the same inference.

use jiff::civil::Date;
use serde::Serialize;

use super::dates::{self, DateShape, FoundDate};
use super::datewords;
use crate::doc::fold::fold;
use crate::doc::Doc;
use crate::doc::PieceKind;
use crate::{Interval, Precision, Span};

mod facts;
mod mentions;

/// A publication or update date printed in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct StatedDate {
    /// The date as written (with its weekday).
    pub span: Span,
    pub interval: Interval,
    /// The time of day as written ("16:04 KST", "3:45 PM ET").
    pub time: Option<Span>,
    /// The time zone as written ("KST").
    pub zone: Option<Span>,
}

/// A publication date worked out from evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InferredDate {
    pub interval: Interval,
    /// The constraints that narrowed the interval, in the order they were applied.
    pub evidence: Vec<Evidence>,
}

/// What is known when the date cannot be bounded on both sides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnboundedDate {
    pub reason: String,
    pub not_before: Option<Date>,
    pub not_after: Option<Date>,
    pub evidence: Vec<Evidence>,
}

/// The article's publication date. Serialized with a `basis` tag: `stated`, `inferred` or
/// `unbounded`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "basis", rename_all = "snake_case")]
pub enum PublishedDate {
    Stated(StatedDate),
    Inferred(InferredDate),
    Unbounded(UnboundedDate),
}

impl PublishedDate {
    /// The interval, when the date is bounded.
    pub fn interval(&self) -> Option<Interval> {
        match self {
            PublishedDate::Stated(s) => Some(s.interval),
            PublishedDate::Inferred(i) => Some(i.interval),
            PublishedDate::Unbounded(_) => None,
        }
    }

    /// Stated or inferred; `None` when unbounded.
    pub fn basis(&self) -> Option<crate::Basis> {
        match self {
            PublishedDate::Stated(_) => Some(crate::Basis::Stated),
            PublishedDate::Inferred(_) => Some(crate::Basis::Inferred),
            PublishedDate::Unbounded(_) => None,
        }
    }
}

/// Which rule produced a constraint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceRule {
    RelativeToDatedMention,
    OffsetFromKnownEvent,
    AnniversaryOfKnownEvent,
    OutgoingOfficeHolder,
    IncomingOfficeHolder,
    FormerOfficeHolder,
    SittingOfficeHolder,
    PastKnownEvent,
    UpcomingKnownEvent,
    PastDatedMention,
    CopyrightYear,
    WireDatelineDay,
    /// Reserved for corroboration from other articles of a corpus.
    Corroboration,
}

/// One bound on the publication date and what supports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub span: Span,
    pub rule: EvidenceRule,
    pub not_before: Option<Date>,
    pub not_after: Option<Date>,
    /// The [`KnownFact::id`] used, if any.
    pub fact: Option<&'static str>,
}

/// A bound to apply; the same shape as [`Evidence`].
pub type Constraint = Evidence;

/// An absolutely dated expression found in the text, with the sentence it sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DatedMention {
    pub span: Span,
    pub interval: Interval,
    pub sentence: Span,
}

/// The published and updated dates printed in `datelines` (spans of dateline or byline lines).
pub(crate) fn stated_dates(
    doc: &Doc<'_>,
    datelines: &[Span],
) -> (Option<StatedDate>, Option<StatedDate>) {
    let text = doc.text();
    let mut published = None;
    let mut updated = None;
    // A label alone on the line before its date ("Published" / "14 June 2019").
    let mut pending_label: Option<bool> = None;
    for &line in datelines {
        let found: Vec<FoundDate> = dates::find_dates(doc, line)
            .into_iter()
            .filter(|d| d.shape == DateShape::Full)
            .collect();
        let times = dates::find_times(doc, line);
        let tokens = doc.pieces(line, false);
        let mut taken = vec![false; times.len()];
        let label_in_line = |from: usize, to: usize| {
            tokens
                .iter()
                .filter(|t| t.span.start >= from && t.span.end <= to && t.kind == PieceKind::Word)
                .find_map(|t| {
                    let w = t.text(text);
                    if datewords::in_list(datewords::UPDATED_LABELS, w) {
                        Some(true)
                    } else if datewords::in_list(datewords::PUBLISHED_LABELS, w) {
                        Some(false)
                    } else {
                        None
                    }
                })
        };
        if found.is_empty() {
            pending_label = label_in_line(line.start, line.end);
            continue;
        }
        let carried = pending_label.take();
        for (k, date) in found.iter().enumerate() {
            let Some(interval) = date.interval else { continue };
            let prev_end = if k == 0 { line.start } else { found[k - 1].span.end };
            let next_start = found.get(k + 1).map_or(line.end, |d| d.span.start);
            let label_between = label_in_line;
            let is_update = label_between(prev_end, date.span.start)
                .or(if k == 0 { carried } else { None })
                .unwrap_or(false);
            // The time after the date, unless a label for the next date comes first; else the
            // time right before it.
            let after = times.iter().enumerate().find(|(i, t)| {
                !taken[*i]
                    && t.span.start >= date.span.end
                    && t.span.end <= next_start
                    && label_between(date.span.end, t.span.start).is_none()
            });
            let before = || {
                times.iter().enumerate().rev().find(|(i, t)| {
                    !taken[*i] && t.span.end <= date.span.start && t.span.start >= prev_end
                })
            };
            let time = after.or_else(before).map(|(i, t)| {
                taken[i] = true;
                *t
            });
            let stated = StatedDate {
                span: date.span,
                interval,
                time: time.map(|t| t.span),
                zone: time.and_then(|t| t.zone),
            };
            let slot = if is_update { &mut updated } else { &mut published };
            if slot.is_none() {
                *slot = Some(stated);
            }
        }
    }
    (published, updated)
}

/// A day and month without a year, from a wire dateline.
#[derive(Debug, Clone, Copy)]
pub(crate) struct YearlessDay {
    pub span: Span,
    pub month: u8,
    pub day: u8,
}

/// The days and months without a year in `spans` (wire datelines).
pub(crate) fn yearless_days(doc: &Doc<'_>, spans: &[Span]) -> Vec<YearlessDay> {
    spans
        .iter()
        .flat_map(|&s| dates::find_dates(doc, s))
        .filter_map(|d| match d.shape {
            DateShape::MonthDay { month, day } => Some(YearlessDay { span: d.span, month, day }),
            _ => None,
        })
        .collect()
}

/// The absolutely dated mentions (full dates, months, years) in `sentences`, by the small date
/// finder of `dates.rs`. `Article::parse` uses the timex tagger instead; this keeps the unit
/// tests of the inference independent of it.
#[cfg(test)]
fn dated_mentions(doc: &Doc<'_>, sentences: &[Span]) -> Vec<DatedMention> {
    let mut out = Vec::new();
    for &sentence in sentences {
        for d in dates::find_dates(doc, sentence) {
            if let Some(interval) = d.interval {
                out.push(DatedMention { span: d.span, interval, sentence });
            }
        }
    }
    out
}

/// Everything the inference reads.
#[derive(Debug, Clone, Copy, Default)]
pub struct InferenceInput<'a> {
    /// Sentences of the title, dek, key points, captions and body.
    pub sentences: &'a [Span],
    pub mentions: &'a [DatedMention],
    /// Copyright lines.
    pub copyright: &'a [Span],
    /// Extra constraints from outside the article (corpus corroboration).
    pub extra: &'a [Constraint],
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_days(n).ok()?).ok()
}

fn add_years(d: Date, n: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_years(n).ok()?).ok()
}

/// The precision that an interval of `days` days is known at.
fn precision_of(days: i64) -> Precision {
    Precision::for_days(days)
}

/// Bounds the publication date of an undated article from `input`.
pub fn infer_published(text: &str, input: &InferenceInput<'_>) -> PublishedDate {
    infer_with_wire_days(&Doc::new(text), input, &[])
}

pub(crate) fn infer_with_wire_days(
    doc: &Doc<'_>,
    input: &InferenceInput<'_>,
    wire_days: &[YearlessDay],
) -> PublishedDate {
    let mut constraints: Vec<(u8, Constraint)> = Vec::new();
    for &sentence in input.sentences {
        facts::fact_constraints(doc, sentence, &mut constraints);
    }
    mentions::mention_constraints(doc, input.mentions, &mut constraints);
    for &line in input.copyright {
        if let Some(year) = dates::find_dates(doc, line)
            .iter()
            .filter(|d| d.shape == DateShape::Year)
            .filter_map(|d| d.interval)
            .map(|i| i.end)
            .max()
        {
            constraints.push((
                9,
                Evidence {
                    span: line,
                    rule: EvidenceRule::CopyrightYear,
                    not_before: None,
                    not_after: Some(year),
                    fact: None,
                },
            ));
        }
    }
    constraints.extend(input.extra.iter().cloned().map(|c| (5, c)));
    // Strongest first; ties in text order.
    constraints.sort_by_key(|(strength, c)| (*strength, c.span.start));

    let mut lo: Option<Date> = None;
    let mut hi: Option<Date> = None;
    let mut evidence = Vec::new();
    for (_, c) in constraints {
        let new_lo = match (lo, c.not_before) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        let new_hi = match (hi, c.not_after) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        if matches!((new_lo, new_hi), (Some(a), Some(b)) if a > b) {
            continue;
        }
        if new_lo != lo || new_hi != hi {
            lo = new_lo;
            hi = new_hi;
            evidence.push(c);
        }
    }
    let (Some(start), Some(end)) = (lo, hi) else {
        let reason = match (lo, hi) {
            (None, None) => "the text gives no dated evidence for its publication date",
            (Some(_), None) => "the text gives only a lower bound for its publication date",
            _ => "the text gives only an upper bound for its publication date",
        };
        return PublishedDate::Unbounded(UnboundedDate {
            reason: reason.to_string(),
            not_before: lo,
            not_after: hi,
            evidence,
        });
    };
    let mut interval = Interval::new(start, end, Precision::Day);
    // Rule: a wire dateline's day ("July 27") fixes the date when one year fits the interval.
    for day in wire_days {
        let candidates: Vec<Date> = (start.year()..=end.year())
            .filter_map(|y| Date::new(y, day.month as i8, day.day as i8).ok())
            .filter(|d| interval.contains(*d))
            .collect();
        if let [only] = candidates.as_slice() {
            interval = Interval::day(*only);
            evidence.push(Evidence {
                span: day.span,
                rule: EvidenceRule::WireDatelineDay,
                not_before: Some(*only),
                not_after: Some(*only),
                fact: None,
            });
            break;
        }
    }
    interval.precision = precision_of(interval.days());
    PublishedDate::Inferred(InferredDate { interval, evidence })
}

fn lower_words(doc: &Doc<'_>, span: Span) -> Vec<(Span, String)> {
    let text = doc.text();
    doc.pieces(span, false)
        .into_iter()
        .filter(|t| t.kind == PieceKind::Word || t.kind == PieceKind::Number)
        .map(|t| (t.span, fold(t.text(text))))
        .collect()
}

fn has_phrase(words: &[(Span, String)], phrase: &[&str]) -> bool {
    words.windows(phrase.len()).any(|w| w.iter().zip(phrase).all(|((_, a), b)| a == b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn infer(text: &str) -> PublishedDate {
        let sentences = super::super::sentences(text, Span::new(0, text.len()));
        let mentions = dated_mentions(&Doc::new(text), &sentences);
        infer_published(
            text,
            &InferenceInput { sentences: &sentences, mentions: &mentions, ..Default::default() },
        )
    }

    fn bounds(p: &PublishedDate) -> (Date, Date) {
        let i = p.interval().expect("bounded");
        (i.start, i.end)
    }

    #[test]
    fn posted_and_modified_labels_split_published_from_updated() {
        let line = "Posted on : 2019-06-13 16:04 KST Modified on : 2019-06-14 09:00 KST";
        let (p, u) = stated_dates(&Doc::new(line), &[Span::new(0, line.len())]);
        let (p, u) = (p.unwrap(), u.unwrap());
        assert_eq!(p.interval, Interval::day(date(2019, 6, 13)));
        assert_eq!(p.time.unwrap().of(line), "16:04 KST");
        assert_eq!(p.zone.unwrap().of(line), "KST");
        assert_eq!(u.interval, Interval::day(date(2019, 6, 14)));
        assert_eq!(u.time.unwrap().of(line), "09:00 KST");
    }

    #[test]
    fn a_time_before_the_date_belongs_to_it() {
        let line = "Updated 3:45 PM ET, Tue June 11, 2019";
        let (p, u) = stated_dates(&Doc::new(line), &[Span::new(0, line.len())]);
        assert!(p.is_none());
        assert_eq!(u.unwrap().time.unwrap().of(line), "3:45 PM ET");
    }

    #[test]
    fn weeks_before_an_inauguration_bound_the_date_within_five_weeks() {
        let p = infer("The news comes weeks before incoming South Korean President Yoon Suk-yeol's inauguration on May 10.");
        assert_eq!(bounds(&p), (date(2022, 4, 5), date(2022, 5, 3)));
    }

    #[test]
    fn less_than_three_weeks_before_a_term_ends() {
        let p = infer("Kim wrote to his counterpart, outgoing President Moon Jae-In, less than three weeks before the latter's term ends.");
        assert_eq!(bounds(&p), (date(2022, 4, 19), date(2022, 4, 25)));
    }

    #[test]
    fn each_offset_applies_to_the_event_that_follows_it() {
        let p = infer("The news comes days after the North conducted another missile test, and weeks before incoming President Yoon Suk-yeol's inauguration on May 10.");
        assert_eq!(bounds(&p), (date(2022, 4, 5), date(2022, 5, 3)));
    }

    #[test]
    fn an_administration_named_after_its_president_dates_the_text_to_the_term() {
        let p = infer("Since taking office, the Biden Administration has urged talks.");
        assert_eq!(bounds(&p), (date(2021, 1, 20), date(2025, 1, 20)));
        let PublishedDate::Inferred(i) = &p else { unreachable!() };
        let text = "Since taking office, the Biden Administration has urged talks.";
        assert_eq!(i.evidence[0].span.of(text), "Biden Administration");
    }

    #[test]
    fn then_president_means_after_the_term() {
        let p = infer("Talks collapsed in 2019 with then-President Donald Trump. South Korean President Moon Jae-in agreed.");
        assert_eq!(bounds(&p), (date(2021, 1, 20), date(2022, 5, 9)));
    }

    #[test]
    fn an_anniversary_of_a_known_summit() {
        let p = infer(
            "Kim sent a letter around the one-year anniversary of their summit in Singapore.",
        );
        assert_eq!(bounds(&p), (date(2019, 6, 5), date(2019, 6, 19)));
    }

    #[test]
    fn relative_phrase_anchored_on_a_dated_mention() {
        let p = infer("The missile was launched yesterday, March 24, 2022, officials said.");
        assert_eq!(bounds(&p), (date(2022, 3, 25), date(2022, 3, 25)));
    }

    #[test]
    fn dates_in_future_sentences_are_not_lower_bounds() {
        let p = infer("The summit will take place on June 30, 2030.");
        assert!(matches!(p, PublishedDate::Unbounded(_)));
    }

    #[test]
    fn an_article_without_evidence_is_unbounded_not_today() {
        match infer("Nothing here is dated at all.") {
            PublishedDate::Unbounded(u) => assert!(u.not_before.is_none() && u.not_after.is_none()),
            other => panic!("expected unbounded, got {other:?}"),
        }
    }

    #[test]
    fn a_lower_bound_alone_is_unbounded_with_what_is_known() {
        match infer("The office was blown up in 2020.") {
            PublishedDate::Unbounded(u) => assert_eq!(u.not_before, Some(date(2020, 1, 1))),
            other => panic!("expected unbounded, got {other:?}"),
        }
    }

    #[test]
    fn contradicting_weaker_evidence_is_skipped() {
        // The sitting president bounds the date to 2017-2022; a "2030" mention cannot apply.
        let p = infer("President Moon Jae-in spoke. It was built in 2030.");
        assert_eq!(bounds(&p), (date(2017, 5, 10), date(2022, 5, 9)));
    }

    #[test]
    fn a_wire_day_picks_its_year_inside_the_interval() {
        let text = "SEOUL, July 27 (Reuters) - South Korean President Moon Jae-in said. It came after a summit in Hanoi. Ties worsened in 2020. Copyright 2021";
        let sentences = super::super::sentences(text, Span::new(0, text.len()));
        let mentions = dated_mentions(&Doc::new(text), &sentences);
        let copyright = [Span::new(text.len() - 14, text.len())];
        let days = yearless_days(&Doc::new(text), &[Span::new(0, 24)]);
        let p = infer_with_wire_days(
            &Doc::new(text),
            &InferenceInput {
                sentences: &sentences,
                mentions: &mentions,
                copyright: &copyright,
                extra: &[],
            },
            &days,
        );
        assert_eq!(bounds(&p), (date(2021, 7, 27), date(2021, 7, 27)));
    }
}
