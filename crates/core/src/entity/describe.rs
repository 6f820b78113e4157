//! Descriptions that stand for an entity already found in the article: a news outlet's
//! ("the North's state news agency", "North Korea's state media", from
//! [`MEDIA_DESCRIPTIONS`]) and "the North" / "the South" for the article's North or South
//! place. Each becomes a mention (and, for an outlet, a role) of that entity.

use super::organizations::MEDIA_DESCRIPTIONS;
use super::words::TokenKind;
use super::{scan, EntityKind, Resolver};
use crate::doc::fold::lowercase_eq;
use crate::Span;

/// Whether `word` may be the first word of one of [`MEDIA_DESCRIPTIONS`]: an ASCII word only
/// when it has the length and the first letter of one (its lowercase has the same bytes); any
/// other word, always.
fn may_open_description(word: &str) -> bool {
    let opens = |first: &&str| {
        first.len() == word.len()
            && first.bytes().next() == word.bytes().next().map(|b| b.to_ascii_lowercase())
    };
    !word.is_ascii() || MEDIA_DESCRIPTIONS.iter().any(|d| d.first().is_some_and(opens))
}

/// Descriptions that stand for an entity: "the North's state news agency (KCNA)", "North
/// Korea's state media", and "the North" / "the South" for the article's North or South place.
pub(super) fn describe(r: &mut Resolver, text: &str, s: &scan::Scanned) {
    let tokens = &s.tokens;
    // Looked up once: the article's "North …" and "South …" places, and its one state outlet.
    let compass = |prefix: &str| {
        r.built
            .iter()
            .position(|b| b.entity.kind == EntityKind::Place && b.entity.name.starts_with(prefix))
    };
    let (north, south) = (compass("North "), compass("South "));
    let state: Vec<usize> = (0..r.built.len()).filter(|&b| r.built[b].state_media).collect();
    let state_outlet = (state.len() == 1).then(|| state[0]);
    let lower = |i: usize| tokens.get(i).map_or(String::new(), |t| t.text(text).to_lowercase());
    let lower_is = |i: usize, target: &str| {
        tokens.get(i).map_or(target.is_empty(), |t| lowercase_eq(t.text(text), target))
    };
    let mut i = 0;
    while i < tokens.len() {
        // "the North", "the South": a compass word after "the", not starting a longer name.
        let word = tokens[i].text(text);
        if matches!(word, "North" | "South")
            && i > 0
            && lower_is(i - 1, "the")
            && !tokens.get(i + 1).is_some_and(|t| t.is_capitalized(text))
        {
            let place = if word == "North" { north } else { south };
            if let Some(p) = place {
                let span = Span::new(tokens[i - 1].span.start, tokens[i].span.end);
                r.mention(text, p, span, false);
            }
        }
        // Most words cannot open a description by their length alone, which is cheaper to
        // tell than their lowercase (a word not in ASCII is read in full).
        let matched = may_open_description(word)
            .then(|| {
                MEDIA_DESCRIPTIONS.iter().find(|d| {
                    d.iter()
                        .enumerate()
                        .all(|(k, w)| lower_is(i + k, w) && !tokens[i + k].is_capitalized(text))
                })
            })
            .flatten();
        let Some(description) = matched else {
            i += 1;
            continue;
        };
        let end = i + description.len();
        // Back over the owner: "the North's", "North Korea's", "North Korean", "the official".
        let mut start = i;
        if start > 0 && tokens[start - 1].kind == TokenKind::Possessive {
            start -= 1;
        }
        while start > 0 && tokens[start - 1].is_capitalized(text) {
            start -= 1;
        }
        while start > 0 && matches!(lower(start - 1).as_str(), "the" | "official") {
            start -= 1;
        }
        let span = Span::new(tokens[start].span.start, tokens[end - 1].span.end);
        // The outlet named right after it, or else the article's one state outlet.
        let next = tokens.get(end).map(|t| t.span.start);
        let named = next.and_then(|at| {
            r.mentions.iter().rev().take(8).find(|m| m.span.start == at).map(|m| m.entity)
        });
        let named = named.filter(|&e| r.built[e].entity.media).or(state_outlet);
        if let Some(e) = named {
            r.mention(text, e, span, false);
            r.role(text, e, Span::new(tokens[i].span.start, tokens[end - 1].span.end));
        }
        i = end;
    }
}

#[cfg(test)]
mod tests {
    use super::may_open_description;

    #[test]
    fn only_words_as_long_as_a_description_opening_may_open_one() {
        for word in ["state", "State", "STATE", "official", "news", "News", "Ünïcode"] {
            assert!(may_open_description(word), "{word}");
        }
        for word in ["the", "North", "agency", "media", "KCNA", "Korea", "stats!", ""] {
            assert!(!may_open_description(word), "{word}");
        }
    }
}
