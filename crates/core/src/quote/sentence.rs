//! One sentence (or a quotation's run of sentences) as the attribution rules read it: its
//! words, which of them are quoted, its entity mentions with constant-time look-ups, and its
//! cue words ([`find_cues`]: speech and report verbs, participles, "according to", "carried
//! by", an introducing colon).

use crate::doc::fold::push_fold;
use crate::entity::words::{Token, TokenKind};
use crate::word_table::WordMap;
use crate::Span;

use super::cues::{self, REPORT_VERBS};
use super::marks;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CueKind {
    Speech,
    Report,
    Participle,
    According,
    /// "carried by", "published by": the name after it relayed the words.
    RelayedBy,
    /// A colon right before the quotation, after the verb of a clause ("smiled:").
    Colon,
    /// A name and a colon ("Bush: “…”", "- Philip Bump:" closing a paragraph whose next one is
    /// the quotation): the name is the speaker (rule `name_colon`).
    NameColon,
    /// "“…” was written by X", "a paper titled “…” by X": the name after "by" wrote the
    /// quoted words and is the speaker (rule `authored_by`).
    AuthoredBy,
    /// A dash and a name right after a quotation ("“…” ― Sonya Herridge"): the name is the
    /// speaker (rule `dash_name`).
    DashName,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Cue {
    /// Token index of the cue word ("said"; "to" of "according to").
    pub(super) at: usize,
    pub(super) span: Span,
    pub(super) kind: CueKind,
}

/// One sentence being read.
pub(super) struct Sentence<'a> {
    pub(super) tokens: Vec<Token>,
    /// Every token folded (`doc::fold`), one after the other, and where each one ends: the
    /// rules compare words in this form, many times each.
    folds: String,
    fold_ends: Vec<usize>,
    /// Tokens inside a quotation's marks.
    pub(super) quoted: Vec<bool>,
    /// Mentions in the sentence (indexes into `Extraction::mentions`).
    pub(super) mentions: &'a [crate::entity::Mention],
    /// Mention by end offset (not a modifier if possible, then the longest) and by start
    /// offset (the longest): constant-time look-ups for the subject walks.
    /// (FNV-hashed: built for every sentence, where SipHash's setup would dominate.)
    pub(super) by_end: WordMap<usize, usize>,
    pub(super) by_start: WordMap<usize, usize>,
}

impl<'a> Sentence<'a> {
    pub(super) fn new(
        text: &str,
        tokens: Vec<Token>,
        quotes: &[marks::Marked],
        mentions: &'a [crate::entity::Mention],
    ) -> Self {
        let extent = match (tokens.first(), tokens.last()) {
            (Some(a), Some(b)) => b.span.end.saturating_sub(a.span.start),
            _ => 0,
        };
        let mut folds = String::with_capacity(extent);
        let mut fold_ends = Vec::with_capacity(tokens.len());
        for t in &tokens {
            push_fold(&mut folds, t.text(text));
            fold_ends.push(folds.len());
        }
        // Quotations are in text order: one sweep marks the tokens inside them.
        let mut quoted = vec![false; tokens.len()];
        let mut q = 0;
        for (i, t) in tokens.iter().enumerate() {
            while q < quotes.len() && quotes[q].span.end <= t.span.start {
                q += 1;
            }
            quoted[i] = quotes.get(q).is_some_and(|q| q.span.contains(t.span));
        }
        let mut by_end: WordMap<usize, usize> = WordMap::default();
        let mut by_start: WordMap<usize, usize> = WordMap::default();
        for (k, m) in mentions.iter().enumerate() {
            let better_end = by_end.get(&m.span.end).is_none_or(|&o| {
                (m.modifier, m.span.start) < (mentions[o].modifier, mentions[o].span.start)
            });
            if better_end {
                by_end.insert(m.span.end, k);
            }
            if by_start.get(&m.span.start).is_none_or(|&o| m.span.end > mentions[o].span.end) {
                by_start.insert(m.span.start, k);
            }
        }
        Sentence { tokens, folds, fold_ends, quoted, mentions, by_end, by_start }
    }
}

impl Sentence<'_> {
    /// Token `i` folded (`""` past the end).
    pub(super) fn word(&self, i: usize) -> &str {
        let Some(&end) = self.fold_ends.get(i) else { return "" };
        let start = if i == 0 { 0 } else { self.fold_ends[i - 1] };
        self.folds.get(start..end).unwrap_or("")
    }

    /// Whether `self.word(i) == target`.
    pub(super) fn word_is(&self, i: usize, target: &str) -> bool {
        self.word(i) == target
    }

    /// The mention that ends where token `i` ends (the longest, not a modifier if possible).
    pub(super) fn mention_ending(&self, i: usize) -> Option<&crate::entity::Mention> {
        let end = self.tokens.get(i)?.span.end;
        self.by_end.get(&end).map(|&k| &self.mentions[k])
    }

    pub(super) fn mention_starting(&self, i: usize) -> Option<&crate::entity::Mention> {
        let start = self.tokens.get(i)?.span.start;
        self.by_start.get(&start).map(|&k| &self.mentions[k])
    }

    pub(super) fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }

    /// Whether token `i` is a mark inside a word, glued to words on both sides ("/" in
    /// "9/11", "-" in "U.S.-born").
    pub(super) fn inner_mark(&self, i: usize) -> bool {
        let (Some(prev), Some(t), Some(next)) = (
            i.checked_sub(1).and_then(|p| self.tokens.get(p)),
            self.tokens.get(i),
            self.tokens.get(i + 1),
        ) else {
            return false;
        };
        !t.is_word()
            && prev.is_word()
            && next.is_word()
            && prev.span.end == t.span.start
            && t.span.end == next.span.start
    }
}

/// Whether a cue stands right next to a quotation: within a few words after its closing mark,
/// or right before its opening mark, past at most a short prepositional phrase and the comma
/// or colon that introduces the quotation ("the businessman says of Clinton, “…”").
pub(super) fn adjacent(text: &str, s: &Sentence, quote: &marks::Marked, cue: &Cue) -> bool {
    let open = s.token_at_or_after(quote.span.start);
    let close = s.token_at_or_after(quote.span.end);
    let introduced = cue.at + 1 < open
        && open - cue.at <= INTRODUCING_PHRASE_WITHIN
        && (s.tokens[open - 1].is_mark(text, ',') || s.tokens[open - 1].is_mark(text, ':'))
        && cues::PREPOSITIONS.contains(s.word(cue.at + 1))
        && (cue.at + 1..open - 1).all(|i| s.tokens[i].is_word() && !s.quoted[i]);
    (cue.at >= close && cue.at <= close + 6)
        || (cue.at < open && (open - cue.at <= 3 || introduced))
}

/// How many tokens a cue may stand before a quotation's opening mark with a prepositional
/// phrase between them ("says of the plan,", "said in a statement:").
const INTRODUCING_PHRASE_WITHIN: usize = 7;

/// Whether the cue after a quotation stands right after it ("…,” he said"), not further on.
pub(super) fn after_is_adjacent(s: &Sentence, quote: &marks::Marked, after: Option<&Cue>) -> bool {
    let Some(cue) = after else { return false };
    let close = s.token_at_or_after(quote.span.end);
    cue.at <= close + 6
}

/// The cue words of a sentence outside its quotations. `by_lemma(i)` says whether word `i` is
/// a verb of saying by its lemma (`lemma_cue`); it is asked only about the words no earlier
/// test decides, since it may need the sentence tagged.
pub(super) fn find_cues(text: &str, s: &Sentence, by_lemma: impl Fn(usize) -> bool) -> Vec<Cue> {
    let mut out = Vec::new();
    for (i, t) in s.tokens.iter().enumerate() {
        // `colon`: "the Portuguese coach smiled: “…”" introduces the quotation.
        let colon = t.is_mark(text, ':')
            && !s.quoted[i]
            && s.quoted.get(i + 1).copied().unwrap_or(false)
            && i > 0
            && !s.tokens[i - 1].is_capitalized(text)
            && !cues::is_cue_word(s.word(i - 1));
        if colon {
            out.push(Cue { at: i, span: t.span, kind: CueKind::Colon });
            continue;
        }
        // `name_colon`: a name, then a colon before a quotation or at the sentence's end.
        // The name opens its clause: "Bush:", "… - Philip Bump:", "“…” Bush:"; not "Williams
        // added about Carson:".
        // A headline's source after "from" opens it too: "A lesson from Ada Lorne: “…”".
        let opens_clause = |m: &crate::entity::Mention| {
            let first = s.token_at_or_after(m.span.start);
            first == 0
                || s.quoted[first - 1]
                || s.tokens[first - 1].text(text).chars().all(|c| "-–—―•;:".contains(c))
                || (s.word_is(first - 1, "from") && first >= 2 && s.tokens[first - 2].is_word())
        };
        let name_colon = t.is_mark(text, ':')
            && !s.quoted[i]
            && s.quoted.get(i + 1).copied().unwrap_or(i + 1 == s.tokens.len())
            && i > 0
            && s.mention_ending(i - 1).is_some_and(|m| !m.modifier && opens_clause(m));
        if name_colon {
            out.push(Cue { at: i, span: t.span, kind: CueKind::NameColon });
            continue;
        }
        // `dash_name`: "“…” ― Sonya Herridge".
        let dash_name = !s.quoted[i]
            && t.text(text).chars().all(|c| matches!(c, '―' | '—' | '–' | '-'))
            && i > 0
            && s.quoted[i - 1]
            && s.mention_starting(i + 1).is_some_and(|m| !m.modifier);
        if dash_name {
            out.push(Cue { at: i, span: t.span, kind: CueKind::DashName });
            continue;
        }
        if !t.is_word() || s.quoted[i] {
            continue;
        }
        let w = s.word(i);
        // `authored_by`: "“…” was written by X"; "titled “…” by X".
        let authored =
            (cues::AUTHORED_BY.contains(&w) && s.word_is(i + 1, "by") && quotation_before(s, i))
                || (w == "by" && titled_quotation_before(text, s, i));
        if authored {
            let by = if w == "by" { i } else { i + 1 };
            out.push(Cue {
                at: by,
                span: Span::new(t.span.start, s.tokens[by].span.end),
                kind: CueKind::AuthoredBy,
            });
            continue;
        }
        // "the report said": after a determiner or a possessive the word is a noun.
        let after_determiner = i > 0
            && (s.tokens[i - 1].kind == TokenKind::Possessive
                || ["the", "a", "an", "this", "that", "its", "their", "his", "her"]
                    .iter()
                    .any(|d| s.word_is(i - 1, d)));
        if after_determiner {
            continue;
        }
        // Verbs are lowercase: "United States" holds no cue "states"; but a sentence may open
        // with an inverted cue before a name ("Continued Stone:").
        let inverted = i == 0 && s.mention_starting(1).is_some_and(|m| !m.modifier);
        let capitalized = t.is_capitalized(text) && !w.starts_with("according") && !inverted;
        if capitalized {
            continue;
        }
        // "His message was read as …": a passive, no cue.
        let passive = cues::PASSIVE_SENSITIVE.contains(&w)
            && (i > 0 && cues::PASSIVE_AUXILIARIES.contains(&s.word(i - 1))
                || s.word_is(i + 1, "as"));
        if passive {
            continue;
        }
        // `lemma_cue`: a form the word lists lack ("had written", "tweeting"), by its lemma.
        let kind = if cues::is_speech_verb(w) {
            CueKind::Speech
        } else if by_lemma(i) {
            if w.ends_with("ing") {
                CueKind::Participle
            } else {
                CueKind::Speech
            }
        } else if REPORT_VERBS.contains(&w) {
            CueKind::Report
        } else if cues::is_participle(w) {
            CueKind::Participle
        } else if cues::RELAYED_BY.contains(&w) && s.word(i + 1) == "by" {
            out.push(Cue {
                at: i + 1,
                span: Span::new(t.span.start, s.tokens[i + 1].span.end),
                kind: CueKind::RelayedBy,
            });
            continue;
        } else if w == cues::ACCORDING_TO[0] && s.word(i + 1) == cues::ACCORDING_TO[1] {
            out.push(Cue {
                at: i + 1,
                span: Span::new(t.span.start, s.tokens[i + 1].span.end),
                kind: CueKind::According,
            });
            continue;
        } else {
            continue;
        };
        out.push(Cue { at: i, span: t.span, kind });
    }
    out
}

/// Whether a quotation ends right before sentence word `i` and a word that titles it stands
/// right before its opening mark ("a paper titled “…” by X", `authored_by`).
fn titled_quotation_before(text: &str, s: &Sentence, i: usize) -> bool {
    if i == 0 || !s.quoted[i - 1] {
        return false;
    }
    let mut j = i - 1;
    while j > 0 && s.quoted[j] {
        j -= 1;
    }
    if j > 0 && s.tokens[j].is_mark(text, ',') {
        j -= 1;
    }
    !s.quoted[j] && cues::TITLED.contains(&s.word(j))
}

/// Whether a quotation ends right before sentence word `i`, past an auxiliary ("“…” was
/// written by X", `authored_by`).
fn quotation_before(s: &Sentence, i: usize) -> bool {
    let mut j = i;
    if j > 0 && cues::PASSIVE_AUXILIARIES.contains(&s.word(j - 1)) {
        j -= 1;
    }
    j > 0 && s.quoted[j - 1]
}
