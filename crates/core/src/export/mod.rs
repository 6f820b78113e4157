//! Exports of a [`crate::bundle::Bundle`] to the formats newsrooms and tools already
//! use: TimelineJS3 JSON, CSV (one row per event) and iCalendar.
//!
//! Each exporter reads only the bundle, so the CLI and the web app produce identical files.
//! Text for people is taken from the bundle itself: an event's supporting sentence is read back
//! from its source article through the source span.

pub mod csv;
pub mod ics;
pub mod timelinejs;

use crate::bundle::{Bundle, Event};

/// The text of an event's first source, read back from its article (empty if the span is off).
fn first_source_sentence<'b>(bundle: &'b Bundle, event: &Event) -> &'b str {
    event
        .sources
        .iter()
        .find_map(|source| {
            let article = bundle.articles.iter().find(|a| a.id == source.article)?;
            article.text.get(source.start..source.end)
        })
        .map(str::trim)
        .unwrap_or("")
}

/// Entity names of an event's participants, in the event's order; unknown ids are skipped.
fn participant_names<'b>(bundle: &'b Bundle, event: &Event) -> Vec<&'b str> {
    entity_names(bundle, &event.participants)
}

/// Entity names of `ids`, in order; unknown ids are skipped.
fn entity_names<'b>(bundle: &'b Bundle, ids: &[String]) -> Vec<&'b str> {
    ids.iter()
        .filter_map(|id| bundle.entities.iter().find(|e| &e.id == id).map(|e| e.name.as_str()))
        .collect()
}
