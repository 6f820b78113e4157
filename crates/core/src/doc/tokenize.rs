//! The tokenizer: text to [`Token`]s in one left-to-right pass, the Universal Dependencies
//! English (EWT) way. The conventions are listed in the [module docs](super).
//!
//! Every decision looks at most a bounded distance ahead (a clitic, an abbreviation's period, a
//! number group, an e-mail address of at most [`MAX_EMAIL`] bytes) or consumes what it looks at
//! (a URL runs to the next blank), so the pass is linear in the length of the text.

use super::abbreviations::{is_abbreviation, is_state_abbreviation};
use super::prefixes::is_prefix;
use super::{Kind, Token};
use crate::Span;

/// The longest e-mail address the tokenizer looks for (RFC 5321's path limit).
const MAX_EMAIL: usize = 254;

/// Characters that are neither tokens nor space: a byte-order mark, zero-width spaces and
/// joiners, a soft hyphen. Tokens on both sides stay glued.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c, '\u{feff}' | '\u{200b}' | '\u{2060}' | '\u{00ad}')
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}')
}

/// Combining marks keep scripts such as Devanagari or Arabic vowel signs inside their word.
pub(super) fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0900..=0x0903 | 0x093A..=0x094F)
}

/// A character words are made of: letters and digits of any script, and combining marks.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

pub(crate) fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Punctuation (UD `PUNCT`) as opposed to symbols (`SYM`): ASCII punctuation except the
/// symbols, the General Punctuation block (dashes, quotes, ellipsis), CJK and full-width
/// punctuation, Latin-1 quotes and inverted marks.
fn is_punctuation(c: char) -> bool {
    match c {
        '$' | '%' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~' | '#' | '&' | '*' | '@' => false,
        _ if c.is_ascii_punctuation() => true,
        '\u{a1}' | '\u{a7}' | '\u{ab}' | '\u{b6}' | '\u{b7}' | '\u{bb}' | '\u{bf}' => true,
        '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205e}' => true,
        '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{3014}'..='\u{301f}' => true,
        '\u{ff01}'..='\u{ff0f}' | '\u{ff1a}'..='\u{ff1f}' | '\u{ff3b}'..='\u{ff3d}' => true,
        _ => false,
    }
}

/// Marks that a run of the same mark keeps together ("...", "--", "!!", "**").
fn repeats(c: char) -> bool {
    matches!(c, '.' | '-' | '!' | '?' | '*' | '=' | '_' | '~' | '#')
}

/// Clitics split off the word before them (UD EWT: "it 's", "I 'm", "we 're", "they 've",
/// "you 'll", "he 'd"), lowercase, without the apostrophe.
const CLITICS: &[&str] = &["s", "m", "re", "ve", "ll", "d"];

/// Words UD EWT splits in two although no apostrophe says so, and where.
const FUSED: &[(&str, usize)] = &[("cannot", 3), ("gonna", 3), ("wanna", 3), ("gotta", 3)];

/// The text from `at`, as a cursor.
fn rest(text: &str, at: usize) -> &str {
    text.get(at..).unwrap_or("")
}

fn char_at(text: &str, at: usize) -> Option<char> {
    rest(text, at).chars().next()
}

/// The end of the run of characters satisfying `f` from `at`.
fn run_end(text: &str, at: usize, f: impl Fn(char) -> bool) -> usize {
    rest(text, at).char_indices().find(|&(_, c)| !f(c)).map_or(text.len(), |(i, _)| at + i)
}

/// After an apostrophe at `at`: the letters that follow, when they are a clitic ending the word
/// (`'s`, `'ll`…, or `'t` of "n't"), as their end offset.
fn clitic_end(text: &str, at: usize) -> Option<(usize, bool)> {
    let after = at + char_at(text, at).filter(|&c| is_apostrophe(c))?.len_utf8();
    let end = run_end(text, after, char::is_alphabetic);
    if char_at(text, end).is_some_and(is_word_char) {
        return None;
    }
    let letters = text.get(after..end)?;
    if CLITICS.iter().any(|c| c.eq_ignore_ascii_case(letters)) {
        Some((end, false))
    } else if letters.eq_ignore_ascii_case("t") {
        Some((end, true))
    } else {
        None
    }
}

/// "n't" at `at` (with a straight or curly apostrophe) ending a word: its end.
fn negation_at(text: &str, at: usize) -> Option<usize> {
    if !matches!(char_at(text, at), Some('n' | 'N')) {
        return None;
    }
    match clitic_end(text, at + 1) {
        Some((end, true)) => Some(end),
        _ => None,
    }
}

/// Dotted forms ("U.S.", "a.m.", "e.g.", "U.S.A."): single letters each followed by a period,
/// at least two of them. The end, after the last period.
fn dotted_end(text: &str, at: usize) -> Option<usize> {
    let mut i = at;
    let mut letters = 0;
    loop {
        let c = char_at(text, i).filter(|c| c.is_alphabetic())?;
        let after = i + c.len_utf8();
        if char_at(text, after).is_some_and(is_word_char) {
            return None;
        }
        if char_at(text, after) != Some('.') {
            return None;
        }
        letters += 1;
        i = after + 1;
        if letters >= 2 && !char_at(text, i).is_some_and(char::is_alphabetic) {
            return Some(i);
        }
        if letters >= 8 {
            return None;
        }
    }
}

/// Where the number from `at` (ASCII digits) ends, with its decimal part, thousands groups
/// ("2,000,000") and clock or date parts ("10:30", "6/13/2019") kept whole.
fn number_end(text: &str, at: usize) -> usize {
    let mut end = run_end(text, at, |c| c.is_ascii_digit());
    while let Some(sep @ (',' | '.' | ':' | '/')) = char_at(text, end) {
        let digits_end = run_end(text, end + 1, |c| c.is_ascii_digit());
        let digits = digits_end - (end + 1);
        let ok = match sep {
            ',' => digits == 3,
            _ => digits > 0,
        };
        if !ok {
            break;
        }
        end = digits_end;
    }
    end
}

/// An e-mail address starting at `at`: its end.
fn email_end(text: &str, at: usize) -> Option<usize> {
    let window = rest(text, at);
    let mut cut = MAX_EMAIL.min(window.len());
    while !window.is_char_boundary(cut) {
        cut -= 1;
    }
    let window = &window[..cut];
    let local = window.find(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '_' | '+' | '-')));
    let local = local?;
    if local == 0 || !window[local..].starts_with('@') {
        return None;
    }
    let domain_start = local + 1;
    let domain_len = window[domain_start..]
        .find(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '-')))
        .unwrap_or(window.len() - domain_start);
    let domain = window[domain_start..domain_start + domain_len].trim_end_matches(['.', '-']);
    let dot = domain.rfind('.')?;
    if dot == 0 || !domain[dot + 1..].chars().all(char::is_alphabetic) || domain.len() == dot + 1 {
        return None;
    }
    Some(at + domain_start + domain.len())
}

/// A URL starting at `at` ("https://…", "www.…"): it runs to the next blank, less the closing
/// punctuation a sentence puts after it.
fn url_end(text: &str, at: usize) -> Option<usize> {
    let head = rest(text, at);
    let head = head.get(..8.min(head.len())).unwrap_or("");
    let starts = ["http://", "https://", "www."].iter().any(|p| {
        head.len() >= p.len() && head.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p))
    });
    if !starts {
        return None;
    }
    let end = run_end(text, at, |c| !c.is_whitespace() && !is_invisible(c));
    let url = text.get(at..end)?.trim_end_matches(|c: char| {
        matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '"' | '\'' | '>')
            || matches!(c, '\u{2019}' | '\u{201d}' | '\u{bb}')
    });
    Some(at + url.len())
}

/// The one token starting at `at`, a non-blank character: its end and kind. `glued_word` says
/// that a word ends right before `at` (for clitics).
fn token_at(text: &str, at: usize, glued_word: bool, stretch_has_at: bool) -> (usize, Kind) {
    let Some(c) = char_at(text, at) else { return (text.len(), Kind::Punct) };
    let one = at + c.len_utf8();
    if matches!(c, 'h' | 'H' | 'w' | 'W') {
        if let Some(end) = url_end(text, at) {
            return (end, Kind::Link);
        }
    }
    if stretch_has_at && is_word_char(c) {
        if let Some(end) = email_end(text, at) {
            return (end, Kind::Link);
        }
    }
    // Rule "doubled quote": two apostrophes or two grave accents are one quotation mark, as
    // typewritten news and the Penn Treebank write a double quote (``Yes,'' he said).
    if matches!(c, '\'' | '`') && char_at(text, one) == Some(c) {
        return (one + 1, Kind::Punct);
    }
    if is_apostrophe(c) {
        // A clitic after its word ("Moon 's", "I 'm").
        if glued_word {
            if let Some((end, false)) = clitic_end(text, at) {
                return (end, Kind::Word);
            }
        }
        // A year cut short ("'90s", "the '60s").
        let digits_end = run_end(text, one, |c| c.is_ascii_digit());
        if !glued_word && digits_end - one == 2 {
            let end = if matches!(char_at(text, digits_end), Some('s')) {
                digits_end + 1
            } else {
                digits_end
            };
            if !char_at(text, end).is_some_and(is_word_char) {
                return (end, Kind::Word);
            }
        }
        return (one, Kind::Punct);
    }
    if glued_word {
        if let Some(end) = negation_at(text, at) {
            return (end, Kind::Word);
        }
    }
    if c.is_ascii_digit() {
        let end = number_end(text, at);
        let digits_end = run_end(text, at, |c| c.is_ascii_digit());
        if end > digits_end || !char_at(text, end).is_some_and(is_word_char) {
            return (end, Kind::Number);
        }
        // Digits and letters together ("1990s", "3rd", "A380" from the letter side, "2019년").
        return (word_end(text, at), Kind::Word);
    }
    if is_word_char(c) {
        if let Some(end) = dotted_end(text, at) {
            return (end, Kind::Word);
        }
        return (word_end(text, at), Kind::Word);
    }
    if repeats(c) {
        let end = run_end(text, at, |d| d == c);
        let kind = if is_punctuation(c) { Kind::Punct } else { Kind::Symbol };
        return (end, kind);
    }
    (one, if is_punctuation(c) { Kind::Punct } else { Kind::Symbol })
}

/// Where the word starting at `at` ends: letters and digits, inner apostrophes that are no
/// clitic ("o'clock", "O'Brien"), a "n't" left for the next token, a fused word split
/// ("gon|na"), an abbreviation's or an initial's period included ("Mr.", "S.").
fn word_end(text: &str, at: usize) -> usize {
    let mut end = letters_end(text, at);
    loop {
        match char_at(text, end) {
            Some(c) if is_apostrophe(c) => match clitic_end(text, end) {
                Some((_, true)) => {
                    // "don't" → "do" + "n't"; a lone "n't" stays whole.
                    let n = end - 1;
                    if n > at && matches!(text.as_bytes().get(n), Some(b'n' | b'N')) {
                        return n;
                    }
                    return end;
                }
                Some((_, false)) => return end,
                None => {
                    let after = end + c.len_utf8();
                    if !char_at(text, after).is_some_and(char::is_alphabetic) {
                        return end;
                    }
                    end = letters_end(text, after);
                }
            },
            // Rule "prefix hyphen": a bound prefix and the word after it are one token
            // ("re-elect", "anti-war", "e-mail"), as UD EWT writes them.
            Some('-') if is_prefix(text.get(at..end).unwrap_or("")) => {
                let after = end + 1;
                // Not before a dotted form, which keeps its own periods ("non-U.S.").
                if !char_at(text, after).is_some_and(char::is_alphabetic)
                    || dotted_end(text, after).is_some()
                {
                    break;
                }
                end = letters_end(text, after);
            }
            _ => break,
        }
    }
    let word = text.get(at..end).unwrap_or("");
    if matches!(word.len(), 5 | 6) {
        if let Some(&(_, cut)) = FUSED.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)) {
            return at + cut;
        }
    }
    if char_at(text, end) == Some('.') {
        // An initial ("S. Rajaratnam"), but not the pronoun ending a sentence ("than I.").
        let initial =
            word.chars().count() == 1 && word.chars().all(char::is_uppercase) && word != "I";
        // A state's period only before a blank, a comma, a bracket or the end: in
        // "Calif.-based" the period stays a mark of its own.
        let state = is_state_abbreviation(word)
            && char_at(text, end + 1).is_none_or(|n| n.is_whitespace() || matches!(n, ',' | ')'));
        if initial || is_abbreviation(word) || state {
            return end + 1;
        }
    }
    end
}

/// Rule "mojibake letter": UTF-8 text decoded as Latin-1 or Windows-1252 writes a letter with
/// a diacritic as "Ã" and a second character from the Latin-1 symbols or the Windows-1252
/// punctuation ("ñ" as "Ã±", "é" as "Ã©", "ó" as "Ã³"). After "Ã" inside a word that second
/// character is part of the word, so that "PeÃ±a" stays one word rather than losing its "±".
fn is_mojibake_tail(c: char) -> bool {
    matches!(c, '\u{80}'..='\u{bf}')
        || matches!(c, '€' | '‚' | 'ƒ' | '„' | '…' | '†' | '‡' | 'ˆ' | '‰' | 'Š' | '‹' | 'Œ' | 'Ž')
        || matches!(
            c,
            '‘' | '’'
                | '“'
                | '”'
                | '•'
                | '–'
                | '—'
                | '˜'
                | '™'
                | 'š'
                | '›'
                | 'œ'
                | 'ž'
                | 'Ÿ'
        )
}

/// The end of the run of word characters from `at`, with rule "mojibake letter" applied.
fn letters_end(text: &str, at: usize) -> usize {
    let mut end = run_end(text, at, is_word_char);
    while end > at && text.get(..end).is_some_and(|s| s.ends_with('Ã')) {
        match char_at(text, end) {
            Some(c) if is_mojibake_tail(c) => end = run_end(text, end + c.len_utf8(), is_word_char),
            _ => break,
        }
    }
    end
}

/// Whether the blank-free stretch starting at `at` contains an `@` (then e-mail addresses are
/// looked for in it), and where it ends.
fn stretch(text: &str, at: usize) -> (usize, bool) {
    let end = run_end(text, at, |c| !c.is_whitespace());
    (end, text.get(at..end).is_some_and(|s| s.contains('@')))
}

/// Splits `text` into tokens. Never panics; linear time.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
    let mut at = 0;
    let mut spaced = true;
    let mut line_break = false;
    let mut stretch_end = 0;
    let mut stretch_has_at = false;
    while let Some(c) = char_at(text, at) {
        if c.is_whitespace() {
            spaced = true;
            line_break |= is_line_break(c);
            at += c.len_utf8();
            continue;
        }
        if is_invisible(c) {
            at += c.len_utf8();
            continue;
        }
        if at >= stretch_end {
            (stretch_end, stretch_has_at) = stretch(text, at);
        }
        let glued_word = !spaced
            && tokens.last().is_some_and(|t| {
                t.span.end == at
                    && t.kind != Kind::Punct
                    && t.span.of(text).chars().last().is_some_and(char::is_alphanumeric)
            });
        let (end, kind) = token_at(text, at, glued_word, stretch_has_at);
        let end = end.max(at + c.len_utf8());
        tokens.push(Token { span: Span::new(at, end), kind, spaced, line_break });
        spaced = false;
        line_break = false;
        at = end;
    }
    tokens
}
