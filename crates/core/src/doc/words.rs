//! Words rejoined from the doc's tokens: the view of a span the name and event readers take.
//!
//! The doc splits as Universal Dependencies does ("Jae - in", "did n't", "Moon 's"); a reader
//! of names wants "Jae-in" as one word and the possessive apart. [`Doc::words_in`] reads the
//! doc's tokens once more and joins them, without looking at characters the tokenizer has
//! already classified:
//! - *rule "glued word"*: tokens glued together that are both words or numbers are one word
//!   (a clitic "n't", "'m", "'re", the "not" of "cannot"), but the possessive `'s` stays apart
//!   as [`WordKind::Possessive`];
//! - *rule "inner hyphen"*: a hyphen glued between two words joins them ("Jae-in", "1950-53");
//! - *rule "plural possessive"*: a lone apostrophe glued after a word ending in "s" and followed
//!   by one blank and a lowercase word is a possessive ("leaders’ trust");
//! - *rule "abbreviation period"*: an abbreviation's single period is a mark of its own
//!   ("Mr." is `Mr` then `.`, "S." is `S` then `.`), a dotted form keeps its periods ("U.S.");
//! - *rule "leading apostrophe"*: an apostrophe opening a word that is no clitic ("'90s") is a
//!   mark before the word;
//! - numbers, links and e-mail addresses are one word as the doc has them ("10:30", "2,000");
//!   every other token (punctuation, a run of marks, a symbol) is one [`WordKind::Mark`].
//!
//! Linear in the number of tokens of the span.

use super::{is_apostrophe, Doc, Kind, Token};
use crate::Span;

/// What a rejoined word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordKind {
    /// Letters and digits, with inner hyphens and clitics ("Jong-Un", "didn't"), a number, a
    /// link, or a dotted form ("U.S.").
    Word,
    /// A possessive ending, `'s`, `’s` or a lone apostrophe after a plural ("leaders’").
    Possessive,
    /// A punctuation mark, a run of one mark ("..."), a symbol, or an abbreviation's period.
    Mark,
}

/// One rejoined word: where it is and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub span: Span,
    pub kind: WordKind,
}

impl Word {
    pub fn text(self, text: &str) -> &str {
        self.span.of(text)
    }

    pub fn is_word(self) -> bool {
        self.kind == WordKind::Word
    }

    /// Whether the word is a mark starting with `mark`.
    pub fn is_mark(self, text: &str, mark: char) -> bool {
        self.kind == WordKind::Mark && self.text(text).starts_with(mark)
    }

    /// Whether the word starts with an uppercase letter (a digit-led word like "Covid-19" does
    /// not).
    pub fn is_capitalized(self, text: &str) -> bool {
        self.is_word() && self.text(text).chars().next().is_some_and(char::is_uppercase)
    }
}

/// Whether the token is made of letters or digits (a word, a number, a link).
fn wordlike(t: &Token) -> bool {
    matches!(t.kind, Kind::Word | Kind::Number | Kind::Link)
}

impl Doc<'_> {
    /// The rejoined words of `span` of the text (see the module docs). Tokens that `span` cuts
    /// are cut to it; a span that does not fit the text on char boundaries gives none.
    ///
    /// The whole text's words are found once and kept; a span whose edges no join crosses
    /// (every sentence, as a rule) takes its part of them, any other span is read anew.
    pub fn words_in(&self, span: Span) -> Vec<Word> {
        let text = self.text();
        if text.get(span.start..span.end).is_none() {
            return Vec::new();
        }
        let range = self.tokens_in(span);
        let toks = self.tokens();
        let whole = |i: usize| toks.get(i).is_none_or(|t: &Token| t.spaced);
        let clean = range.is_empty()
            || (toks[range.start].span.start >= span.start
                && toks[range.end - 1].span.end <= span.end
                && whole(range.start)
                && whole(range.end));
        if !clean {
            return read_words(text, &toks[range], span);
        }
        let all = self.words.get_or_init(|| read_words(text, toks, Span::new(0, text.len())));
        let from = all.partition_point(|w| w.span.start < span.start);
        let to = from + all[from..].partition_point(|w| w.span.end <= span.end);
        let part = &all[from..to];
        // Rule "plural possessive" looks past the apostrophe: at the span's end it is a mark.
        match part.last() {
            Some(w) if w.kind == WordKind::Possessive && !is_possessive_s(w.text(text)) => {
                read_words(text, &toks[range], span)
            }
            _ => part.to_vec(),
        }
    }
}

/// The rejoined words of `toks`, the tokens of the text that overlap `span`, cut to it.
fn read_words(text: &str, toks: &[Token], span: Span) -> Vec<Word> {
    let clip = |t: &Token| Span::new(t.span.start.max(span.start), t.span.end.min(span.end));
    let bytes = |t: &Token| clip(t).of(text).as_bytes();
    let glued = |j: usize| j > 0 && toks.get(j).is_some_and(|t| !t.spaced);
    let mut out: Vec<Word> = Vec::with_capacity(toks.len() + 1);
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let span_t = clip(t);
        if span_t.start >= span_t.end {
            i += 1;
            continue;
        }
        let after_word = glued(i) && wordlike(&toks[i - 1]);
        // Rule "glued word" keeps the possessive apart.
        if after_word && t.kind == Kind::Word && is_possessive_s(span_t.of(text)) {
            out.push(Word { span: span_t, kind: WordKind::Possessive });
            i += 1;
            continue;
        }
        if !wordlike(t) {
            let kind = if after_word && plural_possessive(text, toks, i, span) {
                WordKind::Possessive
            } else {
                WordKind::Mark
            };
            out.push(Word { span: span_t, kind });
            i += 1;
            continue;
        }
        // Rule "leading apostrophe".
        let mut start = span_t.start;
        let a = apostrophe_len(bytes(t));
        if a > 0 && span_t.end - start > a {
            out.push(Word { span: Span::new(start, start + a), kind: WordKind::Mark });
            start += a;
        }
        let mut end = span_t.end;
        let mut j = i + 1;
        while glued(j)
            && toks[j - 1].kind != Kind::Link
            && bytes(&toks[j - 1]).last() != Some(&b'.')
        {
            let next = &toks[j];
            let joins = |t: &Token| wordlike(t) && t.kind != Kind::Link;
            if joins(next) && !is_possessive_s(clip(next).of(text)) {
                // Rule "glued word": clitics other than the possessive join the word.
                end = clip(next).end;
                j += 1;
            } else if is_hyphen(bytes(next))
                && glued(j + 1)
                && joins(&toks[j + 1])
                && apostrophe_len(bytes(&toks[j + 1])) == 0
            {
                // Rule "inner hyphen".
                end = clip(&toks[j + 1]).end;
                j += 2;
            } else {
                break;
            }
        }
        // Rule "abbreviation period".
        let word = Span::new(start, end);
        let b = word.of(text).as_bytes();
        let single_period =
            b.len() > 1 && b.last() == Some(&b'.') && !b[..b.len() - 1].contains(&b'.');
        if single_period {
            out.push(Word { span: Span::new(start, end - 1), kind: WordKind::Word });
            out.push(Word { span: Span::new(end - 1, end), kind: WordKind::Mark });
        } else if start < end {
            out.push(Word { span: word, kind: WordKind::Word });
        }
        i = j;
    }
    out
}

/// A hyphen or a non-breaking hyphen (U+2011), alone.
fn is_hyphen(b: &[u8]) -> bool {
    matches!(b, b"-" | [0xe2, 0x80, 0x91])
}

/// The length in bytes of the apostrophe (straight or curly) `b` starts with, or 0.
fn apostrophe_len(b: &[u8]) -> usize {
    match b {
        [b'\'', ..] => 1,
        [0xe2, 0x80, 0x99, ..] => 3,
        _ => 0,
    }
}

/// `'s` or `’s`, either case.
fn is_possessive_s(raw: &str) -> bool {
    let b = raw.as_bytes();
    let a = apostrophe_len(b);
    a > 0 && b.len() == a + 1 && matches!(b[a], b's' | b'S')
}

/// Rule "plural possessive": token `i` of `toks` is a lone apostrophe glued after a word
/// ending in "s", followed by one blank and a lowercase word, all within `span`.
fn plural_possessive(text: &str, toks: &[Token], i: usize, span: Span) -> bool {
    let (Some(before), Some(t), Some(next)) = (
        toks.get(i.wrapping_sub(1)),
        toks.get(i),
        toks.get(i + 1).filter(|n| n.span.end <= span.end),
    ) else {
        return false;
    };
    let lone = t.span.of(text).chars().next().is_some_and(is_apostrophe)
        && t.span.of(text).chars().count() == 1;
    let gap = text.get(t.span.end..next.span.start).unwrap_or("");
    let one_blank = gap.chars().count() == 1 && gap.chars().all(char::is_whitespace);
    lone && before.span.of(text).ends_with('s')
        && one_blank
        && next.span.of(text).chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        let doc = Doc::new(text);
        doc.words_in(Span::new(0, text.len())).iter().map(|w| w.span.of(text)).collect()
    }

    fn kinds(text: &str) -> Vec<WordKind> {
        Doc::new(text).words_in(Span::new(0, text.len())).iter().map(|w| w.kind).collect()
    }

    #[test]
    fn hyphens_and_clitics_are_rejoined() {
        assert_eq!(
            texts("Moon Jae-in didn't, Kim Jong‑Un cannot 1950-53"),
            ["Moon", "Jae-in", "didn't", ",", "Kim", "Jong‑Un", "cannot", "1950-53"]
        );
        assert_eq!(texts("-war- I'm"), ["-", "war", "-", "I'm"]);
    }

    #[test]
    fn possessives_stay_apart() {
        assert_eq!(texts("Moon's aide"), ["Moon", "'s", "aide"]);
        assert_eq!(kinds("Kim’s letter")[1], WordKind::Possessive);
        assert_eq!(texts("the leaders’ trust"), ["the", "leaders", "’", "trust"]);
        assert_eq!(kinds("the leaders’ trust")[2], WordKind::Possessive);
        // Not before a capital, nor a closing quote after a plural at the end.
        assert_eq!(kinds("the leaders’ Trust")[2], WordKind::Mark);
        assert_eq!(kinds("'Letters'")[2], WordKind::Mark);
    }

    #[test]
    fn abbreviation_periods_are_marks_but_dotted_forms_keep_theirs() {
        assert_eq!(
            texts("Mr. Kim, S. Rajaratnam, U.S. envoys at 10:30 a.m."),
            [
                "Mr",
                ".",
                "Kim",
                ",",
                "S",
                ".",
                "Rajaratnam",
                ",",
                "U.S.",
                "envoys",
                "at",
                "10:30",
                "a.m."
            ]
        );
    }

    #[test]
    fn leading_apostrophes_links_and_runs_of_marks() {
        assert_eq!(texts("the '90s..."), ["the", "'", "90s", "..."]);
        assert_eq!(texts("see www.example.com, 2,000"), ["see", "www.example.com", ",", "2,000"]);
    }

    #[test]
    fn a_cut_span_and_a_span_that_does_not_fit() {
        let text = "Moon Jae-in's aide";
        let doc = Doc::new(text);
        let part: Vec<&str> =
            doc.words_in(Span::new(5, 11)).iter().map(|w| w.span.of(text)).collect();
        assert_eq!(part, ["Jae-in"]);
        let cut: Vec<&str> =
            doc.words_in(Span::new(2, 7)).iter().map(|w| w.span.of(text)).collect();
        assert_eq!(cut, ["on", "Ja"]);
        assert!(Doc::new("é").words_in(Span::new(1, 2)).is_empty());
        assert!(Doc::new("abc").words_in(Span::new(2, 10)).is_empty());
    }

    #[test]
    fn a_part_of_the_kept_words_is_what_reading_the_span_anew_gives() {
        let text = "Moon's aides’ trust, Mr. Kim-Un didn't (U.S.) the leaders’ 10:30 '90s.";
        let doc = Doc::new(text);
        let cuts: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        for &a in &cuts {
            for &b in cuts.iter().filter(|&&b| b >= a) {
                let span = Span::new(a, b);
                let anew = read_words(text, &doc.tokens()[doc.tokens_in(span)], span);
                assert_eq!(doc.words_in(span), anew, "{a}..{b}");
            }
        }
    }

    #[test]
    fn other_scripts_and_blank_texts() {
        assert_eq!(texts("문재인 대통령은"), ["문재인", "대통령은"]);
        assert!(texts(" \n ").is_empty());
        assert_eq!(texts("'"), ["'"]);
    }
}
