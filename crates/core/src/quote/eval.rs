//! Scoring found quotations against annotations: the one scorer behind the integration test and
//! `dateline quotes --score DIR`.
//!
//! A found quotation matches an annotated one when their words agree once quotation marks,
//! blanks and edge punctuation are set aside; each annotation matches at most one quotation, in
//! text order. On matched quotations, the speaker (and the channel) is right when the entity the
//! core names carries the annotated name as its canonical name or an alias, or when both say
//! nobody (an unnamed speaker, "a spokesman", says nobody: annotations write it `null`).

use serde::{Deserialize, Serialize};

use super::Quote;
use crate::entity::Extraction;

/// An annotated quotation: its words (inside the marks) and who said and relayed it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct GoldQuote {
    pub text: String,
    pub speaker: Option<String>,
    #[serde(default)]
    pub channel: Option<String>,
}

/// Counts over one or more articles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Score {
    pub gold: usize,
    pub found: usize,
    pub matched: usize,
    pub speaker_right: usize,
    pub channel_right: usize,
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        1.0
    } else {
        n as f64 / d as f64
    }
}

impl Score {
    pub fn add(&mut self, other: Score) {
        self.gold += other.gold;
        self.found += other.found;
        self.matched += other.matched;
        self.speaker_right += other.speaker_right;
        self.channel_right += other.channel_right;
    }

    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.found)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    /// Right speakers among matched quotations.
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_right, self.matched)
    }

    pub fn channel_accuracy(&self) -> f64 {
        ratio(self.channel_right, self.matched)
    }
}

/// What went wrong with one quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Miss {
    /// Annotated, not found.
    Missed {
        text: String,
    },
    /// Found, not annotated.
    Extra {
        text: String,
    },
    WrongSpeaker {
        text: String,
        got: Option<String>,
        want: Option<String>,
    },
}

/// A name's matching key: lowercase letters and digits, without a leading "the".
pub fn name_key(name: &str) -> String {
    let trimmed = name.trim();
    let bare =
        trimmed.strip_prefix("the ").or_else(|| trimmed.strip_prefix("The ")).unwrap_or(trimmed);
    bare.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Quoted words without marks, blanks or edge punctuation.
fn normalized(text: &str) -> String {
    let kept: String = text
        .chars()
        .filter(|c| !matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'' | '«' | '»' | '„'))
        .collect();
    let words: Vec<&str> = kept.split_whitespace().collect();
    words.join(" ").trim_matches(|c: char| matches!(c, ',' | '.' | ' ' | ':' | ';')).to_string()
}

/// Whether the entity id names the annotated actor (or both are absent).
fn same_actor(entities: &Extraction, id: &Option<String>, want: &Option<String>) -> bool {
    // An unnamed speaker ("a spokesman") is nobody named: annotated `null`.
    let id = &id.clone().filter(|id| !super::is_unnamed_id(id));
    match (id, want) {
        (None, None) => true,
        (Some(id), Some(name)) => entities.by_id(id).is_some_and(|e| {
            let key = name_key(name);
            name_key(&e.name) == key || e.aliases.iter().any(|a| name_key(a) == key)
        }),
        _ => false,
    }
}

/// Scores the quotations found in `text` against the annotations.
pub fn score(
    text: &str,
    quotes: &[Quote],
    entities: &Extraction,
    gold: &[GoldQuote],
) -> (Score, Vec<Miss>) {
    let mut s = Score { gold: gold.len(), found: quotes.len(), ..Score::default() };
    let mut misses = Vec::new();
    let found: Vec<String> = quotes.iter().map(|q| normalized(q.text.of(text))).collect();
    let mut used = vec![false; quotes.len()];
    for g in gold {
        let want = normalized(&g.text);
        let Some(i) = (0..quotes.len()).find(|&i| !used[i] && found[i] == want) else {
            misses.push(Miss::Missed { text: g.text.clone() });
            continue;
        };
        used[i] = true;
        s.matched += 1;
        if same_actor(entities, &quotes[i].speaker, &g.speaker) {
            s.speaker_right += 1;
        } else {
            let got = quotes[i].speaker.as_ref().and_then(|id| entities.by_id(id));
            misses.push(Miss::WrongSpeaker {
                text: g.text.clone(),
                got: got.map(|e| e.name.clone()),
                want: g.speaker.clone(),
            });
        }
        s.channel_right += usize::from(same_actor(entities, &quotes[i].channel, &g.channel));
    }
    for (q, _) in quotes.iter().zip(&used).filter(|(_, u)| !**u) {
        misses.push(Miss::Extra { text: q.text.of(text).to_string() });
    }
    (s, misses)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::{extract, Region, RegionRole};
    use crate::quote::{extract as quotes, Block};
    use crate::Span;

    fn run(text: &str, gold: &[GoldQuote]) -> (Score, Vec<Miss>) {
        let span = Span::new(0, text.len());
        let doc = crate::doc::Doc::new(text);
        let x = extract(&doc, &[Region { span, role: RegionRole::Body }], &[]);
        let q = quotes(&doc, &[Block { span, sentences: vec![span], headline: false }], &x);
        score(text, &q, &x, gold)
    }

    fn gold(text: &str, speaker: Option<&str>) -> GoldQuote {
        GoldQuote { text: text.into(), speaker: speaker.map(String::from), channel: None }
    }

    #[test]
    fn a_wrong_speaker_counts_as_wrong_and_a_right_one_as_right() {
        let text = "“We are ready,” Donald Trump said.";
        let (s, _) = run(text, &[gold("We are ready,", Some("John Bolton"))]);
        assert_eq!((s.matched, s.speaker_right), (1, 0));
        let (s, _) = run(text, &[gold("We are ready", Some("Donald Trump"))]);
        assert_eq!((s.matched, s.speaker_right), (1, 1));
    }

    #[test]
    fn missed_and_extra_quotations_lower_recall_and_precision() {
        let (s, misses) = run("He said “yes”.", &[gold("no", None)]);
        assert_eq!((s.gold, s.found, s.matched), (1, 1, 0));
        assert_eq!(s.precision(), 0.0);
        assert_eq!(misses.len(), 2);
    }

    #[test]
    fn names_match_without_case_hyphens_or_a_leading_the() {
        assert_eq!(name_key("Kim Jong-Un"), name_key("kim jong un"));
        assert_eq!(name_key("The Hankyoreh"), name_key("Hankyoreh"));
    }
}
