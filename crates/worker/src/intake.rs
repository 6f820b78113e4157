//! The checks on a text a reader gives, and the notes said about it.
//!
//! Refused with a message, nothing added: texts over [`MAX_ARTICLE_BYTES`], empty texts and
//! binary files. Kept with a note: invalid UTF-8 (the bytes are replaced), text that does not
//! look like English, and an article that states no publication date (its relative dates
//! stay undated unless another article pins them, or the reader gives a date).
//!
//! A file is made into articles by `dateline_core::ingest`: a `.txt` file or a saved page
//! (`.html`) is one; a `.jsonl` or `.csv` export is one per record, named `FILE-ID/RECORD-ID`
//! so that the page knows which file each came from. A record that cannot be read is a note
//! (its line and what is wrong); an export with no readable record is refused.

use dateline_core::corpus::{analyze_record, Analyzed, Hints};
use dateline_core::ingest::{self, Format};

use crate::messages::{fill, Messages};

/// Larger texts are refused: a long news article is about 50 KB, and a text of several
/// megabytes is a corpus pasted as one article, which reads badly (one title, one date).
pub const MAX_ARTICLE_BYTES: usize = 2_000_000;

/// A text read and kept.
#[derive(Debug, Clone)]
pub struct Read {
    /// One article, or one per record of an export.
    pub analyzed: Vec<Analyzed>,
    /// Said about it (not English, bad bytes replaced, no date), for people.
    pub notes: Vec<String>,
}

/// Why a text was not added.
#[derive(Debug, Clone, PartialEq)]
pub struct Refused(pub String);

/// Analyses one text the reader gave. Texts too large, empty or binary are refused with a
/// message; others are kept, with notes about anything doubtful (replaced bytes, not English).
/// Messages and notes are said in `say`'s language.
pub fn read_article(
    id: &str,
    name: &str,
    bytes: &[u8],
    hints: Hints,
    say: &Messages,
) -> Result<Read, Refused> {
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(Refused(too_large(say, name, bytes.len())));
    }
    let ingested = ingest::read(id, name, bytes);
    let export = matches!(Format::of(name, bytes), Format::JsonLines | Format::Csv);
    let mut notes: Vec<String> = ingested.errors.iter().map(ToString::to_string).collect();
    if export && ingested.records.is_empty() {
        let why = if notes.is_empty() { say.no_record.to_string() } else { notes.join(" ") };
        return Err(Refused(fill(say.no_article, &[("name", &name), ("why", &why)])));
    }
    let mut analyzed = Vec::new();
    for mut record in ingested.records {
        if export {
            record.id =
                format!("{id}/{}", record.id.strip_prefix(&format!("{id}-")).unwrap_or(&record.id));
        }
        let one = analyze_record(&record, hints);
        let record_notes = article_notes(say, name, &one)?;
        if export {
            notes.extend(record_notes.into_iter().map(|n| format!("{}: {n}", record.id)));
        } else {
            notes.extend(record_notes);
        }
        analyzed.push(one);
    }
    Ok(Read { analyzed, notes })
}

/// The notes on one article read, or why it is refused (binary, empty).
fn article_notes(say: &Messages, name: &str, analyzed: &Analyzed) -> Result<Vec<String>, Refused> {
    let kinds: Vec<&str> = analyzed.warnings.iter().map(|w| w.kind.as_str()).collect();
    if kinds.contains(&"looks_binary") {
        return Err(Refused(fill(say.binary, &[("name", &name)])));
    }
    if kinds.contains(&"empty") {
        return Err(Refused(fill(say.empty, &[("name", &name)])));
    }
    let mut notes = Vec::new();
    if kinds.contains(&"invalid_utf8") {
        notes.push(say.not_utf8.to_string());
    }
    if kinds.contains(&"undated") {
        notes.push(say.undated.to_string());
    }
    // What a page left out, a date its metadata gives that the text contradicts, values that
    // could not be read: said as the core says them.
    for warning in &analyzed.warnings {
        if matches!(warning.kind.as_str(), "left_out" | "bad_value" | "date_disagrees") {
            let message =
                warning.message.split_once(": ").map_or(warning.message.as_str(), |(_, m)| m);
            let mut chars = message.chars();
            let first: String =
                chars.next().map(|c| c.to_uppercase().collect()).unwrap_or_default();
            notes.push(format!("{first}{}.", chars.as_str()));
        }
    }
    if !looks_english(&analyzed.article.text) {
        notes.push(say.not_english.to_string());
    }
    Ok(notes)
}

/// The message for a text over [`MAX_ARTICLE_BYTES`].
pub fn too_large(say: &Messages, name: &str, bytes: usize) -> String {
    too_large_as(say.too_large, name, bytes)
}

/// The message for a text over [`MAX_ARTICLE_BYTES`], from a template with the holes of
/// [`Messages::too_large`] (the page fills its own locale's, so as not to carry the worker's
/// every language).
pub fn too_large_as(template: &str, name: &str, bytes: usize) -> String {
    // Tenths of a megabyte in integers: float formatting would add kilobytes to the wasm.
    let tenths = (bytes + 50_000) / 100_000;
    let mb = format!("{}.{}", tenths / 10, tenths % 10);
    let max = MAX_ARTICLE_BYTES / 1_000_000;
    fill(template, &[("name", &name), ("mb", &mb), ("max", &max)])
}

/// Words that make up a good part of any English text.
const ENGLISH_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "a", "is", "was", "that", "for", "on", "said", "with", "he",
    "it", "as", "by", "at", "his", "from", "has", "have", "had", "be", "are", "were", "an", "they",
    "their", "this", "which", "not", "but", "will", "would", "after", "who",
];

/// Whether a text reads as English: in English prose about a third of the words are a few
/// dozen short function words; in other languages written in Latin letters few are, and in
/// other scripts few words are in Latin letters at all. Texts under 20 words are not judged.
pub fn looks_english(text: &str) -> bool {
    let (mut words, mut latin, mut common) = (0usize, 0usize, 0usize);
    for word in text.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()) {
        words += 1;
        if word.chars().all(|c| c.is_ascii_alphabetic() || c == '\'') {
            latin += 1;
            let lower = word.to_ascii_lowercase();
            if ENGLISH_WORDS.contains(&lower.as_str()) {
                common += 1;
            }
        }
    }
    words < 20 || (latin * 2 >= words && common * 100 >= words * 12)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{EN, KO};

    const ARTICLE: &str =
        "Koreas restore hotline\n\nSEOUL, July 27, 2021 (Wire) - North and South \
        Korea restored their hotline on Tuesday, a year after the North cut it off, the \
        presidential office in Seoul said. The leaders have exchanged letters since April.";

    #[test]
    fn an_english_article_is_added_without_notes() {
        let article =
            read_article("hotline", "hotline.txt", ARTICLE.as_bytes(), Hints::default(), &EN)
                .unwrap();
        assert_eq!(article.analyzed[0].article.title, "Koreas restore hotline");
        assert!(article.notes.is_empty(), "{:?}", article.notes);
    }

    #[test]
    fn binary_empty_and_huge_inputs_are_refused_with_a_message() {
        let binary: Vec<u8> = (0..4000u32).map(|i| (i * 7 % 256) as u8).collect();
        let Refused(message) =
            read_article("x", "photo.jpg", &binary, Hints::default(), &EN).unwrap_err();
        assert!(message.contains("“photo.jpg” looks like a binary file"), "{message}");
        let Refused(message) =
            read_article("x", "blank.txt", b" \n\t\n", Hints::default(), &EN).unwrap_err();
        assert!(message.contains("empty"), "{message}");
        let huge = vec![b'a'; 20_000_000];
        let Refused(message) =
            read_article("x", "corpus.txt", &huge, Hints::default(), &EN).unwrap_err();
        assert!(message.contains("20.0 MB") && message.contains("up to 2 MB"), "{message}");
        assert!(too_large(&EN, "x", 2_345_678).contains("is 2.3 MB"));
    }

    #[test]
    fn doubtful_input_is_added_with_notes() {
        let latin1 = ARTICLE.replace("Seoul", "S\u{e9}oul");
        let mut bytes = latin1.into_bytes();
        let e = bytes.iter().position(|&b| b == 0xc3).unwrap();
        bytes.splice(e..e + 2, [0xe9]);
        let article = read_article("a", "a.txt", &bytes, Hints::default(), &EN).unwrap();
        assert_eq!(article.notes.len(), 1);
        assert!(article.notes[0].contains("not UTF-8"));

        let undated = "Talks collapse\n\nTalks aimed at ending the rail dispute collapsed on \
            Tuesday, the union said. Members had been left with no choice, it said.";
        let article =
            read_article("c", "c.txt", undated.as_bytes(), Hints::default(), &EN).unwrap();
        assert!(
            article.notes.iter().any(|n| n.contains("does not say when")),
            "{:?}",
            article.notes
        );

        // The reader's date stands in for the one the text does not state.
        let given = Hints { published: Some(jiff::civil::date(2024, 3, 12)) };
        let article = read_article("c", "c.txt", undated.as_bytes(), given, &EN).unwrap();
        assert!(article.notes.is_empty(), "{:?}", article.notes);
        let dates: Vec<String> =
            article.analyzed[0].events().iter().map(|e| format!("{:?}", e.when)).collect();
        assert!(dates.iter().any(|d| d.contains("2024-03-")), "{dates:?}");

        let german = "Die beiden koreanischen Staaten haben ihre Telefonleitung wieder \
            hergestellt, ein Jahr nachdem der Norden sie gekappt hatte, teilte das Präsidialamt \
            in Seoul am Dienstag mit. Die Staatschefs tauschen seit April Briefe aus.";
        let article = read_article("b", "b.txt", german.as_bytes(), Hints::default(), &EN).unwrap();
        assert!(article.notes.iter().any(|n| n.contains("not look like English")));
    }

    #[test]
    fn pages_are_one_article_and_exports_one_per_record() {
        let page = format!(
            "<!doctype html><title>Hotline | Wire</title><meta property=\"og:site_name\" \
             content=\"Wire\"><meta property=\"article:published_time\" content=\"2021-07-27\">\
             <nav><a>Home</a></nav><article><p>{}</p></article>",
            ARTICLE.replace('\n', " ")
        );
        let read = read_article("p", "saved", page.as_bytes(), Hints::default(), &EN).unwrap();
        assert_eq!(read.analyzed.len(), 1);
        let article = &read.analyzed[0].article;
        assert_eq!((article.title.as_str(), article.outlet.as_deref()), ("Hotline", Some("Wire")));
        assert!(
            read.notes.iter().any(|n| n.starts_with("Left out of the page")),
            "{:?}",
            read.notes
        );

        let export = "{\"text\": \"Talks resumed on Tuesday.\", \"published\": \"2024-03-12\"}\n\
                      oops\n{\"id\": \"b\", \"text\": \"Talks ended on Friday.\"}";
        let read = read_article("x", "x.jsonl", export.as_bytes(), Hints::default(), &EN).unwrap();
        let ids: Vec<&str> = read.analyzed.iter().map(|a| a.article.id.as_str()).collect();
        assert_eq!(ids, ["x/1", "x/b"]);
        assert!(read.notes[0].starts_with("x.jsonl, line 2: not JSON"), "{:?}", read.notes);
        assert!(read.notes.iter().any(|n| n.starts_with("x/b: It does not say when")));

        let Refused(why) =
            read_article("y", "y.csv", b"title\nA\n", Hints::default(), &EN).unwrap_err();
        assert!(why.contains("no text column"), "{why}");
    }

    #[test]
    fn english_is_told_from_other_languages_and_scripts() {
        assert!(looks_english(ARTICLE));
        assert!(looks_english("Short note."), "too short to judge");
        let korean =
            "남북한은 화요일 통신선을 복구했다고 청와대가 밝혔다. 북한이 통신선을 끊은 지 \
            1년 만이다. 두 정상은 4월부터 친서를 주고받았다. 청와대 대변인은 이날 브리핑에서 \
            이같이 말했다. 양측은 오전 10시 통화를 했다.";
        assert!(!looks_english(korean));
        let french = "Les deux Corées ont rétabli mardi leur ligne de communication, un an \
            après que le Nord l'a coupée, a annoncé la présidence à Séoul. Les dirigeants \
            échangent des lettres depuis avril, selon un porte-parole du gouvernement.";
        assert!(!looks_english(french));
    }

    #[test]
    fn refusals_and_notes_are_said_in_the_readers_language() {
        let why = read_article("x", "blank.txt", b" \n", Hints::default(), &KO).unwrap_err();
        assert_eq!(why, Refused("“blank.txt”은(는) 비어 있습니다. 읽을 글이 없습니다.".into()));
        let huge = vec![b'a'; MAX_ARTICLE_BYTES + 1];
        let why = read_article("x", "big.txt", &huge, Hints::default(), &KO).unwrap_err();
        assert!(why.0.contains("2.0MB") && why.0.contains("2MB까지"), "{why:?}");
    }
}
