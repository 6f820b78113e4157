//! Sentence splitting for any span of an article, in one linear pass.
//!
//! A sentence ends at `.`, `!`, `?`, `…` or an ideographic full stop, after any closing quotes
//! and brackets that follow, when blank space and a plausible sentence start come next. The
//! rules below keep these together:
//! - titles and short forms from [`ABBREVIATIONS`](crate::doc::abbreviations) ("Mr Kim", "Feb. 28");
//! - initials ("S. Rajaratnam", "John F. Kennedy");
//! - dotted abbreviations ("U.S.", "a.m."), unless a typical sentence opener follows;
//! - anything inside square brackets ("[. . .]") and spaced ellipses;
//! - a quotation that ends a sentence inside its marks (`… letter.” He added`), with curly and
//!   straight quotes alike, and one that does not (`… well,” he added`);
//! - line structure: a blank line, a bullet at the start of a line, or a short line without
//!   final punctuation (a heading) always ends a sentence, even without a period.
//!
//! Non-breaking and other Unicode spaces count as blanks. Offsets are UTF-8 byte offsets into the
//! original text, trimmed of blanks.

use super::is_blank;
use crate::doc::abbreviations::{is_abbreviation, is_sentence_opener, is_state_abbreviation};
use crate::Span;

/// Characters that end a sentence.
fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟')
}

/// Terminators after which no blank is needed (Chinese and Japanese do not use spaces).
fn is_ideographic_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

/// Characters that may close a sentence after its terminator.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '」' | '』')
}

/// Characters that may open a sentence before its first letter.
fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '「' | '『' | '¿' | '¡')
}

/// Bullets that start a key point or a list item.
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '·' | '●' | '▪' | '■' | '◆' | '►' | '‣' | '◦' | '*' | '-' | '–' | '—')
}

/// How far an unclosed bracket keeps suppressing splits: a stray "(" must not swallow a whole
/// article.
const BRACKET_REACH: usize = 400;

/// A heading line is at most this many characters.
const HEADING_MAX_CHARS: usize = 60;

/// Splits `span` of `text` into sentences. Never panics; a span that does not fit gives none.
pub fn sentences(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let Some(slice) = text.get(span.start..span.end) else {
        return out;
    };
    let base = span.start;
    let mut start: Option<usize> = None;
    let mut last_nonblank_end = 0;
    let mut bracket_open: Option<usize> = None;
    let mut bracket_depth = 0u32;
    let mut line_start = 0;
    let mut iter = slice.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c == '\n' {
            if start.is_some() && breaks_line(slice, line_start, i) {
                push(&mut out, base, &mut start, last_nonblank_end);
            }
            line_start = i + 1;
            continue;
        }
        if is_blank(c) {
            continue;
        }
        if start.is_none() {
            start = Some(i);
        }
        last_nonblank_end = i + c.len_utf8();
        match c {
            '[' => {
                bracket_depth += 1;
                bracket_open = Some(i);
            }
            ']' => bracket_depth = bracket_depth.saturating_sub(1),
            _ => {}
        }
        if bracket_open.is_some_and(|o| i - o > BRACKET_REACH) {
            bracket_depth = 0;
            bracket_open = None;
        }
        if !is_terminator(c) || bracket_depth > 0 {
            continue;
        }
        // Consume further terminators, spaced ellipsis dots (". . .") and closers.
        let mut end = last_nonblank_end;
        loop {
            let rest = &slice[end..];
            let mut chars = rest.chars();
            match chars.next() {
                Some(n) if is_terminator(n) || is_closer(n) => end += n.len_utf8(),
                Some(' ') if c == '.' && rest.starts_with(" .") => end += 2,
                _ => break,
            }
        }
        while iter.peek().is_some_and(|&(j, _)| j < end) {
            iter.next();
        }
        last_nonblank_end = end;
        if ends_sentence(slice, i, c, end) {
            push(&mut out, base, &mut start, end);
        }
    }
    if start.is_some() {
        push(&mut out, base, &mut start, last_nonblank_end);
    }
    out
}

fn push(out: &mut Vec<Span>, base: usize, start: &mut Option<usize>, end: usize) {
    if let Some(s) = start.take() {
        if end > s {
            out.push(Span::new(base + s, base + end));
        }
    }
}

/// Whether the terminator `c` at `at` (with closers up to `end`) ends a sentence.
fn ends_sentence(slice: &str, at: usize, c: char, end: usize) -> bool {
    let after = &slice[end..];
    if is_ideographic_terminator(c) {
        return true;
    }
    let Some(first_after) = after.chars().next() else {
        return true;
    };
    if !is_blank(first_after) {
        return false;
    }
    let next_text = after.trim_start_matches(is_blank);
    let mut next_chars = next_text.chars();
    let Some(mut next) = next_chars.next() else {
        return true;
    };
    if is_opener(next) {
        match next_chars.next() {
            Some(n) => next = n,
            None => return true,
        }
    }
    if next.is_lowercase() {
        return false;
    }
    if c != '.' {
        return true;
    }
    if slice[..at].ends_with(". ") || slice[..at].ends_with('.') {
        // The end of an ellipsis run (". . ." or "...").
        return next.is_uppercase() || is_opener(next);
    }
    let word = word_before(slice, at);
    if is_abbreviation(word) {
        return false;
    }
    let mut letters = word.chars();
    if let (Some(only), None) = (letters.next(), letters.next()) {
        if only.is_uppercase() {
            // An initial ("S. Rajaratnam").
            return false;
        }
    }
    if word.contains('.') || is_state_abbreviation(word) {
        // A dotted abbreviation or a state's ("Okla.") ("U.S.", "a.m."): a new sentence only before a typical opener.
        let opener: String = next_text.chars().take_while(|c| c.is_alphabetic()).collect();
        return is_sentence_opener(&opener);
    }
    true
}

/// The word (letters, digits and inner dots) that ends right before byte `at`.
fn word_before(slice: &str, at: usize) -> &str {
    let head = &slice[..at];
    let mut start = at;
    for (i, c) in head.char_indices().rev() {
        if c.is_alphanumeric() || c == '.' {
            start = i;
        } else {
            break;
        }
        if at - i > 32 {
            break;
        }
    }
    &head[start..]
}

/// Whether the line break at `newline` ends the sentence: a blank line follows, the next line
/// starts with a bullet, or the line that ends here is a heading (short, no final punctuation,
/// and the next line starts with a capital).
fn breaks_line(slice: &str, line_start: usize, newline: usize) -> bool {
    let rest = &slice[newline + 1..];
    let next_line_text = rest.trim_start_matches(|c: char| is_blank(c) && c != '\n');
    let mut next = next_line_text.chars();
    match next.next() {
        None | Some('\n') => return true,
        Some(b) if is_bullet(b) && next.next().is_some_and(is_blank) => return true,
        _ => {}
    }
    if newline - line_start > HEADING_MAX_CHARS * 4 {
        return false;
    }
    let line = slice[line_start..newline].trim_matches(is_blank);
    let Some(last) = line.chars().last() else {
        return false;
    };
    let short = line.chars().count() <= HEADING_MAX_CHARS;
    let unpunctuated = !is_terminator(last)
        && !is_closer(last)
        && !matches!(last, ',' | ';' | ':' | '-' | '–' | '—');
    short && unpunctuated && next_line_text.chars().next().is_some_and(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, Span::new(0, text.len())).into_iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn plain_sentences_split_at_periods() {
        assert_eq!(
            split("Kim replied. Moon had written first."),
            ["Kim replied.", "Moon had written first."]
        );
    }

    #[test]
    fn titles_and_months_abbreviated_with_a_period_do_not_split() {
        assert_eq!(
            split("Mr. Kim met Dr. Lee on Feb. 28 in Hanoi. Talks failed."),
            ["Mr. Kim met Dr. Lee on Feb. 28 in Hanoi.", "Talks failed."]
        );
    }

    #[test]
    fn a_state_abbreviation_splits_only_before_a_sentence_opener() {
        assert_eq!(
            split(
                "An officer in Tulsa, Okla. Shelby fired. He lives in Tulsa, Okla. The city sued."
            ),
            [
                "An officer in Tulsa, Okla. Shelby fired.",
                "He lives in Tulsa, Okla.",
                "The city sued."
            ]
        );
    }

    #[test]
    fn initials_do_not_split() {
        assert_eq!(
            split("He works at the S. Rajaratnam School. He said so."),
            ["He works at the S. Rajaratnam School.", "He said so."]
        );
    }

    #[test]
    fn dotted_abbreviations_split_only_before_a_sentence_opener() {
        assert_eq!(
            split("He met U.S. Navy officers at 9 a.m. Friday."),
            ["He met U.S. Navy officers at 9 a.m. Friday."]
        );
        assert_eq!(
            split("Ties with the U.S. The new talks start."),
            ["Ties with the U.S.", "The new talks start."]
        );
    }

    #[test]
    fn quotes_ending_a_sentence_inside_the_marks() {
        assert_eq!(
            split("Trump said he “received a letter.” He smiled."),
            ["Trump said he “received a letter.”", "He smiled."]
        );
        assert_eq!(split("\"It is good.\" Cho said so."), ["\"It is good.\"", "Cho said so."]);
    }

    #[test]
    fn quotes_followed_by_a_lowercase_attribution_do_not_split() {
        assert_eq!(
            split("“I appreciated the letter,” he added. “It is warm!” she said."),
            ["“I appreciated the letter,” he added.", "“It is warm!” she said."]
        );
    }

    #[test]
    fn bracketed_spaced_ellipsis_does_not_split() {
        let s = split("“No nuclear testing. [. . .] When I first got here, it was a bad mess.”");
        assert_eq!(
            s,
            ["“No nuclear testing.", "[. . .] When I first got here, it was a bad mess.”"]
        );
    }

    #[test]
    fn headings_and_bullets_without_final_punctuation_end_a_sentence() {
        assert_eq!(
            split("Letters of Friendship\nThe report said so."),
            ["Letters of Friendship", "The report said so."]
        );
        assert_eq!(split("• first point\n• second point"), ["• first point", "• second point"]);
    }

    #[test]
    fn wrapped_lines_continue_the_sentence() {
        assert_eq!(
            split("The two leaders agreed to restore the hotline that had been\ncut in 2020."),
            ["The two leaders agreed to restore the hotline that had been\ncut in 2020."]
        );
    }

    #[test]
    fn non_breaking_spaces_are_blanks() {
        assert_eq!(
            split("It ended.\u{a0}CNBC\u{a0}reported it."),
            ["It ended.", "CNBC\u{a0}reported it."]
        );
    }

    #[test]
    fn mixed_curly_and_straight_quotes() {
        assert_eq!(
            split("He said \"yes.” Then ‘no.' Done."),
            ["He said \"yes.”", "Then ‘no.'", "Done."]
        );
    }

    #[test]
    fn ideographic_full_stops_split_without_spaces() {
        assert_eq!(
            split("北朝鮮が発表した。韓国も確認した。"),
            ["北朝鮮が発表した。", "韓国も確認した。"]
        );
    }

    #[test]
    fn an_unclosed_bracket_does_not_swallow_the_rest() {
        let long = format!("[{} end. Next one.", "word ".repeat(100));
        assert_eq!(split(&long).len(), 2);
    }

    #[test]
    fn spans_that_do_not_fit_give_nothing() {
        assert!(sentences("abc", Span::new(1, 10)).is_empty());
        assert!(split("").is_empty());
        assert!(split("  \n ").is_empty());
    }
}
