//! Which speaker and channel one quotation of a sentence takes, once the subject of every cue
//! of the sentence is known (`super::attribute`): the nearest cue on each side of the
//! quotation, a cue right after it winning over one before it that stands apart; the rules
//! `relay_person` (a different subject on each side: speaker and channel), `respectively`,
//! `channel` (a relaying cue, or an outlet that is the speaker when nobody else is named),
//! `relayed_subject`, `description` (only right next to the quotation), `unnamed_speaker`; and,
//! for a quotation with no cue in its sentence, `dash_name` across a sentence break,
//! `governing_verb`, `introduction` and `continuation`. Also the words naming the speaker in
//! the attribution.

use crate::Span;

use super::attribute::{Reader, Spoke, Subject};
use super::marks;
use super::sentence::{adjacent, after_is_adjacent, Cue, CueKind, Sentence};

impl Reader<'_> {
    /// The speaker, channel, cue and words naming the speaker of quotation `index` of `count`
    /// in sentence `s`, whose cues are `cues` with their `subjects`; `previous_speaker` is the
    /// speaker a quotation that opens the sentence continues (`continuation`).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn attribute(
        &self,
        s: &Sentence,
        quote: &marks::Marked,
        index: usize,
        count: usize,
        cues: &[Cue],
        subjects: &[Subject],
        previous_speaker: Option<Option<Spoke>>,
    ) -> (Option<usize>, Option<usize>, Option<Span>, Option<Span>) {
        // Cues are in text order: the nearest on each side by binary search.
        let split = cues.partition_point(|c| c.span.end <= quote.span.start);
        // A signature ("“…” ― Pamela Padilla") signs the quotation before it only, not one
        // that follows in the same sentence (`dash_name`).
        let before = split
            .checked_sub(1)
            .map(|i| (&cues[i], &subjects[i]))
            .filter(|(c, _)| c.kind != CueKind::DashName);
        let next = cues.partition_point(|c| c.span.start < quote.span.end);
        let after = cues.get(next).map(|c| (c, &subjects[next]));
        if before.is_none() && after.is_none() {
            // `dash_name` across a sentence break: "“…” ― Sonya Herridge".
            if let Some(m) = self.dash_name_after(quote) {
                return (Some(m.entity), None, None, Some(m.span));
            }
            // `governing_verb`: a verb of saying the word rules do not know.
            if let Some((verb, subject)) = self.governing_verb(s, quote) {
                return match subject {
                    Subject::Named(list, words) => {
                        let e = list.first().copied();
                        (e, None, Some(verb), words.filter(|_| list.len() == 1))
                    }
                    _ => (None, None, Some(verb), None),
                };
            }
            let opens_sentence = s.token_at_or_after(quote.span.start) == 0;
            // `headline`
            if let Some((e, words)) = self.headline_opener(s).filter(|_| !opens_sentence) {
                return (Some(e), None, None, Some(words));
            }
            // `introduction`
            if let Some((e, words)) = self.introduced.filter(|_| opens_sentence) {
                return (Some(e), None, None, words);
            }
            // `continuation`, for a quotation that opens its sentence.
            // The words that named the speaker in the attribution it continues.
            let speaker = previous_speaker.flatten().filter(|_| opens_sentence);
            return (speaker.map(|(e, _)| e), None, None, speaker.and_then(|(_, words)| words));
        }
        // Speaker and channel candidates of each side.
        let side = |found: Option<(&Cue, &Subject)>| -> (Option<usize>, Option<usize>, bool) {
            let Some((cue, subject)) = found else { return (None, None, false) };
            match subject {
                Subject::Named(list, _) => {
                    let pick = if list.len() > 1 && count == list.len() {
                        // `respectively`
                        list.get(index).copied()
                    } else {
                        list.first().copied()
                    };
                    let Some(e) = pick else { return (None, None, true) };
                    let relays = matches!(cue.kind, CueKind::Report | CueKind::RelayedBy)
                        || (cue.kind == CueKind::According && self.is_media(e));
                    if relays {
                        (None, Some(e), true)
                    } else {
                        (Some(e), None, true)
                    }
                }
                Subject::Channel(e) => (None, Some(*e), true),
                Subject::Unnamed | Subject::Someone => (None, None, true),
                // `description`: "…,” the 23-year-old said" is the person in focus, but only
                // right next to the quotation.
                Subject::Described(e, _) if adjacent(self.text, s, quote, cue) => {
                    (Some(*e), None, true)
                }
                Subject::Described(..) => (None, None, true),
                Subject::Description(_) => match self.last_person {
                    Some(e) if adjacent(self.text, s, quote, cue) => (Some(e), None, true),
                    _ => (None, None, true),
                },
                // The same for an organisation: "…,” the company said", "what it called “…”".
                Subject::OrgDescription(_) => match self.last_org {
                    Some(e) if adjacent(self.text, s, quote, cue) => (Some(e), None, true),
                    _ => (None, None, true),
                },
            }
        };
        let (speaker_before, channel_before, seen_before) = side(before);
        let (speaker_after, channel_after, seen_after) = side(after);
        // `channel`: the nearest side's, or any relaying cue of the sentence ("In a statement
        // carried by KCNA, she called …").
        let channel = channel_after.or(channel_before).or_else(|| {
            cues.iter().zip(subjects).find_map(|(c, subject)| match (c.kind, subject) {
                (CueKind::RelayedBy | CueKind::Report, Subject::Named(list, _)) => {
                    list.first().copied()
                }
                (CueKind::According, Subject::Named(list, _)) => {
                    list.first().copied().filter(|&e| self.is_media(e))
                }
                (_, Subject::Channel(e)) => Some(*e),
                _ => None,
            })
        });
        let before_is_adjacent = before.is_some_and(|(c, _)| adjacent(self.text, s, quote, c));
        // A speaker-less "according to" or report on one side and a speaker on the other.
        let mut speaker = match (speaker_before, speaker_after) {
            // The cue right after the quotation when the one before stands apart from it:
            // "Moscow denies — “…?” asked Dunn".
            (Some(_), Some(a))
                if !before_is_adjacent && after_is_adjacent(s, quote, after.map(|(c, _)| c)) =>
            {
                Some(a)
            }
            // `relay_person`
            (Some(b), Some(a)) if a != b => {
                let words = words_naming(b, before);
                return (Some(b), Some(a), before.map(|(c, _)| c.span), words);
            }
            (Some(b), _) => Some(b),
            (None, Some(a)) => Some(a),
            (None, None) => None,
        };
        // An unnamed subject nearest the quote wins over a speaker farther away.
        if seen_after
            && speaker_after.is_none()
            && channel_after.is_none()
            && after_is_adjacent(s, quote, after.map(|(c, _)| c))
        {
            speaker = None;
        }
        if seen_before
            && speaker_before.is_none()
            && channel_before.is_none()
            && speaker_after.is_none()
        {
            speaker = None;
        }
        // `relayed_subject`
        if channel.is_some() && speaker.is_none() {
            if let Some(e) = self.relayed_subject(s, quote) {
                speaker = Some(e);
            }
        }
        // An outlet that only relays is the speaker when nobody else is named.
        let (speaker, channel) = match (speaker, channel) {
            (None, Some(c)) if !self.is_person(c) && self.relayed_subject(s, quote).is_none() => {
                let reported_by_verb = [before, after]
                    .iter()
                    .flatten()
                    .any(|(cue, _)| cue.kind == CueKind::Report || cue.kind == CueKind::According);
                // Unless a subject on the other side speaks for it ("Moon's spokesperson said
                // …, Reuters reported").
                let someone_else = (seen_before && channel_before.is_none())
                    || (seen_after && channel_after.is_none());
                if reported_by_verb && !someone_else {
                    (Some(c), None)
                } else {
                    (None, Some(c))
                }
            }
            other => other,
        };
        let channel = channel.filter(|&c| Some(c) != speaker);
        let cue = after.or(before).map(|(c, _)| c.span);
        // `governing_verb` past a cue that named nobody: "When attackers are revealed as …,
        // Ana Ruiz and Tom Reyes call them “lone actors”".
        if speaker.is_none() && channel.is_none() {
            let governing = self
                .governing_verb(s, quote)
                .filter(|(verb, _)| [before, after].iter().flatten().all(|(c, _)| c.span != *verb));
            if let Some((verb, Subject::Named(list, words))) = governing {
                if let Some(&e) = list.first() {
                    return (Some(e), None, Some(verb), words.filter(|_| list.len() == 1));
                }
            }
        }
        // `unnamed_speaker`: nobody named, but a description ("a spokesman for Clinton said"):
        // the cue right after the quotation first, then the one before it, then any after.
        if speaker.is_none() && channel.is_none() {
            let adjacent_after = after.filter(|(c, _)| after_is_adjacent(s, quote, Some(c)));
            let described = [adjacent_after, before, after]
                .into_iter()
                .flatten()
                .find_map(|(c, subject)| self.description_of(s, c, subject));
            if let Some((words, kind)) = described {
                let e = self.unnamed_speaker(words, kind);
                return (Some(e), None, Some(cue.unwrap_or(words)), Some(words));
            }
        }
        // The words of the attribution next to the quotation first: "Trump asserted that
        // France was lost: “…,” he claimed" is named by "he".
        let (near, far) =
            if !before_is_adjacent && after_is_adjacent(s, quote, after.map(|(c, _)| c)) {
                (after, before)
            } else {
                (before, after)
            };
        let words = speaker.and_then(|e| {
            words_naming(e, near)
                .or_else(|| words_naming(e, far))
                .or_else(|| self.relayed_subject_words(s, quote, e))
        });
        (speaker, channel, cue, words)
    }
}

/// The words of a cue's subject that name entity `e`, if that subject named it.
impl Reader<'_> {
    /// Rule `headline`: a title that opens with a person's name says that person's words
    /// ("Ada Lorne Speaks ‘…’", "Lorne on the Budget: ‘…’"); a lone surname the entity reader
    /// left unread at the title's start is the one person of the article with that surname
    /// ("Lorne Sees ‘…’"). The person and the words naming them.
    fn headline_opener(&self, s: &Sentence) -> Option<(usize, Span)> {
        if !self.headline {
            return None;
        }
        if let Some(m) = s.mention_starting(0) {
            return (!m.modifier && self.is_person(m.entity)).then_some((m.entity, m.span));
        }
        let first = s.tokens.first().filter(|t| t.is_word() && t.is_capitalized(self.text))?;
        let word = first.text(self.text);
        let mut people = self.entities.entities.iter().enumerate().filter(|(_, e)| {
            e.kind == crate::entity::EntityKind::Person
                && !e.unnamed
                && e.name.rsplit(' ').next() == Some(word)
        });
        match (people.next(), people.next()) {
            (Some((e, _)), None) => Some((e, first.span)),
            _ => None,
        }
    }
}

fn words_naming(e: usize, side: Option<(&Cue, &Subject)>) -> Option<Span> {
    match side?.1 {
        Subject::Named(list, words) if list.contains(&e) => *words,
        Subject::Description(words) | Subject::OrgDescription(words) => Some(*words),
        Subject::Described(d, words) if *d == e => Some(*words),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::quote::{named, speakers_and_channels as speakers};

    #[test]
    fn relay_person_a_cue_on_each_side_gives_speaker_and_channel() {
        let text =
            "Kim Jong Un said \"it is our achievement,\" spokesperson Park Kyung-mi told NBC News.";
        assert_eq!(speakers(text), [(named("Kim Jong Un"), named("Park Kyung-mi"))]);
    }

    #[test]
    fn relayed_by_names_the_channel() {
        let text = "Kim Yo Jong spoke. In a statement carried by KCNA, she called the drills “a suicidal act.”";
        assert_eq!(speakers(text), [(named("Kim Yo Jong"), named("KCNA"))]);
    }

    #[test]
    fn respectively_distributes_coordinated_subjects() {
        let text = "Pyongyang and Washington have respectively demanded a “change” and “denuclearization.”";
        assert_eq!(speakers(text), [(named("Pyongyang"), None), (named("Washington"), None)]);
    }

    #[test]
    fn a_definite_description_next_to_the_quote_is_the_person_in_focus() {
        let text =
            "Dutch skater Xandra Velzeboer was gracious. “She was better,” the 23-year-old said.";
        assert_eq!(speakers(text), [(named("Xandra Velzeboer"), None)]);
    }

    #[test]
    fn dash_name_signs_only_the_quote_before_it() {
        let text =
            "Readers wrote in.\n“It was too long.” ― Kofi Mensah “It was fine.” ― Ama Boateng";
        assert_eq!(speakers(text), [(named("Kofi Mensah"), None), (named("Ama Boateng"), None)]);
    }

    #[test]
    fn an_outlet_that_reports_after_the_quote_is_its_speaker() {
        let text = "The mill shut.\n“Three shifts were cut on Friday,” Fox News reported.";
        assert_eq!(speakers(text), [(named("Fox News"), None)]);
        let text = "“The plan is late,” according to CNN.";
        assert_eq!(speakers(text), [(named("CNN"), None)]);
    }

    #[test]
    fn governing_verb_past_a_cue_that_names_nobody() {
        let text = "When attackers are revealed as part of the second front, Ana Ruiz and Tom Reyes call them “lone actors” and describe their deeds as crimes.";
        assert_eq!(crate::quote::speakers(text)[0].0, named("Ana Ruiz"));
    }
}
