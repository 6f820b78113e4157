//! The whole pipeline over a corpus: files in, one [`Bundle`] out.
//!
//! Per source ([`analyze`], independent, so callers may run it in parallel):
//! decode (lossily, with warnings) → one [`Doc`] (the text's tokens, tokenized once; its
//! sentences the body's) → [`Article::read`] (layout, furniture, publication date) →
//! [`timex::Tagger`] anchored on the publication date → [`entity::extract_article_in`] →
//! [`quote::extract_article_in`] → [`event::find`], each reading the same `Doc`.
//!
//! Across the corpus ([`assemble`], in corpus order):
//! 1. entities resolve to one id per real-world actor ([`entity::corpus::merge`]), and every
//!    per-article id (participants, speakers, channels) is mapped to it;
//! 2. **rule "corroborated date"**: an article whose publication date is not known to the day
//!    takes it from an event it reports that a dated article also reports (see the private
//!    module `corroboration`); its expressions are then re-anchored and its events found again;
//! 3. events merge into the timeline ([`timeline::merge`]), conflicting dates kept.
//!
//! Nothing the user gave is dropped: every source becomes an article, whatever its bytes.

use std::collections::BTreeMap;

use crate::article::{Article, PublishedDate};
use crate::bundle::{self, Bundle, Warning};
use crate::doc::Doc;
use crate::entity::{self, Extraction};
use crate::event::{self, ActorMention, DatedMention, Found};
use crate::ingest::{Metadata, Record};
use crate::input::{self, DecodeWarning};
use crate::quote::{self, Quote};
use crate::timeline::{self, ArticleEvents};
use crate::timex::{self, Timex};
use jiff::civil::Date;

use crate::{Basis, Interval, Precision, Span};

mod corroboration;

/// One input file or pasted text.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// Unique within the corpus: the file stem, or a name given to a pasted text.
    pub id: &'a str,
    pub bytes: &'a [u8],
}

/// What the core found in one source, before the corpus-wide merge.
///
/// Analysing sources is independent per source, so callers may run [`analyze`] in parallel
/// (the CLI does, with rayon) and hand the results to [`assemble`] in corpus order.
#[derive(Debug, Clone)]
pub struct Analyzed {
    /// The article as the bundle carries it; entity ids in its quotes are this article's own
    /// until [`assemble`] maps them to corpus ids.
    pub article: bundle::Article,
    pub warnings: Vec<Warning>,
    parsed: Article,
    entities: Extraction,
    quotes: Vec<Quote>,
    events: Vec<Found>,
}

impl Analyzed {
    /// The events found in this article alone (entity ids are the article's own).
    pub fn events(&self) -> &[Found] {
        &self.events
    }
}

/// What the user knows about a source that its text may not say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Hints {
    /// When the article was published, for texts that do not say (a scraper's metadata, the
    /// day a reader copied it). A publication date the text states takes precedence.
    pub published: Option<Date>,
}

/// Runs the per-article part of the pipeline on one source.
pub fn analyze(source: Source<'_>) -> Analyzed {
    analyze_with(source, Hints::default())
}

/// [`analyze`], with what the user knows about the source.
pub fn analyze_with(source: Source<'_>, hints: Hints) -> Analyzed {
    analyze_stated(source, hints, &Metadata::default())
}

/// [`analyze_with`] over a record of [`crate::ingest`] (a page, a scraper's record, a text and
/// its row of a metadata table). Rule "stated metadata": what the record's metadata states
/// (title, publication date, authors, outlet, URL) wins over what the text gives or lets
/// infer, and the bundle says where each value came from; the record's notes become warnings.
pub fn analyze_record(record: &Record, hints: Hints) -> Analyzed {
    let source = Source { id: &record.id, bytes: record.text.as_bytes() };
    let mut analyzed = analyze_stated(source, hints, &record.metadata);
    let notes = record.notes.iter().map(|note| Warning {
        article: Some(record.id.clone()),
        kind: note.kind.clone(),
        message: format!("{}: {}", record.id, note.message),
    });
    analyzed.warnings.splice(0..0, notes);
    analyzed
}

fn analyze_stated(source: Source<'_>, hints: Hints, metadata: &Metadata) -> Analyzed {
    let decoded = input::decode(source.bytes);
    let mut warnings: Vec<Warning> = decoded
        .warnings
        .iter()
        .map(|warning| Warning {
            article: Some(source.id.to_string()),
            kind: decode_warning_kind(warning).to_string(),
            message: format!("{}: {warning}", source.id),
        })
        .collect();
    let text = decoded.text.into_owned();
    // The text is tokenized once; every stage reads these tokens.
    let mut doc = Doc::new(&text);
    let parsed = Article::read(&doc);
    doc.set_sentences(&parsed.body_sentences());
    doc.parse_syntax();
    let mut published = publication(&parsed.published);
    let mut published_in_bundle = published_to_bundle(&parsed.published);
    if let Some(stated) = &metadata.published {
        let day = stated.value;
        if let Some((interval, Basis::Stated)) = published.filter(|(i, _)| !i.contains(day)) {
            warnings.push(Warning {
                article: Some(source.id.to_string()),
                kind: "date_disagrees".to_string(),
                message: format!(
                    "{}: the text states {}, the metadata ({}) {day}; using the metadata",
                    source.id, interval.start, stated.from
                ),
            });
        }
        published = Some((Interval::day(day), Basis::Stated));
        published_in_bundle = Some(bundle::Published {
            start: day,
            end: day,
            precision: Precision::Day,
            basis: Basis::Metadata,
            evidence: Vec::new(),
        });
    } else if let Some(given) =
        hints.published.filter(|_| !matches!(parsed.published, PublishedDate::Stated(_)))
    {
        // Rule "given date": the user's date stands for one the text does not state.
        published = Some((Interval::day(given), Basis::Stated));
        published_in_bundle = Some(bundle::Published {
            start: given,
            end: given,
            precision: Precision::Day,
            basis: Basis::Stated,
            evidence: Vec::new(),
        });
        warnings.push(Warning {
            article: Some(source.id.to_string()),
            kind: "date_given".to_string(),
            message: format!(
                "{}: the text states no publication date; using the one given, {given}",
                source.id
            ),
        });
    }
    let timexes = tag_timexes(&doc, published);
    let entities = entity::extract_article_in(&doc, &parsed);
    let quotes = quote::extract_article_in(&doc, &parsed, &entities);
    let actors = entities.actor_mentions(&text);
    let events = find_events(&doc, &parsed, &timexes, &actors, published);
    // Coreference: the pronoun or description naming a speaker becomes a mention of them
    // (after events, which read the entity reader's mentions).
    let mut entities = entities;
    quote::record_unnamed_speakers(&text, &quotes, &mut entities);
    quote::record_speaker_mentions(&quotes, &mut entities);

    if published.is_none() && !text.trim().is_empty() {
        warnings.push(Warning {
            article: Some(source.id.to_string()),
            kind: "undated".to_string(),
            message: format!(
                "{}: no publication date found; events dated only relative to it are left out",
                source.id
            ),
        });
    }

    let article = bundle::Article {
        id: source.id.to_string(),
        title: metadata
            .title
            .as_ref()
            .map_or_else(|| title_of(&text, &parsed), |t| t.value.clone()),
        outlet: metadata
            .outlet
            .as_ref()
            .map(|o| o.value.clone())
            .or_else(|| parsed.outlet.as_ref().map(|o| o.name.clone())),
        published: published_in_bundle,
        bylines: metadata.authors.as_ref().map_or_else(
            || parsed.bylines.iter().map(|b| b.name.of(&text).to_string()).collect(),
            |a| a.value.clone(),
        ),
        url: metadata.url.as_ref().map(|u| u.value.clone()),
        metadata: stated_values(metadata),
        removed: parsed
            .set_aside
            .iter()
            .map(|a| bundle::Removed {
                start: a.span.start,
                end: a.span.end,
                kind: a.kind.as_str().to_string(),
            })
            .collect(),
        timexes: timexes.iter().map(|t| timex_to_bundle(&text, t)).collect(),
        quotes: Vec::new(),
        sentences: parsed.body_sentences(),
        text,
    };
    Analyzed { article, warnings, parsed, entities, quotes, events }
}

/// Merges per-article results, in the order given, into one bundle.
pub fn assemble(mut analyzed: Vec<Analyzed>) -> Bundle {
    // Step 1: one id per real-world entity.
    let extractions: Vec<Extraction> =
        analyzed.iter_mut().map(|a| std::mem::take(&mut a.entities)).collect();
    let merged = entity::corpus::merge(&extractions);
    for (one, ids) in analyzed.iter_mut().zip(&merged.ids) {
        for found in &mut one.events {
            map_ids(&mut found.participants, ids);
            map_ids(&mut found.senders, ids);
            map_ids(&mut found.recipients, ids);
        }
    }

    // Step 2: rule "corroborated date". Only the articles not dated to the day may take a
    // date, and only their actors are read.
    let actors: Vec<Vec<ActorMention>> = extractions
        .iter()
        .zip(&merged.ids)
        .zip(&analyzed)
        .map(|((extraction, ids), one)| {
            if corroboration::known_to_the_day(one) {
                return Vec::new();
            }
            let mut actors = extraction.actor_mentions(&one.article.text);
            for actor in &mut actors {
                if let Some(id) = ids.get(&actor.entity) {
                    actor.entity.clone_from(id);
                }
            }
            actors
        })
        .collect();
    for (index, date) in corroboration::corroborate(&analyzed, &actors) {
        let one = &mut analyzed[index];
        let text = &one.article.text;
        let doc = Doc::new(text);
        let published = Some((date.interval, Basis::Inferred));
        let timexes = tag_timexes(&doc, published);
        let actors = &actors[index];
        one.events = find_events(&doc, &one.parsed, &timexes, actors, published);
        one.article.timexes = timexes.iter().map(|t| timex_to_bundle(text, t)).collect();
        one.article.published = Some(bundle::Published {
            start: date.interval.start,
            end: date.interval.end,
            precision: date.interval.precision,
            basis: Basis::Inferred,
            evidence: date.evidence.clone(),
        });
        one.warnings.retain(|w| w.kind != "undated");
        one.warnings.push(Warning {
            article: Some(one.article.id.clone()),
            kind: "date_corroborated".to_string(),
            message: format!(
                "{}: publication date inferred as {} from an event that {} also reports",
                one.article.id, date.interval.start, date.from_article
            ),
        });
    }

    // Step 3: quotes with corpus ids, the timeline, the entities.
    let mut bundle = Bundle::default();
    for (one, ids) in analyzed.iter_mut().zip(&merged.ids) {
        let text = &one.article.text;
        one.article.quotes = one.quotes.iter().map(|q| q.to_bundle(text, ids)).collect();
    }
    let per_article: Vec<ArticleEvents<'_>> = analyzed
        .iter()
        .map(|a| ArticleEvents { article: &a.article.id, events: &a.events })
        .collect();
    bundle.events = timeline::merge(&per_article);
    let article_ids: Vec<&str> = analyzed.iter().map(|a| a.article.id.as_str()).collect();
    bundle.entities = merged.entities.iter().map(|e| e.to_bundle(&article_ids)).collect();
    for one in analyzed {
        bundle.articles.push(one.article);
        bundle.warnings.extend(one.warnings);
    }
    bundle
}

/// Which of the article's values the metadata stated, and where.
fn stated_values(metadata: &Metadata) -> Vec<bundle::StatedValue> {
    let value = |field: &str, from: Option<&String>| {
        from.map(|from| bundle::StatedValue { field: field.to_string(), from: from.clone() })
    };
    [
        value("title", metadata.title.as_ref().map(|s| &s.from)),
        value("published", metadata.published.as_ref().map(|s| &s.from)),
        value("bylines", metadata.authors.as_ref().map(|s| &s.from)),
        value("outlet", metadata.outlet.as_ref().map(|s| &s.from)),
        value("url", metadata.url.as_ref().map(|s| &s.from)),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Runs the whole pipeline on every source, in order, and returns the bundle.
pub fn build_bundle(sources: &[Source<'_>]) -> Bundle {
    assemble(sources.iter().map(|&source| analyze(source)).collect())
}

/// The publication date as the event rules and the tagger use it.
fn publication(published: &PublishedDate) -> Option<(Interval, Basis)> {
    Some((published.interval()?, published.basis()?))
}

/// The widest publication window (in days) within which relative expressions are still
/// dated: "on Wednesday" in an article of some week in April is a day of that fortnight; in an
/// article of some year it is any day, which is no date at all.
const MAX_ANCHOR_WINDOW_DAYS: i64 = 31;

/// A timex, and whether its date came from the text alone (stated) or from an uncertain
/// publication date (inferred).
struct Tagged {
    timex: Timex,
    basis: Basis,
}

/// Tags the whole text, resolving relative expressions against the publication date:
/// - published on a known day: that day is the anchor, and every date is as the text states;
/// - published within a window of up to [`MAX_ANCHOR_WINDOW_DAYS`]: the text is tagged from
///   both ends of the window and a relative expression gets the interval covering both
///   readings, as inferred ("this week" in an article of 5 April–3 May covers those weeks);
/// - otherwise relative expressions stay unresolved rather than guessed.
fn tag_timexes(doc: &Doc<'_>, published: Option<(Interval, Basis)>) -> Vec<Tagged> {
    let stated = |timex: Timex| Tagged { timex, basis: Basis::Stated };
    let mut tagger = timex::Tagger::new(doc);
    let Some((window, basis)) = published else {
        return tagger.tag(None).into_iter().map(stated).collect();
    };
    if basis == Basis::Stated && window.precision <= Precision::Day {
        return tagger.tag(Some(window.start)).into_iter().map(stated).collect();
    }
    let alone = tagger.tag(None);
    if window.days() > MAX_ANCHOR_WINDOW_DAYS {
        return alone.into_iter().map(stated).collect();
    }
    let readings = [tagger.tag(Some(window.start)), tagger.tag(Some(window.end))];
    alone
        .into_iter()
        .map(|timex| {
            if timex.interval.is_some() {
                return stated(timex);
            }
            let found: Vec<&Timex> =
                readings.iter().filter_map(|r| r.iter().find(|t| t.span == timex.span)).collect();
            let intervals: Vec<Interval> = found.iter().filter_map(|t| t.interval).collect();
            let (Some(first), Some(last)) = (intervals.first(), intervals.last()) else {
                return stated(timex);
            };
            if intervals.len() != readings.len() {
                return stated(timex);
            }
            let agreed = found.iter().all(|t| t.value == found[0].value);
            let value = if agreed { found[0].value.clone() } else { timex.value.clone() };
            let interval = Some(first.covering(last));
            Tagged { timex: Timex { value, interval, ..timex }, basis: Basis::Inferred }
        })
        .collect()
}

fn find_events(
    doc: &Doc<'_>,
    parsed: &Article,
    timexes: &[Tagged],
    actors: &[ActorMention],
    published: Option<(Interval, Basis)>,
) -> Vec<Found> {
    let sentences = parsed.body_sentences();
    // Rule "written quotation": "yesterday" in a document read out counts from its writing.
    let mut at = 0;
    let mut unanchored = |span: Span| {
        while sentences.get(at).is_some_and(|s| s.end <= span.start) {
            at += 1;
        }
        sentences.get(at).is_some_and(|&s| {
            s.contains(span) && event::written_quote::unanchored(doc.text(), s, span)
        })
    };
    let mut dates = Vec::new();
    let mut unresolved = Vec::new();
    for t in timexes {
        match t.timex.interval {
            Some(_) if unanchored(t.timex.span) => unresolved.push(t.timex.span),
            Some(interval) => {
                dates.push(DatedMention { span: t.timex.span, interval, basis: t.basis })
            }
            // Calendar expressions the anchor could not resolve ("on Wednesday" in an article
            // not known to the day); vague references ("recently") are not dates and are left
            // out.
            None if t.timex.value.starts_with("XXXX") => unresolved.push(t.timex.span),
            None => {}
        }
    }
    event::find(&event::Context {
        doc,
        sentences: &sentences,
        dates: &dates,
        unresolved: &unresolved,
        actors,
        published,
    })
}

/// The body's sentences, in text order.
/// The headline, or the first line when the parser found none.
fn title_of(text: &str, parsed: &Article) -> String {
    let span = parsed.title.unwrap_or_else(|| input::first_line(text));
    span.of(text).trim().to_string()
}

fn published_to_bundle(published: &PublishedDate) -> Option<bundle::Published> {
    let (interval, basis, evidence) = match published {
        PublishedDate::Stated(s) => (s.interval, Basis::Stated, vec![s.span]),
        PublishedDate::Inferred(i) => {
            (i.interval, Basis::Inferred, i.evidence.iter().map(|e| e.span).collect())
        }
        PublishedDate::Unbounded(_) => return None,
    };
    Some(bundle::Published {
        start: interval.start,
        end: interval.end,
        precision: interval.precision,
        basis,
        evidence,
    })
}

fn timex_to_bundle(text: &str, tagged: &Tagged) -> bundle::BundleTimex {
    let t = &tagged.timex;
    bundle::BundleTimex {
        start: t.span.start,
        end: t.span.end,
        text: t.span.of(text).to_string(),
        kind: t.kind.as_str().to_string(),
        value: t.value.clone(),
        modifier: t.modifier.map(|m| m.as_str().to_string()),
    }
}

/// Replaces per-article entity ids with corpus ids, keeping first-mention order and dropping
/// duplicates two local ids may merge into.
fn map_ids(ids: &mut Vec<String>, map: &BTreeMap<String, String>) {
    let mut out: Vec<String> = Vec::with_capacity(ids.len());
    for id in ids.drain(..) {
        let id = map.get(&id).cloned().unwrap_or(id);
        if !out.contains(&id) {
            out.push(id);
        }
    }
    *ids = out;
}

/// The stable machine-readable name of a decoding warning.
fn decode_warning_kind(warning: &DecodeWarning) -> &'static str {
    match warning {
        DecodeWarning::InvalidUtf8 { .. } => "invalid_utf8",
        DecodeWarning::Empty => "empty",
        DecodeWarning::LooksBinary { .. } => "looks_binary",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_becomes_an_article_in_order() {
        let bundle = build_bundle(&[
            Source { id: "b", bytes: b"Second\nbody" },
            Source { id: "a", bytes: b"First" },
        ]);
        let ids: Vec<&str> = bundle.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["b", "a"]);
        assert_eq!(bundle.articles[0].title, "Second");
    }

    #[test]
    fn bad_input_gives_warnings_and_keeps_the_article() {
        let bundle = build_bundle(&[
            Source { id: "empty", bytes: b"" },
            Source { id: "latin1", bytes: b"Caf\xe9 talks" },
        ]);
        assert_eq!(bundle.articles.len(), 2, "nothing the user gave is dropped");
        let kinds: Vec<(&str, &str)> = bundle
            .warnings
            .iter()
            .filter(|w| w.kind != "undated")
            .map(|w| (w.article.as_deref().unwrap(), w.kind.as_str()))
            .collect();
        assert_eq!(kinds, [("empty", "empty"), ("latin1", "invalid_utf8")]);
        assert_eq!(bundle.articles[1].text, "Caf\u{fffd} talks");
    }

    #[test]
    fn a_given_date_dates_an_undated_text_but_never_overrides_a_stated_one() {
        let hints = Hints { published: Some(jiff::civil::date(2023, 3, 15)) };
        let undated = b"Strike ends\n\nDockworkers ended their strike on Monday, the union said.";
        let one = analyze_with(Source { id: "u", bytes: undated }, hints);
        let p = one.article.published.as_ref().unwrap();
        assert_eq!((p.start, p.basis), (jiff::civil::date(2023, 3, 15), Basis::Stated));
        assert_eq!(one.events().len(), 1, "Monday is now a day: {:?}", one.events());
        assert_eq!(one.events()[0].when.start, jiff::civil::date(2023, 3, 13));
        assert!(one.warnings.iter().any(|w| w.kind == "date_given"));

        let dated = b"Strike ends\n\n14 March 2023\n\nDockworkers ended their strike on Monday.";
        let one = analyze_with(Source { id: "d", bytes: dated }, hints);
        assert_eq!(one.article.published.as_ref().unwrap().start, jiff::civil::date(2023, 3, 14));
    }

    #[test]
    fn map_ids_merges_and_keeps_order() {
        let map: BTreeMap<String, String> =
            [("person:kim".to_string(), "person:kim-jong-un".to_string())].into();
        let mut ids = vec!["person:kim-jong-un".into(), "org:kcna".into(), "person:kim".into()];
        map_ids(&mut ids, &map);
        assert_eq!(ids, ["person:kim-jong-un", "org:kcna"]);
    }
}
