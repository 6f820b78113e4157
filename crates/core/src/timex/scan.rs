//! The driver: walks the tokens once, asks every rule for a match at each position, keeps the
//! longest, applies a leading position or quantity modifier ("early", "more than"), resolves the
//! value and remembers what later expressions may refer back to.

use jiff::civil::Date;

use super::calendar::{narrow, narrow_from, CalValue};
use super::lexicon::modifiers;
use super::rules;
use super::{Modifier, Timex, TimexKind};
use crate::doc::Doc;
use crate::doc::{Piece, PieceKind};
use crate::word_table::WordMap;
use crate::{Interval, Span};

/// What a rule found: the token after its last one, its type and value.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub end: usize,
    pub kind: TimexKind,
    pub value: Val,
    pub modifier: Option<Modifier>,
    /// The expression states its year ("June 12, 2018"): later narrative expressions ("the
    /// following day", "that year") count from it.
    pub anchors: bool,
    /// The expression names a quarter ("the third quarter"): the quarter the report is about.
    pub names_topic: bool,
}

/// A value: a calendar value (with an interval), a range of calendar values, or plain text
/// (durations, sets, references, unresolved dates).
#[derive(Debug, Clone)]
pub(crate) enum Val {
    Cal(CalValue),
    Range(String, Interval),
    Text(String),
}

impl Found {
    pub(crate) fn new(end: usize, kind: TimexKind, value: Val) -> Found {
        Found { end, kind, value, modifier: None, anchors: false, names_topic: false }
    }
    pub(crate) fn anchoring(mut self) -> Found {
        self.anchors = true;
        self
    }
    pub(crate) fn date(end: usize, value: CalValue) -> Found {
        Found::new(end, TimexKind::Date, Val::Cal(value))
    }
    pub(crate) fn text(end: usize, kind: TimexKind, value: impl Into<String>) -> Found {
        Found::new(end, kind, Val::Text(value.into()))
    }
    pub(crate) fn with_modifier(mut self, modifier: Option<Modifier>) -> Found {
        if modifier.is_some() {
            self.modifier = modifier;
        }
        self
    }
}

/// What earlier expressions tell later ones.
#[derive(Debug, Clone, Default)]
pub(crate) struct Memory {
    /// The story's reference time: the last expression with a stated year ("June 12, 2018") or
    /// the last day mentioned ("Friday"), which "the following day", "the previous Friday",
    /// "two days later" and "that year" count from.
    pub last_dated: Option<CalValue>,
    /// The quarter a report is about ("third-quarter profit" → 1989-Q3), for "the quarter" and
    /// "a year earlier".
    pub topic_quarter: Option<(i16, u8)>,
    /// Anniversaries resolved by a document-wide search so far (the search is bounded).
    pub anniversary_searches: usize,
}

/// The tokens of one text and what the rules need to read them.
pub(crate) struct Scanner<'t> {
    /// Dates stated with a year anywhere in the text, `(month, day, year)`, found once on
    /// first use (see `rules::absolute::stated_dates`).
    pub stated: std::cell::OnceCell<Vec<(u8, u8, i16)>>,
    pub text: &'t str,
    /// The text with ASCII letters lowercased: same byte offsets.
    pub lower: &'t str,
    pub tokens: Vec<Piece>,
    /// For each token, whether it is a word some rule can start at.
    pub starts: Vec<bool>,
    pub anchor: Option<Date>,
}

/// Whether each token is a word a rule can start at, deciding once per distinct word.
fn word_starts(lower: &str, tokens: &[Piece]) -> Vec<bool> {
    // FNV-hashed (`crate::word_table`): the cache hashes short words, where SipHash's setup
    // dominates.
    let mut known: WordMap<&str, bool> =
        WordMap::with_capacity_and_hasher(tokens.len() / 2, Default::default());
    tokens
        .iter()
        .map(|t| {
            if t.kind != PieceKind::Word {
                return false;
            }
            let w = lower.get(t.span.start..t.span.end).unwrap_or("");
            let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")).unwrap_or(w);
            *known.entry(w).or_insert_with(|| rules::could_start_word(w))
        })
        .collect()
}

impl<'t> Scanner<'t> {
    pub(crate) fn new(doc: &'t Doc<'_>, anchor: Option<Date>) -> Scanner<'t> {
        let text = doc.text();
        let lower = doc.lower();
        let tokens = doc.pieces(Span::new(0, text.len()), true);
        let starts = word_starts(lower, &tokens);
        Scanner { stated: std::cell::OnceCell::new(), text, lower, tokens, starts, anchor }
    }

    /// The lowercased token `i`, or `""` past the end.
    pub(crate) fn w(&self, i: usize) -> &str {
        self.tokens.get(i).and_then(|t| self.lower.get(t.span.start..t.span.end)).unwrap_or("")
    }

    /// The lowercased word `i` without a possessive "'s" ("year's" → "year").
    pub(crate) fn base(&self, i: usize) -> &str {
        let w = self.w(i);
        w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")).unwrap_or(w)
    }

    /// The token `i` as written.
    pub(crate) fn raw(&self, i: usize) -> &str {
        self.tokens.get(i).and_then(|t| self.text.get(t.span.start..t.span.end)).unwrap_or("")
    }

    pub(crate) fn is(&self, i: usize, word: &str) -> bool {
        self.w(i) == word
    }

    pub(crate) fn kind(&self, i: usize) -> Option<PieceKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Piece `i` is a number token of at most 9 digits: its value and digit count.
    pub(crate) fn number(&self, i: usize) -> Option<(u32, usize)> {
        if self.kind(i)? != PieceKind::Number {
            return None;
        }
        let w = self.w(i);
        if w.len() > 9 {
            return None;
        }
        Some((w.parse().ok()?, w.len()))
    }

    /// Piece `i` exists and follows the previous token with no space in between.
    pub(crate) fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.spaced)
    }

    /// Piece `i` is the punctuation character `c`.
    pub(crate) fn punct(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(PieceKind::Punct) && self.raw(i).starts_with(c)
    }

    /// Piece `i` is a hyphen or dash glued to the tokens around it ("mid-May", "1950-53").
    pub(crate) fn joiner(&self, i: usize) -> bool {
        (self.punct(i, '-') || self.punct(i, '\u{2010}') || self.punct(i, '\u{2011}'))
            && self.glued(i)
            && self.glued(i + 1)
    }

    /// Piece `i` starts with a capital letter.
    pub(crate) fn capitalized(&self, i: usize) -> bool {
        self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Piece `i` begins a new line.
    pub(crate) fn line_start(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.line_break)
    }

    /// The index after an optional period right after token `i - 1` ("Feb." → skip the ".").
    pub(crate) fn skip_period(&self, i: usize) -> usize {
        if self.punct(i, '.') && self.glued(i) {
            i + 1
        } else {
            i
        }
    }

    /// Tags the whole text.
    pub(crate) fn run(&self) -> Vec<Timex> {
        let mut out = Vec::new();
        let mut memory = Memory::default();
        let mut i = 0;
        while i < self.tokens.len() {
            // Rule: "over"/"under" before an amount set its mod but stay outside the extent.
            let signal = matches!(self.w(i), "over" | "under") && !self.is(i + 1, "the");
            if signal {
                if let Some(found) = rules::longest(self, i + 1, &mut memory) {
                    if found.kind == TimexKind::Duration && found.modifier.is_none() {
                        let m = if self.is(i, "over") {
                            Modifier::MoreThan
                        } else {
                            Modifier::LessThan
                        };
                        let found = found.with_modifier(Some(m));
                        if let Some(timex) = self.finish(i + 1, &found, &mut memory) {
                            out.push(timex);
                        }
                        i = found.end;
                        continue;
                    }
                }
            }
            match self.match_at(i, &mut memory) {
                Some(found) if found.end > i => {
                    if let Some(timex) = self.finish(i, &found, &mut memory) {
                        out.push(timex);
                    }
                    i = found.end;
                }
                _ => i += 1,
            }
        }
        out
    }

    /// The best match starting at token `i`, a leading modifier included.
    fn match_at(&self, i: usize, memory: &mut Memory) -> Option<Found> {
        let (modifier, core) = self.leading_modifier(i);
        if core > i {
            if let Some(found) = rules::longest(self, core, memory) {
                if modifier.accepts(self, core, &found) {
                    return Some(found.with_modifier(Some(modifier.modifier)));
                }
            }
        }
        rules::longest(self, i, memory)
    }

    /// Turns a match into a [`Timex`]: span, value string, narrowed interval; updates memory.
    fn finish(&self, i: usize, found: &Found, memory: &mut Memory) -> Option<Timex> {
        let first = self.tokens.get(i)?;
        let last = self.tokens.get(found.end.checked_sub(1)?)?;
        let mut end = last.span.end;
        // A possessive belongs to the sentence, not the expression: "last year's" → "last year".
        let last_word = self.w(found.end - 1);
        if last.kind == PieceKind::Word {
            if last_word.ends_with("'s") {
                end -= 2;
            } else if last_word.ends_with("\u{2019}s") {
                end -= 4;
            }
        }
        let span = Span::new(first.span.start, end);
        let (value, interval) = match &found.value {
            Val::Cal(cal) => {
                // A report is about a quarter that has ended: "expects a loss in the fourth
                // quarter" (not over yet) does not change what "the latest quarter" means.
                let ended = |iv: Option<crate::Interval>| match (iv, self.anchor) {
                    (Some(iv), Some(a)) => iv.end < a,
                    _ => true,
                };
                if let (CalValue::Quarter(y, q), true) = (cal, found.names_topic) {
                    if ended(cal.interval()) {
                        memory.topic_quarter = Some((*y, *q));
                    }
                }
                if found.anchors || matches!(cal, CalValue::Day(_) | CalValue::Month(..)) {
                    memory.last_dated = Some(*cal);
                }
                // "earlier this month" is the month up to now, "early this month" its start.
                let comparative = self.anchor.filter(|_| matches!(self.w(i), "earlier" | "later"));
                let interval = cal.interval().map(|iv| match (found.modifier, comparative) {
                    (Some(m @ (Modifier::Start | Modifier::End)), Some(anchor)) => {
                        narrow_from(iv, m, anchor)
                    }
                    (Some(m @ (Modifier::Start | Modifier::Mid | Modifier::End)), _) => {
                        narrow(iv, m)
                    }
                    _ => iv,
                });
                (cal.value(), interval)
            }
            Val::Range(value, interval) => (value.clone(), Some(*interval)),
            Val::Text(value) => (value.clone(), None),
        };
        Some(Timex { span, kind: found.kind, value, modifier: found.modifier, interval })
    }

    /// A leading modifier at `i` and the token where the modified expression starts.
    fn leading_modifier(&self, i: usize) -> (Leading, usize) {
        let none = (Leading { modifier: Modifier::Start, needs: Needs::Nothing }, i);
        let w = self.w(i);
        // "the end of", "the beginning of", "the middle of" (the "the" is optional).
        let phrase_at = if w == "the" { i + 1 } else { i };
        if let Some(m) = modifiers::position_phrase(self.w(phrase_at)) {
            if self.is(phrase_at + 1, "of") {
                return (Leading { modifier: m, needs: Needs::Date }, phrase_at + 2);
            }
        }
        if let Some(m) = modifiers::position(w) {
            let next = if self.joiner(i + 1) { i + 2 } else { i + 1 };
            return (Leading { modifier: m, needs: Needs::Date }, next);
        }
        // "mid-May" written "mid May" or "midMay" is rare; "mid" alone is handled above.
        if let Some(m) = modifiers::quantity_pair(w, self.w(i + 1)) {
            return (Leading { modifier: m, needs: Needs::Amount }, i + 2);
        }
        // "no more than", "no less than".
        if w == "no" {
            if let Some(m) = modifiers::quantity_pair(self.w(i + 1), self.w(i + 2)) {
                let m = if m == Modifier::MoreThan {
                    Modifier::EqualOrLess
                } else {
                    Modifier::EqualOrMore
                };
                return (Leading { modifier: m, needs: Needs::Amount }, i + 3);
            }
        }
        // "over the past year", "over several years": "over" is a preposition, not part of
        // the expression (TimeML leaves it out); "over two years" still means more than two.
        if w == "over" || w == "under" {
            return none;
        }
        if let Some(m) = modifiers::quantity(w) {
            return (Leading { modifier: m, needs: Needs::Amount }, i + 1);
        }
        none
    }
}

/// What a leading modifier may modify.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Needs {
    Nothing,
    /// A DATE or TIME (position modifiers: "early 2019", "late yesterday").
    Date,
    /// An amount: a duration, a date counted back ("nearly two years ago"), or a clock time.
    Amount,
}

#[derive(Debug, Clone, Copy)]
struct Leading {
    modifier: Modifier,
    needs: Needs,
}

impl Leading {
    fn accepts(&self, s: &Scanner, core: usize, found: &Found) -> bool {
        match self.needs {
            Needs::Nothing => false,
            Needs::Date => {
                matches!(found.kind, TimexKind::Date | TimexKind::Time)
                    && matches!(found.value, Val::Cal(_) | Val::Text(_))
            }
            Needs::Amount => {
                let starts_with_count = s.number(core).is_some()
                    || rules::count::count(s, core, true).is_some()
                    || (s.is(core, "the") && rules::count::count(s, core + 2, false).is_some());
                match found.kind {
                    TimexKind::Duration => starts_with_count,
                    TimexKind::Date => starts_with_count && !matches!(found.value, Val::Range(..)),
                    TimexKind::Time => self.modifier == Modifier::Approx,
                    TimexKind::Set => false,
                }
            }
        }
    }
}
