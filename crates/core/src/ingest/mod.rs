//! Files as people have them, made into articles: saved web pages, scraper exports and texts
//! with a table of what is known about each.
//!
//! [`read`] takes one file's name and bytes and gives the [`Record`]s in it, each an article
//! text and the [`Metadata`] the file states about it, plus an [`Error`] for every part that
//! could not be read (the rest is still read):
//! - **`.html`/`.htm`** (or bytes that start like a page): one article ([`html`]). The body
//!   (the `<article>`, or the block of the page densest in text) becomes the text; title, date,
//!   byline, outlet and canonical URL come from the page's metadata and markup.
//! - **`.jsonl`/`.ndjson`**: one article per line ([`records`]); a JSON object with a text key.
//! - **`.csv`**: one article per row, the first row naming the columns ([`records`]).
//! - anything else: one plain-text article, as before.
//!
//! [`MetadataTable`] reads a TSV or CSV of per-file metadata for a folder of texts
//! (`dateline parse DIR --metadata FILE`). Which key or column means what is the table in
//! [`fields`]. Metadata a file states wins over what the pipeline would infer from the text
//! ([`crate::corpus::analyze_record`]); each value keeps where it came from ([`Stated::from`]).
//!
//! Everything here is linear in the input and never panics; bad bytes are replaced and
//! reported, as for plain text.

pub mod fields;
pub mod html;
mod metadata_table;
pub mod records;

use jiff::civil::Date;

use crate::input::{self, DecodeWarning};
use crate::Error;

pub use metadata_table::MetadataTable;

/// A value a file states about an article, with where it says so (`"og:title"`,
/// `"JSON-LD datePublished"`, `"line 4 key title"`, `"metadata.tsv column publication_date"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stated<T> {
    pub value: T,
    pub from: String,
}

impl<T> Stated<T> {
    pub fn new(value: T, from: impl Into<String>) -> Stated<T> {
        Stated { value, from: from.into() }
    }
}

/// What a file states about one article, apart from its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    pub title: Option<Stated<String>>,
    pub published: Option<Stated<Date>>,
    pub authors: Option<Stated<Vec<String>>>,
    pub outlet: Option<Stated<String>>,
    pub url: Option<Stated<String>>,
}

impl Metadata {
    /// Fills what this metadata lacks from `other` (this one wins where both state a value).
    pub fn or(mut self, other: Metadata) -> Metadata {
        self.title = self.title.or(other.title);
        self.published = self.published.or(other.published);
        self.authors = self.authors.or(other.authors);
        self.outlet = self.outlet.or(other.outlet);
        self.url = self.url.or(other.url);
        self
    }

    pub fn is_empty(&self) -> bool {
        *self == Metadata::default()
    }
}

/// One article read from a file: its id, its text, what the file says about it, and notes
/// for the reader (what was left out of a page, a date that could not be read, bad bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The file's id for a file of one article; `ID-N` for the N-th record of a file of many
    /// (or the record's own `id` key or column).
    pub id: String,
    pub text: String,
    pub metadata: Metadata,
    pub notes: Vec<Note>,
}

/// Something the reader should know about a record; none of these stops the pipeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// Machine-readable: `invalid_utf8`, `looks_binary`, `left_out`, `bad_value`, …
    pub kind: String,
    pub message: String,
}

/// The kinds of file [`read`] tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    JsonLines,
    Csv,
}

impl Format {
    /// By the file name's extension; an unknown extension is text, unless the bytes begin
    /// like an HTML page (a doctype or an `<html>` tag after white space).
    pub fn of(name: &str, bytes: &[u8]) -> Format {
        let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
        match extension.as_deref() {
            Some("html" | "htm" | "xhtml") => Format::Html,
            Some("jsonl" | "ndjson") => Format::JsonLines,
            Some("csv") => Format::Csv,
            Some("txt" | "text") => Format::Text,
            _ if looks_like_html(bytes) => Format::Html,
            _ => Format::Text,
        }
    }
}

/// Whether the bytes start, after white space and a byte-order mark, with `<!doctype html` or
/// `<html`.
fn looks_like_html(bytes: &[u8]) -> bool {
    let start = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start =
        &start[start.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(start.len())..];
    let head = &start[..start.len().min(14)];
    let lower = head.to_ascii_lowercase();
    lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html")
}

/// What [`read`] made of one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ingested {
    pub records: Vec<Record>,
    /// Parts of the file that could not be read (a bad line or row, say why), in file order.
    pub errors: Vec<Error>,
}

/// Reads one file (`id`: its id in the corpus, `name`: its file name) into records.
pub fn read(id: &str, name: &str, bytes: &[u8]) -> Ingested {
    let decoded = input::decode(bytes);
    let notes: Vec<Note> = decoded.warnings.iter().map(decode_note).collect();
    let text = decoded.text.as_ref();
    match Format::of(name, bytes) {
        Format::Text => Ingested {
            records: vec![Record {
                id: id.to_string(),
                text: text.to_string(),
                metadata: Metadata::default(),
                notes,
            }],
            errors: Vec::new(),
        },
        Format::Html => {
            let page = html::read(text);
            let mut record_notes = notes;
            record_notes.extend(page.notes);
            Ingested {
                records: vec![Record {
                    id: id.to_string(),
                    text: page.text,
                    metadata: page.metadata,
                    notes: record_notes,
                }],
                errors: Vec::new(),
            }
        }
        Format::JsonLines => with_file_notes(records::read_json_lines(id, name, text), notes),
        Format::Csv => with_file_notes(records::read_csv(id, name, text), notes),
    }
}

/// Bad bytes in a file of many records are said once, on its first record.
fn with_file_notes(mut ingested: Ingested, notes: Vec<Note>) -> Ingested {
    if let Some(first) = ingested.records.first_mut() {
        let mut all = notes;
        all.append(&mut first.notes);
        first.notes = all;
    }
    ingested
}

fn decode_note(warning: &DecodeWarning) -> Note {
    let kind = match warning {
        DecodeWarning::InvalidUtf8 { .. } => "invalid_utf8",
        DecodeWarning::Empty => "empty",
        DecodeWarning::LooksBinary { .. } => "looks_binary",
    };
    Note { kind: kind.to_string(), message: warning.to_string() }
}

/// A publication date as metadata writes it: an ISO 8601 date (`2024-03-12`) or date-time
/// (`2024-03-12T09:30:00Z`, `2024-03-12 09:30:00+09:00`, fractions of seconds allowed); the
/// date is the calendar day as written, whatever the offset. `None` for anything else.
pub fn parse_published(text: &str) -> Option<Date> {
    let text = text.trim();
    let date = text.get(..10)?;
    let rest = &text[10..];
    let bytes = date.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && bytes[4] == b'-' && digits(5..7) && bytes[7] == b'-' && digits(8..10)) {
        return None;
    }
    if !(rest.is_empty() || valid_time(rest)) {
        return None;
    }
    let year: i16 = date[0..4].parse().ok()?;
    let month: i8 = date[5..7].parse().ok()?;
    let day: i8 = date[8..10].parse().ok()?;
    Date::new(year, month, day).ok()
}

/// `T09:30`, ` 09:30:00.123Z`, `T09:30:00+09:00`, …: what may follow the date.
fn valid_time(rest: &str) -> bool {
    let Some(time) = rest.strip_prefix(['T', 't', ' ']) else {
        return false;
    };
    let allowed =
        |c: char| c.is_ascii_digit() || matches!(c, ':' | '.' | ',' | '+' | '-' | 'Z' | 'z');
    let starts_with_hour = time.len() >= 5
        && time.as_bytes()[..2].iter().all(u8::is_ascii_digit)
        && time.as_bytes()[2] == b':';
    starts_with_hour && time.chars().all(|c| allowed(c) || c == ' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_come_from_the_extension_or_a_page_start() {
        assert_eq!(Format::of("a.HTML", b""), Format::Html);
        assert_eq!(Format::of("a.jsonl", b""), Format::JsonLines);
        assert_eq!(Format::of("export.CSV", b""), Format::Csv);
        assert_eq!(Format::of("a.txt", b"<html>"), Format::Text);
        assert_eq!(Format::of("saved", b"\xEF\xBB\xBF \n<!DOCTYPE html><p>x"), Format::Html);
        assert_eq!(Format::of("pasted", b"SEOUL, July 27"), Format::Text);
        assert_eq!(Format::of("", b""), Format::Text);
    }

    #[test]
    fn published_dates_read_iso_dates_and_date_times() {
        let day = jiff::civil::date(2016, 9, 12);
        assert_eq!(parse_published("2016-09-12"), Some(day));
        assert_eq!(parse_published(" 2016-09-12T23:10:00-04:00 "), Some(day));
        assert_eq!(parse_published("2016-09-12 09:30:00.123Z"), Some(day));
        assert_eq!(parse_published("2016-09-12T09:30Z"), Some(day));
        assert_eq!(parse_published("2016-02-30"), None);
        assert_eq!(parse_published("12/09/2016"), None);
        assert_eq!(parse_published("2016-09-12 and more"), None);
        assert_eq!(parse_published("2016-09-1é"), None);
        // A multi-byte character where the minutes' colon goes is no time (and no panic).
        assert_eq!(parse_published("2016-09-12T12é:00"), None);
        assert_eq!(parse_published(""), None);
    }

    #[test]
    fn plain_text_is_one_record_with_its_decode_notes() {
        let ingested = read("story", "story.txt", b"Seoul \xff said");
        assert_eq!(ingested.records.len(), 1);
        let record = &ingested.records[0];
        assert_eq!((record.id.as_str(), record.text.as_str()), ("story", "Seoul \u{fffd} said"));
        assert_eq!(record.notes[0].kind, "invalid_utf8");
        assert!(record.metadata.is_empty());
    }

    #[test]
    fn metadata_or_keeps_its_own_values_first() {
        let mine =
            Metadata { title: Some(Stated::new("A".into(), "og:title")), ..Metadata::default() };
        let theirs = Metadata {
            title: Some(Stated::new("B".into(), "<title>")),
            url: Some(Stated::new("u".into(), "og:url")),
            ..Metadata::default()
        };
        let both = mine.or(theirs);
        assert_eq!(both.title.unwrap().value, "A");
        assert_eq!(both.url.unwrap().from, "og:url");
    }
}
