//! Direct quotations and who said them.
//!
//! [`extract`] finds quotations by their marks ([`marks`]: straight or curly, partial, nested,
//! across paragraphs, `''…''`) and attributes each one within its sentence (`sentence`: its
//! words, mentions and cues), using the cue words of [`cues`], the article's entity mentions
//! ([`crate::entity`]), and, where the article was parsed, the syntax tree (`subject`: the
//! subject of the verb of saying, pronouns and descriptions resolved by [`crate::coref`]).
//! The rules live in `attribute` (each cue's subject, the reading state) and `choose` (each
//! quotation's speaker and channel), named where applied:
//! - `cue_subject`: a cue verb's subject is the mention right before it, past fillers ("also",
//!   "went on to", adverbs the tagger reads: "Kelly pointedly replied") and appositives set off
//!   by commas ("Leif-Eric Easley, a professor at …, said"); or right after it when it follows
//!   the quotation ("…,” said Kim"), past a short "of" phrase after a role noun
//!   (`role_of_phrase`: "the mother of three replied"); "according to X" takes X, and so does
//!   an author's "by X" right after the quoted words (`authored_by`: "“…” was written by X", "a
//!   paper titled “…” by X"; a person or an organisation only); a participle (", saying") or a
//!   verb after "and" takes the clause's subject, but one right after a name with no comma
//!   modifies that name (`reduced_relative`: "footage of Clinton asking, “…”"). A name before a
//!   role noun only qualifies it (`name_modifier`: "A Warren adviser, who …, said" is no
//!   Warren; "Trump aide Kellyanne Conway" is Conway). The words naming the speaker are those of
//!   the cue next to the quotation; a cue right after it wins over one before it that stands
//!   apart ("Moscow denies — “…?” asked Dunn").
//! - `colon`: a colon right before a quotation stands for the verb of its clause ("the coach
//!   smiled: “…”"; after the verb's object, `colon_object`: "is rolling out a message: “…”");
//!   when its subject cannot be read it defers to a verb of saying before it
//!   with no quotation between ("Acme said in a statement: “…”").
//! - `tree_subject`, `governing_verb`, `colon_verb` (module `subject`): the subject of the cue
//!   verb in the tree when it is a pronoun, a relative pronoun or a description; names stay
//!   with the word rules below unless they find none; a quotation with no cue word takes the
//!   subject of the verb of saying that governs it ("“…,” Trump went on"), and so does one
//!   whose cues name nobody ("When attackers are revealed as …, A and B call them “…”").
//! - `pronoun`: "he"/"she" is the last person in focus (the subject of the last cue, or else of
//!   the last sentence: "Maria Gonzalez held her son. “…,” she said") when the gender agrees,
//!   else the most recent person it agrees with ([`crate::coref`]); an indefinite speaker ("an
//!   official familiar with the talks said") takes the focus away from named people.
//! - `description`: a definite description as the subject of a cue right next to the quotation
//!   ("…,” the 23-year-old said", "the senator said"; before it, past a short prepositional
//!   phrase and the introducing comma: "the businessman says of Clinton, “…”") is who [`crate::coref`] resolves it to
//!   (a role the text gave, the organisation or outlet in focus, the person in focus);
//!   "Moon's spokesperson" is nobody named.
//! - `headline` (in `choose`): a title that opens with a person's name, and holds a quotation
//!   with no cue, gives it to that person ("Ada Lorne Speaks ‘…’"; a lone surname at the start
//!   is the article's one person of that surname).
//! - `name_colon`: "Bush: “…”", "A lesson from Ada Lorne: “…”"; `dash_name`: "“…” ― Sonya Herridge"; `introduction`: a
//!   sentence ending with a colon ("Dr. Ward stated:") gives its speaker to the quotation that
//!   opens the next paragraph.
//! - `channel`: a subject that relays (a report noun, "the report said"; a report verb,
//!   "Reuters reported"; "carried by KCNA"; a news outlet behind "according to" when someone else
//!   speaks) is the quotation's channel, not its speaker. A subject inside a prepositional phrase
//!   ("Terry Hughes of James Cook University, …, called") is passed over for the one before it.
//! - `relayed_subject`: a person named right before a quotation that continues the sentence
//!   (`Kim "appreciated the pains…" by Moon, the report said`) is its speaker when the cue's
//!   subject is a channel.
//! - `relay_person`: a cue before the quotation and another after it with a different subject
//!   (`Kim said "…," spokesperson Park Kyung-mi told NBC News`): the first is the speaker, the
//!   second the channel.
//! - `respectively`: subjects "A and B … respectively" with as many quotations take them in order.
//! - `split_attribution`: a sentence that ends with a quotation and the next that opens as
//!   its attribution ("“Who are they?” Trump said.", split after the question mark) are read
//!   as one.
//! - `continuation`: a quotation that opens a sentence with no cue continues the speaker of the
//!   paragraph's previous sentence (past a sentence with neither quotation nor cue whose subject
//!   is that speaker: "He did not elaborate."), or of the previous paragraph when that paragraph
//!   ended with a quotation. A quotation that runs across paragraphs is read with the sentence it closes in,
//!   where its cue usually is.
//! - `unnamed_speaker` (module `unnamed`): a speaker described but never named ("a spokesman
//!   for Clinton said", "the report says") is an entity made for the description, marked
//!   unnamed, never merged; a description that refers to someone named is resolved as above.
//! - Otherwise the speaker is `None`: never a guess.
//!
//! Each quotation also carries the words that name its speaker in the attribution
//! ([`Quote::speaker_mention`]: "he", "the senator", "Elizabeth Warren");
//! [`record_speaker_mentions`] makes them mentions of the speaker's entity.
//!
//! [`eval`] scores found quotations against annotations (`testdata/quotes/`).

mod attribute;
mod choose;
pub mod cues;
pub mod eval;
pub mod marks;
mod sentence;
mod subject;
mod unnamed;
mod walk;

pub use unnamed::{is_unnamed_id, record_unnamed_speakers};

use serde::Serialize;

use crate::article::{sentences, Article};
use crate::doc::Doc;
use crate::entity::{regions, Extraction, RegionRole};
use crate::Span;
use attribute::Reader;

/// A direct quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The quotation with its marks.
    pub span: Span,
    /// The quoted words, inside the marks.
    pub text: Span,
    /// Entity id of who said it, or `None` when the text does not say.
    pub speaker: Option<String>,
    /// The words that name the speaker in this quotation's attribution ("he", "the senator",
    /// "Elizabeth Warren"; for a quotation that continues another speaker's, those of the
    /// attribution it continues), when there are any. The speaker's entity has a mention there.
    pub speaker_mention: Option<Span>,
    /// Entity id of who relayed it ("the report said" → the news agency), if the text says.
    pub channel: Option<String>,
    /// The cue that attributes it ("said", "according to").
    pub cue: Option<Span>,
}

impl Quote {
    /// The `dateline.bundle/1` quotation, with entity ids mapped through `ids` (an article's
    /// entry of [`crate::entity::corpus::Merged::ids`]; ids missing from it are kept).
    pub fn to_bundle(
        &self,
        text: &str,
        ids: &std::collections::BTreeMap<String, String>,
    ) -> crate::bundle::BundleQuote {
        let map = |id: &Option<String>| id.as_ref().map(|id| ids.get(id).unwrap_or(id).clone());
        crate::bundle::BundleQuote {
            start: self.span.start,
            end: self.span.end,
            text: self.text.of(text).to_string(),
            speaker: map(&self.speaker),
            speaker_mention: self.speaker_mention,
            channel: map(&self.channel),
        }
    }
}

/// Records the words that name each quotation's speaker ("he", "the senator") as a mention of
/// the speaker's entity, in text order, unless the entity already has a mention there. The
/// flat [`Extraction::mentions`] list is left as the entity reader made it (events read it).
pub fn record_speaker_mentions(quotes: &[Quote], entities: &mut Extraction) {
    for quote in quotes {
        let (Some(id), Some(words)) = (&quote.speaker, quote.speaker_mention) else { continue };
        let Some(entity) = entities.entities.iter_mut().find(|e| &e.id == id) else { continue };
        let at = entity.mentions.partition_point(|m| m.start < words.start);
        let overlaps = |k: usize| {
            entity.mentions.get(k).is_some_and(|m| m.start < words.end && words.start < m.end)
        };
        if !(overlaps(at) || at > 0 && overlaps(at - 1)) {
            entity.mentions.insert(at, words);
        }
    }
}

/// A text block the quotes of an article are looked for in, and its sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub span: Span,
    pub sentences: Vec<Span>,
    /// The article's title (rule `headline`).
    pub headline: bool,
}

/// The blocks of a parsed article that carry quotations: title, dek, key points, subheadings
/// and body paragraphs, in text order (captions, credits and furniture are left out).
pub fn blocks(text: &str, article: &Article) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    for region in regions(article) {
        match region.role {
            RegionRole::Body => {
                let p = article.paragraphs.iter().find(|p| p.span == region.span);
                let sentences = p.map_or_else(|| vec![region.span], |p| p.sentences.clone());
                out.push(Block { span: region.span, sentences, headline: false });
            }
            RegionRole::Title | RegionRole::Dek | RegionRole::KeyPoint | RegionRole::Subheading => {
                let mut s = sentences(text, region.span);
                if s.is_empty() {
                    s.push(region.span);
                }
                let headline = region.role == RegionRole::Title;
                out.push(Block { span: region.span, sentences: s, headline });
            }
            _ => {}
        }
    }
    out
}

/// The quotations of a parsed article (its text tokenized and its body parsed again; the
/// pipeline calls [`extract_article_in`] with the doc it already has).
pub fn extract_article(text: &str, article: &Article, entities: &Extraction) -> Vec<Quote> {
    // Read as the pipeline reads it: the body's sentences parsed (`subject`).
    let mut doc = Doc::new(text);
    doc.set_sentences(&article.body_sentences());
    doc.parse_syntax();
    extract_article_in(&doc, article, entities)
}

/// [`extract_article`] over the article's [`Doc`], already tokenized.
pub fn extract_article_in(doc: &Doc<'_>, article: &Article, entities: &Extraction) -> Vec<Quote> {
    extract(doc, &blocks(doc.text(), article), entities)
}

/// How many words into a sentence `split_attribution` looks for a verb of saying.
const ATTRIBUTION_OPENS_WITHIN: usize = 5;

/// Whether a sentence ends with a quotation's closing mark.
fn ends_with_quotation(sentence: &str) -> bool {
    let end = sentence.trim_end();
    end.ends_with(['”', '"', '’']) || end.ends_with("''")
}

/// Whether a sentence opens as an attribution ("Trump said of Apple", "said Kim", "he
/// added"): a lowercase first word, or a verb of saying among its first words before any
/// comma.
fn opens_with_attribution(sentence: &str) -> bool {
    let first_lowercase = sentence.trim_start().chars().next().is_some_and(char::is_lowercase);
    if first_lowercase {
        return true;
    }
    // The verb comes before any comma: not "However, they warned that …".
    for word in sentence.split_whitespace().take(ATTRIBUTION_OPENS_WITHIN) {
        let bare = word.trim_matches(|c: char| !c.is_alphabetic());
        // Not "His message was read as …" (a passive).
        if cues::is_speech_verb(bare) && !cues::PASSIVE_SENSITIVE.contains(&bare) {
            return true;
        }
        if word.ends_with(',') {
            return false;
        }
    }
    false
}

/// Finds and attributes the quotations of `blocks`. Never panics.
pub fn extract(doc: &Doc<'_>, blocks: &[Block], entities: &Extraction) -> Vec<Quote> {
    let text = doc.text();
    let spans: Vec<Span> = blocks.iter().map(|b| b.span).collect();
    let marked = marks::find(text, &spans);
    let mut reader = Reader::new(doc, entities);
    let mut out = Vec::new();
    let mut q = 0;
    // The speaker of the last quotation of the previous paragraph, when that paragraph ended
    // with it: a paragraph that opens with a bare quotation continues it (`continuation`).
    let mut carried: Option<attribute::Spoke> = None;
    // Sentences up to here were read as part of a quotation that ran across paragraphs.
    let mut consumed_until = 0;
    for (b, block) in blocks.iter().enumerate() {
        // The speaker of the previous sentence of this paragraph (`continuation`).
        let mut previous_speaker: Option<Option<attribute::Spoke>> = carried.take().map(Some);
        reader.headline = block.headline;
        let mut s = 0;
        while s < block.sentences.len() {
            // A quotation spanning several sentences makes them one context.
            let mut context = block.sentences[s];
            s += 1;
            if context.end <= consumed_until {
                continue;
            }
            let in_context: Vec<usize> = loop {
                // `split_attribution`: "“Who do they think they are?” Trump said." was split
                // after the quotation's question mark; its attribution is the next sentence's
                // opening (checked again each time a quotation makes the context grow).
                while s < block.sentences.len()
                    && ends_with_quotation(context.of(text))
                    && opens_with_attribution(block.sentences[s].of(text))
                {
                    context = Span::new(context.start, block.sentences[s].end);
                    s += 1;
                }
                let inside: Vec<usize> =
                    (q..marked.len()).take_while(|&k| marked[k].span.start < context.end).collect();
                let reach = inside.iter().map(|&k| marked[k].span.end).max().unwrap_or(0);
                if reach > context.end && s < block.sentences.len() {
                    context = Span::new(context.start, block.sentences[s].end.max(context.end));
                    s += 1;
                    continue;
                }
                if reach > context.end {
                    // Into the next paragraphs: up to the end of the sentence the quotation
                    // closes in, where its cue usually is ("…,” Raman said").
                    let closing = blocks[b + 1..]
                        .iter()
                        .flat_map(|later| later.sentences.iter())
                        .find(|sentence| sentence.end >= reach);
                    if let Some(closing) = closing {
                        context = Span::new(context.start, closing.end);
                        consumed_until = closing.end;
                        continue;
                    }
                }
                break inside;
            };
            // Quotations that started in an earlier block run into this one: skip past them.
            let quotes: Vec<marks::Marked> = in_context.iter().map(|&k| marked[k]).collect();
            if let Some(&last) = in_context.last() {
                q = last + 1;
            }
            let found = reader.sentence(context, &quotes, previous_speaker);
            previous_speaker = Some(found.1);
            let last_in_block = s >= block.sentences.len();
            if last_in_block && !found.0.is_empty() {
                carried = found.0.last().and_then(|q| q.speaker.as_ref()).and(found.1);
            }
            out.extend(found.0);
        }
        while q < marked.len() && marked[q].span.start < block.span.end {
            q += 1;
        }
    }
    out
}

/// Test-only: one block per line of `text`, its sentences from the article reader's splitter
/// (the quote tests' shared fixture builder).
#[cfg(test)]
pub(crate) fn blocks_per_line(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let span = Span::new(start, start + line.len());
        blocks.push(Block {
            span,
            sentences: crate::article::sentences(text, span),
            headline: false,
        });
        start += line.len() + 1;
    }
    blocks
}

/// Test-only: [`blocks_per_line`], parsed, with the entities of the blocks read as body text:
/// the doc, its blocks and their extraction, ready for [`extract`].
#[cfg(test)]
pub(crate) fn parsed_per_line(text: &str) -> (Doc<'_>, Vec<Block>, crate::entity::Extraction) {
    use crate::entity::{extract as entities, Region};
    let blocks = blocks_per_line(text);
    let mut doc = Doc::new(text);
    let all: Vec<Span> = blocks.iter().flat_map(|b| b.sentences.clone()).collect();
    doc.set_sentences(&all);
    doc.parse_syntax();
    let regions: Vec<Region> =
        blocks.iter().map(|b| Region { span: b.span, role: RegionRole::Body }).collect();
    let x = entities(&doc, &regions, &[]);
    (doc, blocks, x)
}

/// Test-only: the quotes of `text` read as [`parsed_per_line`]; for each, the speaker's name and
/// the words naming them.
#[cfg(test)]
pub(crate) fn speakers(text: &str) -> Vec<(Option<String>, Option<String>)> {
    let (doc, blocks, x) = parsed_per_line(text);
    let name = |id: Option<String>| id.and_then(|id| x.by_id(&id).map(|e| e.name.clone()));
    extract(&doc, &blocks, &x)
        .into_iter()
        .map(|q| (name(q.speaker), q.speaker_mention.map(|m| m.of(text).to_string())))
        .collect()
}

/// Test-only: the quotes of `text` read as [`blocks_per_line`], unparsed (the word rules
/// alone); for each, its words, the speaker's name and the channel's.
#[cfg(test)]
pub(crate) fn read_unparsed(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    use crate::entity::{extract as entities, Region};
    let blocks = blocks_per_line(text);
    let regions: Vec<Region> =
        blocks.iter().map(|b| Region { span: b.span, role: RegionRole::Body }).collect();
    let x = entities(&Doc::new(text), &regions, &[]);
    let name = |id: Option<String>| id.and_then(|id| x.by_id(&id).map(|e| e.name.clone()));
    extract(&Doc::new(text), &blocks, &x)
        .into_iter()
        .map(|q| (q.text.of(text).to_string(), name(q.speaker), name(q.channel)))
        .collect()
}

/// Test-only: [`read_unparsed`]'s speaker and channel of each quote.
#[cfg(test)]
pub(crate) fn speakers_and_channels(text: &str) -> Vec<(Option<String>, Option<String>)> {
    read_unparsed(text).into_iter().map(|(_, speaker, channel)| (speaker, channel)).collect()
}

/// Test-only: a name as [`speakers_and_channels`] gives it.
#[cfg(test)]
pub(crate) fn named(v: &str) -> Option<String> {
    Some(v.to_string())
}

/// Test-only: what [`speakers`] gives for a quote said by `name`, named by `words`.
#[cfg(test)]
pub(crate) fn said(name: &str, words: &str) -> (Option<String>, Option<String>) {
    (Some(name.to_string()), Some(words.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::{extract as entities, Region};

    /// Test-only: one block per line, one sentence per block.
    fn run(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        read_unparsed(text)
    }

    fn one(text: &str) -> (Option<String>, Option<String>) {
        let found = run(text);
        assert_eq!(found.len(), 1, "{found:?}");
        (found[0].1.clone(), found[0].2.clone())
    }

    fn s(v: &str) -> Option<String> {
        Some(v.to_string())
    }

    #[test]
    fn speaker_after_the_quote() {
        assert_eq!(one("“We will go,” Donald Trump said."), (s("Donald Trump"), None));
        assert_eq!(one("“We will go,” said Donald Trump."), (s("Donald Trump"), None));
    }

    #[test]
    fn speaker_before_the_quote_past_an_appositive() {
        let text =
            "Leif-Eric Easley, a professor at Ewha University in Seoul, said \"it is over.\"";
        assert_eq!(one(text), (s("Leif-Eric Easley"), None));
    }

    #[test]
    fn pronouns_take_the_last_person_who_spoke() {
        let found = run("Donald Trump said it was fine.\n“He totally gets it,” he added.");
        assert_eq!(found[0].1, s("Donald Trump"));
    }

    #[test]
    fn relayed_speech_keeps_speaker_and_channel() {
        let text = "Kim Jong Un wrote, the North's state news agency KCNA reported.\nKim \"appreciated the pains and effort taken\" by Moon Jae-in, the report said.";
        let found = run(text);
        assert_eq!(found[0].1, s("Kim Jong Un"));
        assert_eq!(found[0].2, s("KCNA"));
    }

    #[test]
    fn according_to_a_person_names_the_speaker() {
        let text = "The hope is \"some aspects can carry on,\" according to Shawn Ho, a fellow.";
        assert_eq!(one(text), (s("Shawn Ho"), None));
    }

    #[test]
    fn a_quote_with_no_cue_has_no_speaker() {
        assert_eq!(one("The leaders exchanged \"letters of friendship\" this week."), (None, None));
    }

    #[test]
    fn bundle_quotes_carry_corpus_ids() {
        let text = "“Yes,” Donald Trump said.";
        let span = Span::new(0, text.len());
        let x = entities(&Doc::new(text), &[Region { span, role: RegionRole::Body }], &[]);
        let q =
            extract(&Doc::new(text), &[Block { span, sentences: vec![span], headline: false }], &x);
        let ids = [("person:donald-trump".to_string(), "person:trump-2".to_string())].into();
        let b = q[0].to_bundle(text, &ids);
        assert_eq!((b.text.as_str(), b.speaker.as_deref()), ("Yes,", Some("person:trump-2")));
    }

    #[test]
    fn headline_a_title_opening_with_a_name_gives_it_the_quotation() {
        let title = "Maria Gonzalez Speaks ‘For The Parents’ At Last.";
        let body = "Maria Gonzalez, a nurse, spoke on Monday.";
        let text = format!("{title}\n{body}");
        let (t, b) = (Span::new(0, title.len()), Span::new(title.len() + 1, text.len()));
        let regions = [
            Region { span: t, role: RegionRole::Title },
            Region { span: b, role: RegionRole::Body },
        ];
        let doc = Doc::new(&text);
        let x = entities(&doc, &regions, &[]);
        let read = |headline: bool| {
            let blocks = [
                Block { span: t, sentences: vec![t], headline },
                Block { span: b, sentences: vec![b], headline: false },
            ];
            let q = extract(&doc, &blocks, &x);
            q[0].speaker
                .as_ref()
                .map(|id| x.entities.iter().find(|e| &e.id == id).unwrap().name.clone())
        };
        assert_eq!(read(true).as_deref(), Some("Maria Gonzalez"));
        // The same words in the body: no cue, no speaker.
        assert_eq!(read(false), None);
    }

    #[test]
    fn name_colon_after_from_in_a_headline() {
        let text = "A lesson from Maria Gonzalez: ‘Speak up early.’";
        assert_eq!(one(text), (s("Maria Gonzalez"), None));
    }

    #[test]
    fn an_unnamed_speaker_stays_unnamed() {
        let text =
            "Moon's spokesperson said the \"era of confrontation\" must end, Reuters reported.";
        assert_eq!(one(text), (None, s("Reuters")));
    }
}
