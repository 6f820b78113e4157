//! One worker's state and work: read articles one at a time (reusing the reading of an article
//! whose bytes and date did not change), then merge those read, with the embedded articles
//! when asked, into one bundle.
//!
//! The page sends every article it has before each merge, so the worker's state is only a
//! cache: a new worker gives the same answers, more slowly.

use std::collections::HashMap;

use dateline_core::bundle::Bundle;
use dateline_core::corpus::{analyze, assemble, Analyzed, Hints, Source};
use jiff::civil::Date;

use crate::intake::{read_article, Read, Refused};
use crate::messages::{fill, for_tag};
use crate::protocol::Outcome;

/// One article to read.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub id: String,
    /// The file name, or the pasted text's first words (for messages).
    pub name: String,
    pub bytes: Vec<u8>,
    /// The reader's `YYYY-MM-DD` publication date, for texts that state none. Anything that
    /// is not a valid day is ignored (the page's date field gives only valid ones).
    pub published: Option<String>,
    /// The page's locale tag, for the messages about it ([`crate::messages::for_tag`]).
    pub lang: Option<String>,
}

impl Text {
    fn hints(&self) -> Hints {
        Hints { published: self.published.as_deref().and_then(|d| d.parse::<Date>().ok()) }
    }
}

/// An article read, kept while it is sent again unchanged.
struct Cached {
    text: Text,
    read: Result<Read, Refused>,
}

/// The worker's state.
#[derive(Default)]
pub struct Session {
    /// The embedded articles, analysed on the first merge that asks for them.
    seeds: Option<Vec<Analyzed>>,
    /// By article id.
    cache: HashMap<String, Cached>,
}

impl Session {
    /// Reads one article (or reuses the last reading of the same bytes and date).
    pub fn read(&mut self, text: Text) -> Outcome {
        let stale = self.cache.get(&text.id).is_none_or(|cached| cached.text != text);
        if stale {
            let say = for_tag(text.lang.as_deref());
            let read = read_article(&text.id, &text.name, &text.bytes, text.hints(), say);
            self.cache.insert(text.id.clone(), Cached { text: text.clone(), read });
        }
        let (refused, notes) = match self.cache.get(&text.id).map(|c| &c.read) {
            Some(Ok(read)) => (None, read.notes.clone()),
            Some(Err(Refused(why))) => (Some(why.clone()), Vec::new()),
            // Inserted above when it was not there.
            None => {
                let say = for_tag(text.lang.as_deref());
                (Some(fill(say.unreadable, &[("name", &text.name)])), Vec::new())
            }
        };
        Outcome { id: text.id, refused, notes }
    }

    /// The articles `ids` (those read and kept; others are skipped) merged, after the
    /// embedded articles when `seeds`. Articles not named are forgotten.
    pub fn merge(&mut self, seeds: bool, ids: &[String]) -> Bundle {
        self.cache.retain(|id, _| ids.contains(id));
        let mut analyzed: Vec<Analyzed> = Vec::new();
        if seeds {
            analyzed.extend(self.seeds().iter().cloned());
        }
        for id in ids {
            if let Some(Cached { read: Ok(read), .. }) = self.cache.get(id) {
                analyzed.extend(read.analyzed.iter().cloned());
            }
        }
        assemble(analyzed)
    }

    fn seeds(&mut self) -> &[Analyzed] {
        self.seeds.get_or_insert_with(|| {
            dateline_seeds::SEEDS
                .iter()
                .map(|s| analyze(Source { id: s.id, bytes: s.bytes }))
                .collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(id: &str, body: &str) -> Text {
        Text {
            id: id.into(),
            name: format!("{id}.txt"),
            bytes: body.into(),
            published: None,
            lang: None,
        }
    }

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn article_ids(bundle: &Bundle) -> Vec<&str> {
        bundle.articles.iter().map(|a| a.id.as_str()).collect()
    }

    const HOTLINE: &str = "Koreas restore hotline\n\nSEOUL, July 27, 2021 (Wire) - North and \
        South Korea restored their hotline on Tuesday, a year after the North cut it off, the \
        presidential office in Seoul said.";

    #[test]
    fn articles_are_read_one_at_a_time_and_bad_ones_refused() {
        let mut session = Session::default();
        assert_eq!(session.read(text("hotline", HOTLINE)).refused, None);
        let blank = session.read(text("blank", "  \n"));
        assert!(blank.refused.as_deref().is_some_and(|r| r.contains("“blank.txt” is empty")));
        let bundle = session.merge(false, &ids(&["hotline", "blank", "never-read"]));
        assert_eq!(article_ids(&bundle), ["hotline"], "refused and unread ones are skipped");
        assert!(!bundle.events.is_empty());
    }

    #[test]
    fn an_article_sent_again_unchanged_is_not_read_again() {
        let mut session = Session::default();
        session.read(text("a", HOTLINE));
        let first =
            session.cache["a"].read.as_ref().ok().map(|r| r.analyzed[0].article.text.as_ptr());
        session.read(text("a", HOTLINE));
        let again =
            session.cache["a"].read.as_ref().ok().map(|r| r.analyzed[0].article.text.as_ptr());
        assert_eq!(first, again, "the same reading");
        let mut dated = text("a", HOTLINE);
        dated.published = Some("2021-07-28".into());
        session.read(dated);
        let redone =
            session.cache["a"].read.as_ref().ok().map(|r| r.analyzed[0].article.text.as_ptr());
        assert_ne!(first, redone, "a new date hint is a new reading");
        session.read(text("b", HOTLINE));
        session.merge(false, &ids(&["b"]));
        assert!(!session.cache.contains_key("a"), "an article the merge leaves out is forgotten");
    }

    #[test]
    fn the_embedded_articles_come_first_and_merge_as_the_core_merges() {
        let mut session = Session::default();
        session.read(text("hotline", HOTLINE));
        let bundle = session.merge(true, &ids(&["hotline"]));
        let mut sources: Vec<Source<'_>> =
            dateline_seeds::SEEDS.iter().map(|s| Source { id: s.id, bytes: s.bytes }).collect();
        sources.push(Source { id: "hotline", bytes: HOTLINE.as_bytes() });
        // One pipeline everywhere: the same bundle as the core's own merge of the sources.
        assert_eq!(bundle, dateline_core::corpus::build_bundle(&sources));
        assert_eq!(article_ids(&bundle).last(), Some(&"hotline"));
    }

    #[test]
    fn a_date_hint_dates_an_undated_article() {
        let undated = "Hotline restored\n\nNorth and South Korea restored their hotline on \
            Tuesday, the presidential office said.";
        let mut session = Session::default();
        let before = session.read(text("u", undated));
        assert!(before.notes.iter().any(|n| n.contains("does not say when")), "{before:?}");
        assert!(session.merge(false, &ids(&["u"])).events.is_empty());
        let dated = Text { published: Some("2021-07-27".into()), ..text("u", undated) };
        assert!(session.read(dated).notes.is_empty());
        assert!(!session.merge(false, &ids(&["u"])).events.is_empty());
        let garbled = Text { published: Some("27/07/2021".into()), ..text("u", undated) };
        session.read(garbled);
        assert!(session.merge(false, &ids(&["u"])).events.is_empty(), "not a date: ignored");
    }
}
