//! One tokenization of a text, under every extractor.
//!
//! A [`Doc`] holds a text, its tokens (addressed by index), their lowercase norms (in one string
//! arena) and its sentences (as token ranges). Every stage reads the same tokens; a stage that
//! needs a different view (words rejoined across hyphens, numbers split at their colons) builds
//! it from these tokens and the glue between them, and never tokenizes the text again.
//!
//! **`doc` knows no extractor**: it holds text and tokens (and later syntax) only, and depends on
//! nothing in the core but [`Span`].
//!
//! # Tokenization conventions
//! The tokens are the ones a tagger and parser trained on Universal Dependencies English (EWT)
//! read:
//! - blanks (Unicode white space) separate tokens and are never tokens; zero-width characters
//!   (byte-order mark, zero-width space, word joiner, soft hyphen) are neither tokens nor space;
//! - every token records whether white space comes before it ([`Token::spaced`]) and whether a
//!   line break does ([`Token::line_break`]); a token not spaced is *glued* to the one before;
//! - hyphens and slashes between words are tokens of their own: "Jae-in" is `Jae` `-` `in`, with
//!   `-` and `in` glued ([`Doc::glued`]); so are "1950-53" and "well-known"; but a word after a
//!   bound prefix is one token with it, as EWT writes it ("re-elect", "anti-war", "mid-May",
//!   "e-mail"; [`prefixes`]);
//! - text decoded with the wrong encoding keeps its letters inside their word: "PeÃ±a" (for
//!   "Peña") is one token;
//! - clitics are split off the word before them: possessive `'s` and `'` ("Moon 's", "leaders
//!   '"), `'m`, `'re`, `'ve`, `'ll`, `'d`, and negation as UD writes it: "don't" → `do` `n't`,
//!   "can't" → `ca` `n't`, "won't" → `wo` `n't`; "cannot", "gonna", "wanna", "gotta" are split
//!   too (`can` `not`, `gon` `na`); an apostrophe inside a name stays ("O'Brien", "o'clock");
//!   straight and curly apostrophes are alike;
//! - punctuation marks are tokens of their own, a run of the same mark one token ("...", "--",
//!   "!!"); two apostrophes or two grave accents are one quotation mark (\`\`Yes,'' he said), as
//!   EWT writes `''`;
//! - abbreviations keep their period: dotted forms ("U.S.", "a.m.", "e.g."), the core's
//!   abbreviation table ("Mr.", "Feb.", "No.", "Inc."; [`abbreviations`]), U.S. states ("Okla.") and single capital
//!   initials ("S. Rajaratnam");
//! - numbers stay whole with their decimal point, thousands groups, clock and date parts ("3.5",
//!   "2,000", "10:30", "6/13/2019"); digits and letters together are one word ("1990s", "3rd",
//!   "A380", "2019년"); a year cut short is one token ("'90s");
//! - URLs ("https://…", "www.…") and e-mail addresses are one token ([`Kind::Link`]), less the
//!   punctuation that closes the sentence after them;
//! - words of other scripts are runs of letters, digits and combining marks, as in English.
//!
//! Tokenizing never panics and takes time linear in the length of the text.
//!
//! # Pieces
//! Rules written over letters, digits and marks (the dateline finder, the temporal tagger) read
//! [`Doc::pieces`]: the stretches of glued tokens cut at every change between letters, ASCII
//! digits and other characters ("10:30" is `10` `:` `30`).
//!
//! # Words
//! Readers of names and events read [`Doc::words_in`]: the tokens rejoined across inner hyphens
//! and clitics ("Jae-in", "didn't"), the possessive and an abbreviation's period apart (`words`).

pub mod abbreviations;
pub mod fold;
mod pieces;
mod prefixes;
pub mod syntax;
mod tokenize;
pub mod words;

use std::ops::Range;

use crate::Span;
pub use pieces::{Piece, PieceKind};
pub(crate) use tokenize::is_apostrophe;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Letters and digits (any script), possibly with an abbreviation's periods, an inner
    /// apostrophe, or a clitic ("'s", "n't").
    Word,
    /// ASCII digits, with their decimal point, thousands groups or clock parts ("2,000", "10:30").
    Number,
    /// A punctuation mark, or a run of the same mark ("...").
    Punct,
    /// A symbol: currency, math, `%`, `&`, `@`, emoji, anything else that is neither.
    Symbol,
    /// A URL or an e-mail address.
    Link,
}

/// One token: where it is, what it is and what comes before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// UTF-8 byte offsets into the text.
    pub span: Span,
    pub kind: Kind,
    /// White space (or the start of the text) comes right before the token.
    pub spaced: bool,
    /// A line break comes right before the token.
    pub line_break: bool,
}

/// A text and its tokens, norms and sentences.
#[derive(Debug, Clone)]
pub struct Doc<'t> {
    text: &'t str,
    /// The text with ASCII letters lowercased: the same byte offsets.
    lower: String,
    tokens: Vec<Token>,
    /// The lowercase norms of the tokens that are not ASCII, one after the other (an ASCII
    /// token's norm is its span of `lower`).
    norms: String,
    /// The end of each token's norm in `norms` (its start is the previous end); an empty
    /// range marks an ASCII token.
    norm_ends: Vec<usize>,
    /// Sentences as token ranges, in text order, not overlapping.
    sents: Vec<Range<usize>>,
    /// Each sentence's syntax, tagged and parsed on first use once [`Doc::parse_syntax`] has
    /// given the model (`syntax.rs`).
    syntax: Vec<syntax::SentenceSyntax>,
    /// The model that parses sentences on demand.
    model: Option<&'static syntax::Model>,
    /// The whole text's rejoined words, found on first use (`words.rs`).
    words: std::cell::OnceCell<Vec<words::Word>>,
}

impl<'t> Doc<'t> {
    /// Tokenizes `text`. The doc has no sentences until [`Doc::set_sentences`] gives them.
    pub fn new(text: &'t str) -> Doc<'t> {
        let tokens = tokenize::tokenize(text);
        let mut norms = String::new();
        let mut norm_ends = Vec::with_capacity(tokens.len());
        for t in &tokens {
            let raw = t.span.of(text);
            if !raw.is_ascii() {
                fold::push_fold(&mut norms, raw);
            }
            norm_ends.push(norms.len());
        }
        let lower = fold::ascii_lower(text);
        Doc {
            text,
            lower,
            tokens,
            norms,
            norm_ends,
            sents: Vec::new(),
            syntax: Vec::new(),
            model: None,
            words: std::cell::OnceCell::new(),
        }
    }

    /// Sets the sentences, given as spans of the text (as `article::sentences` finds them):
    /// each becomes the range of tokens that lie within it. Spans out of order or overlapping
    /// an earlier one are left out; tokens between sentences belong to none.
    pub fn set_sentences(&mut self, spans: &[Span]) {
        self.sents.clear();
        self.syntax.clear();
        let mut from = 0;
        for &span in spans {
            let start = from + self.tokens[from..].partition_point(|t| t.span.start < span.start);
            let end = start + self.tokens[start..].partition_point(|t| t.span.end <= span.end);
            if end > start {
                self.sents.push(start..end);
                from = end;
            }
        }
        // With a model already given, the new sentences parse on demand like the old ones.
        if let Some(model) = self.model {
            self.parse_syntax_with(model);
        }
    }

    /// The text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The text with its ASCII letters lowercased (same byte offsets).
    pub fn lower(&self) -> &str {
        &self.lower
    }

    /// All tokens, in text order.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether the text has no token.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// Token `i`, if there is one.
    pub fn token(&self, i: usize) -> Option<Token> {
        self.tokens.get(i).copied()
    }

    /// The kind of token `i`.
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Token `i` lowercased, with curly apostrophes made straight (`""` past the end).
    pub fn norm(&self, i: usize) -> &str {
        let Some(&end) = self.norm_ends.get(i) else { return "" };
        let start = if i == 0 { 0 } else { self.norm_ends[i - 1] };
        if start == end {
            // An ASCII token: its lowercase text.
            return self.tokens.get(i).map_or("", |t| t.span.of(&self.lower));
        }
        self.norms.get(start..end).unwrap_or("")
    }

    /// Token `i` as written (`""` past the end).
    pub fn raw(&self, i: usize) -> &'t str {
        self.tokens.get(i).map_or("", |t| t.span.of(self.text))
    }

    /// Whether token `i`'s norm is `word` (lowercase).
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.norm(i) == word
    }

    /// Token `i` exists and touches token `i - 1`, with no space between ("in" of "Jae-in").
    pub fn glued(&self, i: usize) -> bool {
        i > 0 && self.tokens.get(i).is_some_and(|t| !t.spaced)
    }

    /// Token `i` is punctuation starting with the mark `c`.
    pub fn punct(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(Kind::Punct) && self.raw(i).starts_with(c)
    }

    /// Token `i` begins a line (after a line break, not at the start of the text).
    pub fn line_start(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.line_break)
    }

    /// The tokens that overlap `span`, as an index range (found by binary search).
    pub fn tokens_in(&self, span: Span) -> Range<usize> {
        let start = self.tokens.partition_point(|t| t.span.end <= span.start);
        let end = start + self.tokens[start..].partition_point(|t| t.span.start < span.end);
        start..end
    }

    /// The sentences, as token ranges.
    pub fn sentences(&self) -> &[Range<usize>] {
        &self.sents
    }

    /// The index of the sentence token `i` is in.
    pub fn sent_of(&self, i: usize) -> Option<usize> {
        let k = self.sents.partition_point(|s| s.end <= i);
        self.sents.get(k).filter(|s| s.contains(&i)).map(|_| k)
    }

    /// The blank-free stretches of text that overlap `span`, clipped to it: each a run of glued
    /// tokens (what UD calls a space-delimited word, "Jae-in's"). Zero-width characters between
    /// glued tokens are inside a stretch. `span` must fit the text on char boundaries; otherwise
    /// there are none.
    pub fn stretches_in(&self, span: Span) -> impl Iterator<Item = Stretch> + '_ {
        let fits = self.text.get(span.start..span.end).is_some();
        let range = if fits { self.tokens_in(span) } else { 0..0 };
        let mut i = range.start;
        std::iter::from_fn(move || {
            let first = self.tokens[..range.end].get(i)?;
            let start = i;
            let mut end = first.span.end;
            i += 1;
            while let Some(t) = self.tokens[..range.end].get(i).filter(|t| !t.spaced) {
                end = t.span.end;
                i += 1;
            }
            Some(Stretch {
                span: Span::new(first.span.start.max(span.start), end.min(span.end)),
                tokens: start..i,
            })
        })
    }
}

/// A run of glued tokens: its text (clipped to the span asked for) and its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stretch {
    pub span: Span,
    pub tokens: Range<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        let doc = Doc::new(text);
        (0..doc.len()).map(|i| doc.raw(i)).collect()
    }

    #[test]
    fn contractions_split_as_ud_does() {
        assert_eq!(texts("I don't know"), ["I", "do", "n't", "know"]);
        assert_eq!(texts("we can't, won't"), ["we", "ca", "n't", ",", "wo", "n't"]);
        assert_eq!(texts("I'm sure they've left"), ["I", "'m", "sure", "they", "'ve", "left"]);
        assert_eq!(texts("she’ll say he’d"), ["she", "’ll", "say", "he", "’d"]);
        assert_eq!(texts("Didn’t"), ["Did", "n’t"]);
        assert_eq!(texts("I cannot, gonna"), ["I", "can", "not", ",", "gon", "na"]);
    }

    #[test]
    fn possessives_split_but_names_with_apostrophes_do_not() {
        assert_eq!(texts("Moon's aide"), ["Moon", "'s", "aide"]);
        assert_eq!(texts("the leaders’ trust"), ["the", "leaders", "’", "trust"]);
        assert_eq!(texts("O'Brien's 5 o'clock"), ["O'Brien", "'s", "5", "o'clock"]);
        assert_eq!(texts("the '90s"), ["the", "'90s"]);
        assert_eq!(texts("'Yes'"), ["'", "Yes", "'"]);
    }

    #[test]
    fn hyphens_split_and_the_pieces_are_glued() {
        let doc = Doc::new("Moon Jae-in, 1950-53");
        let raws: Vec<&str> = (0..doc.len()).map(|i| doc.raw(i)).collect();
        assert_eq!(raws, ["Moon", "Jae", "-", "in", ",", "1950", "-", "53"]);
        assert!(!doc.glued(1) && doc.glued(2) && doc.glued(3) && doc.glued(4));
        assert!(!doc.glued(5) && doc.glued(6) && doc.glued(7));
        assert!(!doc.glued(0));
    }

    #[test]
    fn a_bound_prefix_keeps_its_word_whole() {
        assert_eq!(texts("to re-elect Portman"), ["to", "re-elect", "Portman"]);
        assert_eq!(texts("an Anti-Castro co-founder"), ["an", "Anti-Castro", "co-founder"]);
        assert_eq!(texts("non-U.S. e-mail"), ["non", "-", "U.S.", "e-mail"]);
        // Words that are not bound prefixes split as before; a prefix before no letter too.
        assert_eq!(texts("well-known re-"), ["well", "-", "known", "re", "-"]);
        assert_eq!(texts("pre-1990"), ["pre", "-", "1990"]);
    }

    #[test]
    fn a_mojibake_letter_stays_in_its_word() {
        assert_eq!(texts("Enrique PeÃ±a Nieto"), ["Enrique", "PeÃ±a", "Nieto"]);
        assert_eq!(texts("cafÃ© rÃ©sumÃ©s"), ["cafÃ©", "rÃ©sumÃ©s"]);
        // Without the "Ã" lead the symbol is a token of its own.
        assert_eq!(texts("5±2 a±b"), ["5", "±", "2", "a", "±", "b"]);
    }

    #[test]
    fn abbreviations_and_initials_keep_their_period() {
        assert_eq!(
            texts("Mr. Kim met U.S. envoys at 10 a.m. on Feb. 28."),
            ["Mr.", "Kim", "met", "U.S.", "envoys", "at", "10", "a.m.", "on", "Feb.", "28", "."]
        );
        assert_eq!(texts("S. Rajaratnam, No. 5"), ["S.", "Rajaratnam", ",", "No.", "5"]);
        // Lowercase "no" and the pronoun at a sentence end are not abbreviations.
        assert_eq!(texts("said no. Not I."), ["said", "no", ".", "Not", "I", "."]);
        // A state after a city or a party ("Tulsa, Okla.", "D-Va."); not in lowercase.
        assert_eq!(
            texts("Tulsa, Okla., (D-Va.)"),
            ["Tulsa", ",", "Okla.", ",", "(", "D", "-", "Va.", ")"]
        );
        assert_eq!(texts("was ill."), ["was", "ill", "."]);
        assert_eq!(texts("a Calif.-based maker")[..3], ["a", "Calif", "."]);
    }

    #[test]
    fn numbers_keep_decimals_groups_and_clock_parts() {
        assert_eq!(
            texts("3.5% of 2,000 at 10:30, 6/13/2019."),
            ["3.5", "%", "of", "2,000", "at", "10:30", ",", "6/13/2019", "."]
        );
        assert_eq!(texts("the 1990s, 3rd, 1,2"), ["the", "1990s", ",", "3rd", ",", "1", ",", "2"]);
        assert_eq!(texts("$5"), ["$", "5"]);
        let doc = Doc::new("2,000 people");
        assert_eq!(doc.kind(0), Some(Kind::Number));
        assert_eq!(doc.kind(1), Some(Kind::Word));
    }

    #[test]
    fn urls_and_emails_are_one_token() {
        assert_eq!(
            texts("See https://example.com/a-b?c=1, or mail desk@news.example.org."),
            ["See", "https://example.com/a-b?c=1", ",", "or", "mail", "desk@news.example.org", "."]
        );
        assert_eq!(texts("(www.example.com)"), ["(", "www.example.com", ")"]);
        assert_eq!(texts("@handle a@b"), ["@", "handle", "a", "@", "b"]);
    }

    #[test]
    fn quotes_and_runs_of_marks() {
        assert_eq!(texts("“Yes,” he said..."), ["“", "Yes", ",", "”", "he", "said", "..."]);
        assert_eq!(texts("Really?! -- no"), ["Really", "?", "!", "--", "no"]);
        // Rule "doubled quote": typewritten double quotes are one mark each.
        assert_eq!(texts("``Yes,'' he said"), ["``", "Yes", ",", "''", "he", "said"]);
        assert_eq!(texts("''Dallas,'' the show"), ["''", "Dallas", ",", "''", "the", "show"]);
        assert_eq!(texts("the leaders' ''plan''"), ["the", "leaders", "'", "''", "plan", "''"]);
        assert_eq!(Doc::new("``Yes''").kind(0), Some(Kind::Punct));
        let doc = Doc::new("“Yes” $ 😀");
        assert_eq!(doc.kind(0), Some(Kind::Punct));
        assert_eq!(doc.kind(3), Some(Kind::Symbol));
        assert_eq!(doc.kind(4), Some(Kind::Symbol));
    }

    #[test]
    fn crlf_and_line_starts() {
        let doc = Doc::new("Seoul\r\n\r\nMonday\r\nnow");
        assert_eq!(doc.len(), 3);
        assert!(!doc.line_start(0) && doc.line_start(1) && doc.line_start(2));
        assert!(doc.tokens()[1].spaced);
        assert_eq!(doc.raw(1), "Monday");
    }

    #[test]
    fn other_scripts_make_words() {
        assert_eq!(texts("문재인 대통령은 2019년 6월"), ["문재인", "대통령은", "2019년", "6월"]);
        assert_eq!(texts("سيول اليوم"), ["سيول", "اليوم"]);
        assert_eq!(texts("नमस्ते दुनिया"), ["नमस्ते", "दुनिया"]);
        assert_eq!(texts("東京。大阪"), ["東京", "。", "大阪"]);
    }

    #[test]
    fn zero_width_characters_are_neither_tokens_nor_space() {
        let doc = Doc::new("\u{feff}Kim\u{200b}Jong");
        assert_eq!(doc.len(), 2);
        assert!(doc.glued(1));
        assert_eq!(doc.stretches_in(Span::new(0, doc.text().len())).count(), 1);
    }

    #[test]
    fn norms_are_lowercase_with_straight_apostrophes() {
        let doc = Doc::new("Moon’s ÉTÉ U.S.");
        assert_eq!(doc.norm(0), "moon");
        assert_eq!(doc.norm(1), "'s");
        assert_eq!(doc.norm(2), "été");
        assert!(doc.is(3, "u.s."));
        assert_eq!(doc.norm(9), "");
        assert_eq!(doc.raw(9), "");
    }

    #[test]
    fn tokens_in_a_span_and_sentences() {
        let text = "Kim left. Moon stayed here.";
        let mut doc = Doc::new(text);
        assert_eq!(doc.tokens_in(Span::new(10, 14)), 3..4);
        assert_eq!(doc.tokens_in(Span::new(1, 2)), 0..1);
        assert!(doc.tokens_in(Span::new(100, 120)).is_empty());
        doc.set_sentences(&[Span::new(0, 9), Span::new(10, 27)]);
        assert_eq!(doc.sentences(), &[0..3, 3..7]);
        assert_eq!(doc.sent_of(2), Some(0));
        assert_eq!(doc.sent_of(3), Some(1));
        assert_eq!(doc.sent_of(7), None);
    }

    #[test]
    fn stretches_are_runs_of_glued_tokens_clipped_to_the_span() {
        let text = "Moon Jae-in's (1950-53) visit";
        let doc = Doc::new(text);
        let all: Vec<&str> =
            doc.stretches_in(Span::new(0, text.len())).map(|s| s.span.of(text)).collect();
        assert_eq!(all, ["Moon", "Jae-in's", "(1950-53)", "visit"]);
        let part: Vec<&str> = doc.stretches_in(Span::new(8, 16)).map(|s| s.span.of(text)).collect();
        assert_eq!(part, ["-in's", "(1"]);
        assert_eq!(doc.stretches_in(Span::new(3, 200)).count(), 0);
    }

    #[test]
    fn empty_blank_and_punctuation_only_texts() {
        assert!(Doc::new("").is_empty());
        assert!(Doc::new(" \n\t\u{a0}").is_empty());
        assert_eq!(texts("?!,;"), ["?", "!", ",", ";"]);
        assert_eq!(texts("'"), ["'"]);
        assert_eq!(texts("n't"), ["n", "'", "t"]);
    }
}
