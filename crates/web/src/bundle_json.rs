//! Reading a bundle's JSON in the browser, small.
//!
//! The core's `Bundle` derives `Deserialize`, but its dates go through jiff's full temporal
//! parser (offsets, time zones, ISO week dates, …), which costs the web build ~50 KB of gzip
//! of the 250 KB budget. A bundle's dates are always plain `YYYY-MM-DD` (the schema says so),
//! so this module mirrors the date-carrying types with a small `YYYY-MM-DD` reader and
//! converts to the core's types. Types without dates are the core's own.

use dateline_core::bundle::{
    Article, Bundle, BundleQuote, BundleTimex, Conflict, Entity, Event, Mention, Published,
    Removed, Status, Warning, When,
};
use dateline_core::{Basis, Precision, Span};
use jiff::civil::Date;
use serde::de::{Deserializer, Error as _};
use serde::Deserialize;

/// Parses a bundle from JSON text.
pub fn parse_bundle(json: &str) -> Result<Bundle, String> {
    let wire: WireBundle = serde_json::from_str(json).map_err(|e| e.to_string())?;
    Ok(wire.into())
}

/// A calendar date written `YYYY-MM-DD` (a leading `-` or `+` for years outside 0–9999).
struct IsoDate(Date);

impl<'de> Deserialize<'de> for IsoDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<IsoDate, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse_iso_date(&text)
            .map(IsoDate)
            .ok_or_else(|| D::Error::custom("expected a date YYYY-MM-DD"))
    }
}

/// `YYYY-MM-DD` → a date, `None` for anything else or an impossible day.
fn parse_iso_date(text: &str) -> Option<Date> {
    let (sign, rest) = match text.as_bytes().first()? {
        b'-' => (-1, text.get(1..)?),
        b'+' => (1, text.get(1..)?),
        _ => (1, text),
    };
    let mut parts = rest.split('-');
    let year: i16 = parts.next()?.parse().ok()?;
    let month: i8 = parts.next()?.parse().ok()?;
    let day: i8 = parts.next()?.parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    Date::new(sign * year, month, day).ok()
}

#[derive(Deserialize)]
struct WireBundle {
    schema: String,
    articles: Vec<WireArticle>,
    entities: Vec<Entity>,
    events: Vec<WireEvent>,
    warnings: Vec<Warning>,
}

#[derive(Deserialize)]
struct WireArticle {
    id: String,
    title: String,
    outlet: Option<String>,
    published: Option<WirePublished>,
    bylines: Vec<String>,
    text: String,
    removed: Vec<Removed>,
    timexes: Vec<BundleTimex>,
    quotes: Vec<BundleQuote>,
    #[serde(default)]
    sentences: Vec<Span>,
}

#[derive(Deserialize)]
struct WirePublished {
    start: IsoDate,
    end: IsoDate,
    precision: Precision,
    basis: Basis,
    evidence: Vec<Span>,
}

#[derive(Deserialize)]
struct WireWhen {
    start: IsoDate,
    end: IsoDate,
    precision: Precision,
    basis: Basis,
}

#[derive(Deserialize)]
struct WireEvent {
    id: String,
    title: String,
    kind: String,
    when: WireWhen,
    status: Status,
    participants: Vec<String>,
    sources: Vec<Mention>,
    conflicts: Vec<WireConflict>,
}

#[derive(Deserialize)]
struct WireConflict {
    when: WireWhen,
    source: Mention,
}

impl From<WireWhen> for When {
    fn from(w: WireWhen) -> When {
        When { start: w.start.0, end: w.end.0, precision: w.precision, basis: w.basis }
    }
}

impl From<WireBundle> for Bundle {
    fn from(w: WireBundle) -> Bundle {
        Bundle {
            schema: w.schema,
            articles: w.articles.into_iter().map(Article::from).collect(),
            entities: w.entities,
            events: w.events.into_iter().map(Event::from).collect(),
            warnings: w.warnings,
        }
    }
}

impl From<WireArticle> for Article {
    fn from(a: WireArticle) -> Article {
        Article {
            id: a.id,
            title: a.title,
            outlet: a.outlet,
            published: a.published.map(|p| Published {
                start: p.start.0,
                end: p.end.0,
                precision: p.precision,
                basis: p.basis,
                evidence: p.evidence,
            }),
            bylines: a.bylines,
            text: a.text,
            removed: a.removed,
            timexes: a.timexes,
            quotes: a.quotes,
            sentences: a.sentences,
        }
    }
}

impl From<WireEvent> for Event {
    fn from(e: WireEvent) -> Event {
        Event {
            id: e.id,
            title: e.title,
            kind: e.kind,
            when: e.when.into(),
            status: e.status,
            participants: e.participants,
            sources: e.sources,
            conflicts: e
                .conflicts
                .into_iter()
                .map(|c| Conflict { when: c.when.into(), source: c.source })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hand-written end-to-end fixture (events, entities, quotes, conflicts).
    const FIXTURE: &str = include_str!("../../../e2e/fixtures/koreas.json");

    #[test]
    fn reads_bundles_exactly_as_the_cores_own_deserializer_does() {
        let ours = parse_bundle(FIXTURE).unwrap();
        let core: Bundle = serde_json::from_str(FIXTURE).unwrap();
        assert_eq!(ours, core);
        assert!(!ours.events.is_empty() && !ours.entities.is_empty());
    }

    #[test]
    fn reads_what_the_core_writes() {
        let sources = [dateline_core::corpus::Source { id: "a", bytes: b"Title\n\nBody." }];
        let bundle = dateline_core::corpus::build_bundle(&sources);
        let json = serde_json::to_string(&bundle).unwrap();
        assert_eq!(parse_bundle(&json).unwrap(), bundle);
    }

    #[test]
    fn dates_outside_the_calendar_are_errors_not_panics() {
        for bad in ["2021-02-30", "2021-13-01", "2021-7", "21-07-27-1", "", "-", "x-y-z"] {
            assert_eq!(parse_iso_date(bad), None, "{bad}");
        }
        assert_eq!(parse_iso_date("2021-07-27"), Some(jiff::civil::date(2021, 7, 27)));
        assert_eq!(parse_iso_date("-0044-03-15"), Some(jiff::civil::date(-44, 3, 15)));
    }

    #[test]
    fn malformed_json_is_an_error_message() {
        assert!(parse_bundle("{").is_err());
        assert!(parse_bundle("{\"schema\":1}").is_err());
    }
}
