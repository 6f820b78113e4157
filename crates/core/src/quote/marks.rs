//! Finding quotations by their marks, in one pass over an article's blocks.
//!
//! - Curly marks say which side they are on; straight ones (`"` and `'`) are read by what stands
//!   next to them, and a closer of either style ends an opener of either style of the same
//!   weight ("‘Personal Letters'").
//! - A quotation may contain one nested in it ("…the ‘big deal’…"); only the outermost is
//!   reported.
//! - An apostrophe ("shouldn’t", "leaders’") never closes a single quote: a closing single mark
//!   has no letter right after it.
//! - A quotation that runs across paragraphs leaves its paragraph open and opens the next one
//!   again (`“Now, … as possible.¶“In this regard, … letters.”`): it is one quotation.
//! - A mark that is never closed within its paragraph (and not continued) is not a quotation.
//! - A closing curly mark that opens a paragraph while nothing is open opens a quotation (a
//!   common slip: "”Fear. I am truly afraid…”").
//! - Two straight apostrophes (`''…''`, as some newspapers' archives write quotation marks) are
//!   one double mark.
//! - A nickname quoted inside a name (`Ada "Dee" Lorne of Leeds`,
//!   [`crate::entity::quoted_nickname`]) is part of the name, not a quotation.

use crate::Span;

/// A quotation: the whole span with its marks, and the text inside them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marked {
    pub span: Span,
    pub inner: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Weight {
    Double,
    Single,
}

/// How deep quotations may nest; deeper opening marks are ignored, which keeps a run of stray
/// marks linear.
const MAX_NESTING: usize = 4;

fn opens_after(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace()
            || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘' | '"' | '\'')
    })
}

/// Finds the quotations of `blocks` (paragraphs or other regions, in text order). Never panics.
pub fn find(text: &str, blocks: &[Span]) -> Vec<Marked> {
    let mut out = Vec::new();
    // Open marks: where, which weight. The bottom one, if any, starts the current quotation.
    let mut stack: Vec<(usize, usize, Weight)> = Vec::new();
    // Whether the previous block left its quotation open for this one.
    let mut carried = false;
    for (b, block) in blocks.iter().enumerate() {
        let Some(slice) = text.get(block.start..block.end) else {
            stack.clear();
            continue;
        };
        let mut chars = slice.char_indices().peekable();
        let mut prev: Option<char> = None;
        // Whether a non-blank character came before in this block.
        let mut started = false;
        while let Some((i, c)) = chars.next() {
            if !matches!(c, '\'' | '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '‹' | '›')
            {
                // Nearly every character: no mark, nothing to open or close.
                started |= !c.is_whitespace();
                prev = Some(c);
                continue;
            }
            let at = block.start + i;
            let next = chars.peek().map(|&(_, n)| n);
            let end = at + c.len_utf8();
            let double_open = stack.iter().any(|s| s.2 == Weight::Double);
            let single_on_top = stack.last().is_some_and(|s| s.2 == Weight::Single);
            if c == '\'' && next == Some('\'') {
                // `''`: one double mark of two characters.
                chars.next();
                let end = end + 1;
                // The opening mark of a continued paragraph neither opens nor closes.
                let continues = carried && !started;
                if !continues && double_open {
                    close(&mut stack, Weight::Double, at, end, &mut out);
                } else if !continues && stack.len() < MAX_NESTING {
                    stack.push((at, end, Weight::Double));
                }
                started = true;
                prev = Some('"');
                continue;
            }
            match c {
                // The opening mark of a continued paragraph neither opens nor closes.
                '“' | '„' | '«' | '"' | '”' if carried && !started => {}
                // A closing mark that opens a paragraph with nothing open is a slip for an
                // opening one ("”Fear. I am afraid…”").
                '”' if stack.is_empty() && !started => stack.push((at, end, Weight::Double)),
                _ if stack.len() >= MAX_NESTING && matches!(c, '“' | '„' | '«' | '‘' | '‹') =>
                    {}
                '“' | '„' | '«' => stack.push((at, end, Weight::Double)),
                '”' | '»' => close(&mut stack, Weight::Double, at, end, &mut out),
                '"' if double_open => close(&mut stack, Weight::Double, at, end, &mut out),
                '"' => stack.push((at, end, Weight::Double)),
                '‘' | '‹' => stack.push((at, end, Weight::Single)),
                '’' | '›' | '\'' => {
                    let inner_apostrophe = prev.is_some_and(char::is_alphanumeric)
                        && next.is_some_and(char::is_alphanumeric);
                    let closes = single_on_top
                        && !inner_apostrophe
                        && !prev.is_some_and(char::is_whitespace)
                        && !next.is_some_and(char::is_alphanumeric);
                    if closes {
                        close(&mut stack, Weight::Single, at, end, &mut out);
                    } else if c == '\''
                        && opens_after(prev)
                        && next.is_some_and(char::is_alphanumeric)
                    {
                        stack.push((at, end, Weight::Single));
                    }
                }
                _ => {}
            }
            started |= !c.is_whitespace();
            prev = Some(c);
        }
        // The paragraph ends: a double quotation continues only if the next block opens again.
        let bottom_double = stack.first().is_some_and(|s| s.2 == Weight::Double);
        let next_opens = blocks.get(b + 1).is_some_and(|n| {
            let n = n.of(text).trim_start();
            n.starts_with(['“', '"', '„', '«', '”']) || n.starts_with("''")
        });
        carried = bottom_double && next_opens;
        if carried {
            // Only the quotation's opening mark stays open across the break.
            stack.truncate(1);
        } else {
            stack.clear();
        }
    }
    out.retain(|m| !crate::entity::quoted_nickname(text, m.span, m.inner));
    out
}

/// Closes the innermost open mark of `weight` (and anything opened inside it); a quotation is
/// complete when nothing is left open.
fn close(
    stack: &mut Vec<(usize, usize, Weight)>,
    weight: Weight,
    at: usize,
    end: usize,
    out: &mut Vec<Marked>,
) {
    let Some(pos) = stack.iter().rposition(|s| s.2 == weight) else { return };
    let (start, inner_start, _) = stack[pos];
    stack.truncate(pos);
    if stack.is_empty() {
        out.push(Marked { span: Span::new(start, end), inner: Span::new(inner_start, at) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        let blocks: Vec<Span> = {
            let mut v = Vec::new();
            let mut start = 0;
            for (i, c) in text.char_indices() {
                if c == '\n' {
                    v.push(Span::new(start, i));
                    start = i + 1;
                }
            }
            v.push(Span::new(start, text.len()));
            v
        };
        find(text, &blocks).iter().map(|q| q.inner.of(text)).collect()
    }

    #[test]
    fn straight_and_curly_quotes() {
        assert_eq!(quotes("He said \"yes\" and “no”."), ["yes", "no"]);
    }

    #[test]
    fn mixed_curly_opener_and_straight_closer() {
        assert_eq!(quotes("Leaders Sent ‘Personal Letters' to Each Other"), ["Personal Letters"]);
    }

    #[test]
    fn apostrophes_do_not_close_single_quotes() {
        assert_eq!(quotes("the leaders’ trust and Kim’s letter"), Vec::<&str>::new());
        assert_eq!(quotes("“we shouldn't jump,” he said"), ["we shouldn't jump,"]);
    }

    #[test]
    fn nested_quotes_report_only_the_outer_one() {
        assert_eq!(
            quotes("“He called it a ‘big deal’ today,” she said."),
            ["He called it a ‘big deal’ today,"]
        );
    }

    #[test]
    fn a_quote_across_paragraphs_is_one_quote() {
        let found = quotes("It said: “Now we act.\n“In this regard, we agree.”\nDone.");
        assert_eq!(found, ["Now we act.\n“In this regard, we agree."]);
    }

    #[test]
    fn two_apostrophes_are_a_double_mark() {
        assert_eq!(
            quotes("''We don't know,'' said Ms. Oduya. ''It's the 'big' one.''"),
            ["We don't know,", "It's the 'big' one."]
        );
    }

    #[test]
    fn a_closing_mark_opening_a_paragraph_opens_a_quote() {
        assert_eq!(quotes("”We stay,” she said.\nThey left."), ["We stay,"]);
        assert_eq!(quotes("He said “no.”"), ["no."]);
    }

    #[test]
    fn a_nickname_inside_a_name_is_not_a_quote() {
        assert_eq!(quotes("Rep. Ada \"Dee\" Lorne (D-Leeds) said \"no.\""), ["no."]);
        assert_eq!(quotes("the pilot, Tom “Ace” Varga of Ohio"), Vec::<&str>::new());
        // A title-case headline keeps its quotation.
        assert_eq!(quotes("Mayor Calls ‘Reckless’ Budget Plan Unfair"), ["Reckless"]);
        assert_eq!(quotes("Dana called “Reckless” Budget a risk"), ["Reckless"]);
        // After a middle initial too, but not after a sentence's end.
        assert_eq!(quotes("Rep. Tom C. \"Ty\" Reyes spoke."), Vec::<&str>::new());
        assert_eq!(quotes("He left Ohio. \"Go\" Home is a song."), ["Go"]);
    }

    #[test]
    fn an_unclosed_mark_is_not_a_quote() {
        assert_eq!(quotes("He said “never\nThen more."), Vec::<&str>::new());
    }
}
