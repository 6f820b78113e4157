//! The organisation and place rules of [`super::scan`]: the known names of the data tables
//! (organisations, news outlets, places, aliases and demonyms), indexed by their first word
//! (`known_organization`, `known_place`), organisations by their head word and complement
//! (`organization_by_head`: "Ewha University", "School of International Studies"), places by
//! their head or opener (`place_by_head`: "Millbrook River", "Mount Everest"), and the
//! organisation nouns around an unknown word (`organization_by_noun`: "the Verdi union").

use super::organizations::{
    AMBIGUOUS_NAMES, CONNECTORS, KNOWN_ORGANIZATIONS, LEGAL_FORMS, ORGANIZATION_HEADS,
    ORGANIZATION_NOUNS,
};
use super::places::{known_places, GIVEN_NAME_PLACES, PLACE_HEADS, PLACE_OPENERS};
use super::scan::{is_all_caps, is_title_word, lower, RawKind, Scanned, Segmenter};
use super::titles::{PLURAL_TITLES, TITLES};
use crate::article::OUTLETS;
use crate::doc::fold::with_lowercase;
use crate::word_table::WordMap;
use std::collections::HashMap;
use std::sync::OnceLock;

/// What a known name stands for.
#[derive(Debug, Clone, Copy)]
enum Known {
    Organization { canonical: &'static str, media: bool },
    Place { canonical: &'static str, demonym: bool },
}

/// A name from the data tables, as written in text ("U.N.", "North Korean").
#[derive(Debug, Clone, Copy)]
struct KnownName {
    name: &'static str,
    target: Known,
    /// Written "The X" in the table and one word without it ("The Independent"): matched only
    /// after "the", since "Independent journalists" is no outlet.
    needs_the: bool,
}

/// The lowercase letters and digits a word starts with: the index key of a known name.
fn leading_word(word: &str) -> String {
    word.chars().take_while(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Known organisations (with the article reader's outlets) and places, indexed by their first
/// word, built once: each capitalised word is checked against the few names it can start.
fn known_names() -> &'static WordMap<String, Vec<KnownName>> {
    static INDEX: OnceLock<WordMap<String, Vec<KnownName>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: WordMap<String, Vec<KnownName>> = WordMap::default();
        let mut add = |name: &'static str, target: Known| {
            if AMBIGUOUS_NAMES.contains(&name) {
                return;
            }
            let bare = name.strip_prefix("The ").unwrap_or(name);
            let needs_the = bare.len() < name.len() && !bare.contains(' ');
            let known = KnownName { name: bare, target, needs_the };
            index.entry(leading_word(bare)).or_default().push(known);
        };
        for org in KNOWN_ORGANIZATIONS {
            let target = Known::Organization { canonical: org.name, media: false };
            for name in std::iter::once(&org.name).chain(org.aliases) {
                add(name, target);
            }
        }
        for outlet in OUTLETS {
            let target = Known::Organization { canonical: outlet.name, media: true };
            for name in std::iter::once(&outlet.name).chain(outlet.aliases) {
                add(name, target);
            }
        }
        for place in known_places() {
            for name in std::iter::once(&place.name).chain(place.aliases) {
                add(name, Known::Place { canonical: place.name, demonym: false });
            }
            for name in place.demonyms {
                add(name, Known::Place { canonical: place.name, demonym: true });
            }
        }
        index
    })
}

fn known_names_at(word: &str) -> &'static [KnownName] {
    known_names().get(&leading_word(word)).map_or(&[], Vec::as_slice)
}

impl Segmenter<'_> {
    /// Where a name starting at token `k` ends: the token index just past it and the byte
    /// offset of its end. The name must end at a token end, or at a hyphen inside a token
    /// ("North Korea-U.S.": the place ends before the hyphen).
    pub(super) fn match_at(&self, k: usize, name: &str) -> Option<(usize, usize)> {
        let start = self.tokens.get(k)?.span.start;
        let rest = self.text.get(start..)?;
        // An all-capital dateline ("SEOUL, South Korea") names places in capitals.
        let shouted = || {
            rest.get(..name.len()).is_some_and(|r| is_all_caps(r) && r.eq_ignore_ascii_case(name))
                && name.chars().filter(|c| c.is_alphabetic()).count() > 3
        };
        if !rest.starts_with(name) && !shouted() {
            return None;
        }
        let end = start + name.len();
        let after = self.text.get(end..).and_then(|s| s.chars().next());
        let mut m = k;
        while m < self.tokens.len() && self.tokens[m].span.end <= end {
            m += 1;
        }
        let at_token_end = m > k && self.tokens[m - 1].span.end == end;
        if at_token_end && !after.is_some_and(char::is_alphanumeric) {
            return Some((m, end));
        }
        if after == Some('-') && m < self.tokens.len() && self.tokens[m].span.start < end {
            return Some((m + 1, end));
        }
        None
    }

    pub(super) fn known_organization(&self, k: usize) -> Option<((usize, usize), String, bool)> {
        let mut best: Option<((usize, usize), String, bool)> = None;
        for known in known_names_at(self.word(k)) {
            let Known::Organization { canonical, media } = known.target else { continue };
            let after_the = k > 0 && self.word(k - 1).eq_ignore_ascii_case("the");
            if known.needs_the && !after_the {
                continue;
            }
            if let Some(m) = self.match_at(k, known.name) {
                if best.as_ref().is_none_or(|b| m.1 > b.0 .1) {
                    best = Some((m, canonical.to_string(), media));
                }
            }
        }
        best
    }

    pub(super) fn organization_by_head(&self, k: usize, b: usize) -> Option<usize> {
        // The last head word before any title: "Rail Delivery Group", but "European Commission"
        // in "European Commission President Ursula von der Leyen".
        let is_head = |h: usize| {
            with_lowercase(self.word(h), |w| ORGANIZATION_HEADS.contains(w))
                && self.tokens[h].is_capitalized(self.text)
        };
        // `legal_form_name`: a title word opening the run belongs to a company's name when the
        // words after it end in a legal form ("General Mills Inc", "General Motors Corp.").
        let titled = |t: usize| is_title_word(self.text, self.tokens[t]);
        // `plural_title_member`: a title in the plural before an organisation head in the same
        // run is part of the name ("Republican Governors Association", "National Mayors
        // Council"); before names it titles several people ("Presidents A and B").
        let plural_title_member = |t: usize| {
            with_lowercase(self.word(t), |w| PLURAL_TITLES.contains(&w))
                && (t + 1..b)
                    .take_while(|&h| {
                        !titled(h) || with_lowercase(self.word(h), |w| PLURAL_TITLES.contains(&w))
                    })
                    .any(is_head)
        };
        let legal_form_name = titled(k) && k + 2 < b && {
            // The capitalised words after the title, up to the next title; the last is the head.
            let end = (k + 1..b)
                .find(|&t| titled(t) || !self.tokens[t].is_capitalized(self.text))
                .unwrap_or(b);
            end > k + 2 && with_lowercase(self.word(end - 1), |w| LEGAL_FORMS.contains(w))
        };
        let from = if legal_form_name { k + 1 } else { k };
        let before_title = (from..b).find(|&t| titled(t) && !plural_title_member(t)).unwrap_or(b);
        let first = (k..before_title).find(|&h| is_head(h))?;
        let mut head = first;
        while head + 1 < before_title && self.tokens[head + 1].is_capitalized(self.text) {
            head += 1;
        }
        while head > first && !is_head(head) {
            head -= 1;
        }
        let mut end = head + 1;
        loop {
            // A complement past the run: "School of International Studies".
            // "and" only joins words that are not an organisation of their own: "Center for
            // Strategic and International Studies", not "… of Seoul and Yonsei University".
            let and_ok = self.word(end) != "and" || {
                let mut j = end + 1;
                let mut own_head = false;
                while self.tokens.get(j).is_some_and(|t| t.is_capitalized(self.text)) {
                    own_head |= with_lowercase(self.word(j), |w| ORGANIZATION_HEADS.contains(w));
                    j += 1;
                }
                !own_head
            };
            let connector = CONNECTORS.contains(&self.word(end)) && and_ok;
            if connector && self.tokens.get(end + 1).is_some_and(|t| t.is_capitalized(self.text)) {
                end += 2;
                while self
                    .tokens
                    .get(end)
                    .is_some_and(|&t| t.is_capitalized(self.text) && !is_title_word(self.text, t))
                {
                    end += 1;
                }
                continue;
            }
            break;
        }
        (end - k >= 2).then_some(end)
    }

    pub(super) fn known_place(&self, k: usize) -> Option<((usize, usize), &'static str, bool)> {
        let mut best: Option<((usize, usize), &'static str, bool)> = None;
        for known in known_names_at(self.word(k)) {
            let Known::Place { canonical, demonym } = known.target else { continue };
            if demonym && is_plural_demonym(canonical, known.name) {
                continue;
            }
            if let Some(m) = self.match_at(k, known.name) {
                if best.is_none_or(|b| m.1 > b.0 .1) {
                    best = Some((m, canonical, demonym));
                }
            }
        }
        best.filter(|&((m, _), ..)| !self.given_name_not_place(k, m))
    }

    /// Rule "given name, not the place": a one-word place that is also a given name
    /// ([`GIVEN_NAME_PLACES`]: "Virginia", "Jordan", "Paris") right before a capitalised word
    /// that could be a surname — no title, no known place or organisation, no place head, no
    /// plural ("Virginia Democrats") — is a person's first name: "Virginia Smith", "Paris Hilton".
    fn given_name_not_place(&self, k: usize, m: usize) -> bool {
        if m != k + 1 || !GIVEN_NAME_PLACES.contains(self.word(k)) || m >= self.tokens.len() {
            return false;
        }
        let next = self.word(m);
        let surname_like = next.chars().next().is_some_and(char::is_uppercase)
            && next.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && !next.ends_with('s');
        surname_like
            && self.tokens[m].span.start == self.tokens[k].span.end + 1
            && !is_title_word(self.text, self.tokens[m])
            && !with_lowercase(next, |w| PLACE_HEADS.contains(w))
            && known_names_at(next).is_empty()
    }

    /// `place_by_head`: words before a place head ("Millbrook River", "Bartow County"), or a
    /// place opener and the word after it ("Mount Everest").
    pub(super) fn place_by_head(&self, k: usize, b: usize) -> Option<usize> {
        let opener =
            with_lowercase(self.word(k), |w| PLACE_OPENERS.contains(&w.trim_end_matches('.')));
        if opener && k + 1 < b {
            return Some(k + 2);
        }
        let head =
            (k + 1..b).find(|&h| with_lowercase(self.word(h), |w| PLACE_HEADS.contains(w)))?;
        if (k..head).any(|t| {
            is_title_word(self.text, self.tokens[t]) || !self.tokens[t].is_capitalized(self.text)
        }) {
            return None;
        }
        Some(head + 1)
    }

    /// `organization_by_noun`: whether an organisation noun follows ("the Verdi union").
    pub(super) fn org_noun_after(&self, e: usize) -> bool {
        self.tokens.get(e).is_some_and(|&t| {
            !t.is_capitalized(self.text)
                && ORGANIZATION_NOUNS.contains(lower(self.text, t).as_str())
        })
    }

    /// `organization_by_noun`, before: "exchange Zentra", "analytics firm Chainsight".
    pub(super) fn org_noun_before(&self, u: usize) -> bool {
        u.checked_sub(1).and_then(|p| self.tokens.get(p)).is_some_and(|&t| {
            !t.is_capitalized(self.text)
                && ORGANIZATION_NOUNS.contains(lower(self.text, t).as_str())
        })
    }
}

/// `company_short_form`: a company named with a title word and its legal form ("General Mills
/// Inc", `legal_form_name`) is meant by the same words without the legal form ("General Mills has
/// gained"), which the scan reads as a title and a name: such a name becomes the company. One
/// pass collects the names, one rewrites the mentions; linear in the mentions.
pub(super) fn company_short_forms<R>(text: &str, regions: &mut [(R, Scanned)]) {
    let bare = |w: &str| w.trim_end_matches('.').to_lowercase();
    let mut companies: HashMap<String, String> = HashMap::new();
    for raw in regions.iter().flat_map(|(_, s)| &s.raws) {
        let RawKind::Organization { name, .. } = &raw.kind else { continue };
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() >= 3
            && TITLES.contains(&bare(words[0]))
            && LEGAL_FORMS.contains(&bare(words[words.len() - 1]))
        {
            let short = words[..words.len() - 1].join(" ").to_lowercase();
            companies.entry(short).or_insert_with(|| name.clone());
        }
    }
    if companies.is_empty() {
        return;
    }
    for raw in regions.iter_mut().flat_map(|(_, s)| &mut s.raws) {
        if !matches!(raw.kind, RawKind::Short { .. } | RawKind::Person(_) | RawKind::Candidate(_)) {
            continue;
        }
        let before = text[..raw.span.start].trim_end_matches(' ');
        let title = before.rsplit(char::is_whitespace).next().unwrap_or("");
        if title.is_empty() || before.len() == raw.span.start {
            continue;
        }
        let said = format!("{title} {}", raw.span.of(text)).to_lowercase();
        if let Some(name) = companies.get(&said) {
            raw.span.start = before.len() - title.len();
            raw.kind = RawKind::Organization { name: name.clone(), media: false };
            raw.roles.clear();
        }
    }
}

/// Rule "people, not the place": a demonym in the plural ("Americans", "North Koreans") names
/// people of a place, not the place: "Two Americans were arrested" is no mention of the United
/// States. A plural is a demonym whose singular is one too ("Swiss" is no plural).
fn is_plural_demonym(place: &str, demonym: &str) -> bool {
    let Some(singular) = demonym.strip_suffix('s') else { return false };
    known_places().any(|p| p.name == place && p.demonyms.contains(&singular))
}

#[cfg(test)]
mod tests {
    use super::super::scan::{found, pairs};

    #[test]
    fn organisations_take_their_head_and_complement() {
        assert_eq!(
            found("at the S. Rajaratnam School of International Studies."),
            pairs(&[("S. Rajaratnam School of International Studies", "org")])
        );
        assert_eq!(
            found("the Korea Institute for National Unification, noted"),
            pairs(&[("Korea Institute for National Unification", "org")])
        );
    }

    #[test]
    fn a_title_word_before_a_legal_form_is_part_of_the_company() {
        // `legal_form_name`
        assert_eq!(found("rival General Mills Inc. has"), pairs(&[("General Mills Inc", "org")]));
        assert_eq!(
            found("at General Motors Corp. plants"),
            pairs(&[("General Motors Corp", "org")])
        );
        // A title before a name and a different head stays a title.
        assert_eq!(found("said General Mark Milley on"), pairs(&[("Mark Milley", "person")]));
    }

    #[test]
    fn one_word_outlets_written_with_the_need_the() {
        let no_org = |text: &str| found(text).iter().all(|(_, kind)| *kind != "org");
        assert!(no_org("Independent journalists were barred"));
        assert!(no_org("Time is running out"));
        assert_eq!(found("as the Independent reported"), pairs(&[("Independent", "org")]));
    }

    #[test]
    fn place_heads_and_shouted_datelines_make_places() {
        assert_eq!(found("the Millbrook River burst"), pairs(&[("Millbrook River", "place")]));
        assert_eq!(
            found("SEOUL, South Korea (AP)"),
            pairs(&[("SEOUL", "place"), ("South Korea", "place"), ("AP", "org")])
        );
        // A known given name wins over a place head.
        assert_eq!(found("said Jenny Town, director"), pairs(&[("Jenny Town", "person")]));
    }

    #[test]
    fn states_and_the_district_are_places() {
        // `world_places`: the U.S. states and the District of Columbia, whole.
        assert_eq!(
            found("voters in Ohio and New Hampshire"),
            pairs(&[("Ohio", "place"), ("New Hampshire", "place")])
        );
        assert_eq!(
            found("only the District of Columbia's primary"),
            pairs(&[("District of Columbia", "place")])
        );
    }

    #[test]
    fn a_place_that_is_a_given_name_before_a_surname_is_a_person() {
        // Rule "given name, not the place".
        let kinds = |text: &str| found(text).into_iter().map(|(_, k)| k).collect::<Vec<_>>();
        assert!(!kinds("a lawyer, Virginia Okafor, sued").contains(&"place"));
        // Not before a plural, a title, a lowercase word or another place.
        let place = |text: &str, name: &str| found(text).contains(&(name.to_string(), "place"));
        assert!(place("Virginia Democrats met", "Virginia"));
        assert!(place("the Virginia governor said", "Virginia"));
        assert!(place("King Hussein of Jordan met Bush", "Jordan"));
    }
}
