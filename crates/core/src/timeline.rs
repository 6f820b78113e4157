//! The corpus timeline: the events of every article, merged so that one happening reported by
//! several sentences or articles is one event with all its sources.
//!
//! Two reports are the same event when
//! - **rule "same happening"**: they are of the same kind, their dates overlap (at whatever
//!   precision each was stated: "on Tuesday" and "27 July 2021" overlap), and they share a
//!   participant — or neither names one and their titles share most of their content words;
//! - **rule "conflicting report"**: they are of the same kind, share at least two participants
//!   and their dates lie within [`CONFLICT_WINDOW_DAYS`] of each other without overlapping.
//!   They merge, and the disagreeing date is kept as a conflict instead of being resolved.
//!
//! - **rule "same day"**: same kind, one and the same day, and titles sharing two content words;
//! - **rule "anaphoric report"**: within one article, same kind (not the general one),
//!   overlapping dates, and one of the two names no one ("the two officials").
//!
//! Reports of the general kind ("happening", what no frame or verb class names) merge by these
//! rules only when their titles also share a word besides the participants' names (**rule
//! "general kind"**): the kind alone says nothing of what happened. So do reports of a kind
//! that only says something began or ended (**rule "aspect kind"**, `taxonomy::ASPECT_KINDS`:
//! "stocks ended higher" and "the central bank ended a policy meeting" are two events).
//!
//! Except by **rule "opposite letters"**: two letters going opposite ways (the one's sender is
//! the other's recipient and the other way round, and they share no sender) are a letter and
//! its answer, never one event, however close their dates.
//!
//! A shared word alone never merges two events: kind, date and participants must agree.
//! Each merged event is scored for newsworthiness (`newsworthiness`), so a view can show the
//! top events of a dense timeline first.
//!
//! Work is a sweep over reports sorted by kind and start date, so the cost grows with the number
//! of reports times the (small) number of same-kind events open at a date.

mod newsworthiness;

use std::collections::BTreeSet;

use crate::bundle::{Conflict, Event, Mention, Status, When};
use crate::event::taxonomy::{ASPECT_KINDS, GENERAL_KIND};
use crate::event::Found;
use crate::{Basis, Interval, Precision};

/// How far apart (in days) two dates of one reported happening may be and still be taken as a
/// conflict about the same event rather than two events.
pub const CONFLICT_WINDOW_DAYS: i32 = 14;

/// One article's events, with its id.
#[derive(Debug, Clone)]
pub struct ArticleEvents<'a> {
    pub article: &'a str,
    pub events: &'a [Found],
}

/// A report during merging: one found event and where it came from.
struct Report<'a> {
    article: &'a str,
    found: &'a Found,
    /// For the general kind and the aspect kinds, the title's content words that name no
    /// participant (rules "general kind", "aspect kind"), read once per report; empty for
    /// other kinds.
    plain_words: BTreeSet<String>,
}

/// Whether reports of `kind` merge only with a shared title word (rules "general kind",
/// "aspect kind").
fn needs_shared_word(kind: &str) -> bool {
    kind == GENERAL_KIND || ASPECT_KINDS.contains(&kind)
}

impl<'a> Report<'a> {
    fn new(article: &'a str, found: &'a Found) -> Self {
        let plain_words = if needs_shared_word(&found.kind) {
            let names: BTreeSet<&str> = found
                .participants
                .iter()
                .flat_map(|id| id.rsplit(':').next().unwrap_or("").split('-'))
                .collect();
            let mut words = content_words(&found.title);
            words.retain(|w| !names.contains(w.as_str()));
            words
        } else {
            BTreeSet::new()
        };
        Report { article, found, plain_words }
    }
}

/// Merges the events of all articles into the corpus timeline, sorted by date then title.
pub fn merge(articles: &[ArticleEvents<'_>]) -> Vec<Event> {
    let mut reports: Vec<Report<'_>> = articles
        .iter()
        .flat_map(|a| a.events.iter().map(move |found| Report::new(a.article, found)))
        .collect();
    reports.sort_by(|a, b| {
        (a.found.kind.as_str(), a.found.when.start)
            .cmp(&(b.found.kind.as_str(), b.found.when.start))
    });

    let mut groups: Vec<Vec<Report<'_>>> = Vec::new();
    // Indices into `groups` of the same kind that may still overlap what comes next.
    let mut open: Vec<usize> = Vec::new();
    let mut open_kind = "";
    for report in reports {
        if report.found.kind != open_kind {
            open.clear();
            open_kind = &report.found.kind;
        }
        let start = report.found.when.start;
        open.retain(|&g| within_window(group_end(&groups[g]), start));
        // One report telling of the same happening joins the group, unless another in it is
        // a letter going the opposite way (rule "opposite letters", checked against all).
        let joins = |g: &[Report<'_>]| {
            g.iter().any(|r| same_event(r, &report))
                && !g.iter().any(|r| opposite_letters(r.found, report.found))
        };
        match open.iter().copied().find(|&g| joins(&groups[g])) {
            Some(g) => groups[g].push(report),
            None => {
                open.push(groups.len());
                groups.push(vec![report]);
            }
        }
    }

    let mut events: Vec<Event> = groups.iter().map(|g| to_event(g)).collect();
    events.sort_by(|a, b| {
        (a.when.start, a.when.end, &a.title).cmp(&(b.when.start, b.when.end, &b.title))
    });
    for (n, event) in events.iter_mut().enumerate() {
        event.id = format!("ev{:04}-{}-{}", n + 1, event.kind, event.when.start);
        event.newsworthiness = newsworthiness::score(event);
    }
    events
}

fn group_end(group: &[Report<'_>]) -> jiff::civil::Date {
    group.iter().map(|r| r.found.when.end).max().expect("groups are never empty")
}

fn within_window(end: jiff::civil::Date, start: jiff::civil::Date) -> bool {
    end.checked_add(jiff::Span::new().days(CONFLICT_WINDOW_DAYS))
        .map_or(true, |limit| limit >= start)
}

/// Whether two reports (of the same kind) tell of the same happening.
fn same_event(a: &Report<'_>, b: &Report<'_>) -> bool {
    // Rule "general kind": the catch-all kind says nothing of what happened, so two of its
    // reports are one event only when their titles share a word besides their participants'
    // names ("Sanders sends out emails" and "Sanders endorses candidates" in one month are two).
    // Rule "aspect kind": so does a kind that only says something began or ended.
    let general = a.found.kind == GENERAL_KIND;
    if needs_shared_word(&a.found.kind) && a.plain_words.is_disjoint(&b.plain_words) {
        return false;
    }
    // Rule "anaphoric report": within one article, a report naming no one ("letters that were
    // exchanged between the two officials earlier this week") is the story's own event of
    // that kind and time; not of the general kind, which is no one story's.
    let anaphoric = !general
        && a.article == b.article
        && a.found.status == b.found.status
        && a.found.when.precision.max(b.found.when.precision) <= Precision::Month
        && a.found.when.overlaps(&b.found.when)
        && (a.found.participants.is_empty() || b.found.participants.is_empty());
    anaphoric || same_happening(a.found, b.found)
}

fn same_happening(a: &Found, b: &Found) -> bool {
    if opposite_letters(a, b) {
        return false;
    }
    let shared = a.participants.iter().filter(|p| b.participants.contains(p)).count();
    if a.when.overlaps(&b.when) {
        // Rule "same happening".
        let no_one_named = a.participants.is_empty() && b.participants.is_empty();
        // A year and a day overlap easily ("three summits in 2018", "the June 12 summit"):
        // across such a gap in precision one shared actor is not enough.
        let coarse = a.when.precision.max(b.when.precision) >= Precision::Year;
        let fine = a.when.precision.min(b.when.precision) <= Precision::Week;
        let needed = if coarse && fine { 2 } else { 1 };
        if shared >= needed || (no_one_named && titles_agree(&a.title, &b.title)) {
            return true;
        }
        // Rule "same day": reported for one and the same day, in titles that share two
        // content words ("… restore communication channels", "… reopen communication channels").
        // Only where no people or organizations disagree: places are named loosely ("the
        // two Koreas", "North Korea"), people are not.
        let same_day = a.when.precision == Precision::Day && a.when == b.when;
        let loosely_named = |f: &Found| f.participants.iter().all(|p| p.starts_with("place:"));
        let one_named = !(a.participants.is_empty() && b.participants.is_empty());
        return same_day
            && one_named
            && loosely_named(a)
            && loosely_named(b)
            && shared_content_words(&a.title, &b.title) >= 2;
    }
    // Rule "conflicting report": close dates, the same two or more actors.
    shared >= 2
}

/// Rule "opposite letters": `a` went from someone `b` went to, `b` from someone `a` went to,
/// and no one sent both.
fn opposite_letters(a: &Found, b: &Found) -> bool {
    let meets = |x: &[String], y: &[String]| x.iter().any(|id| y.contains(id));
    meets(&a.senders, &b.recipients)
        && meets(&a.recipients, &b.senders)
        && !meets(&a.senders, &b.senders)
}

fn shared_content_words(a: &str, b: &str) -> usize {
    let (a, b) = (content_words(a), content_words(b));
    a.intersection(&b).count()
}

/// Lowercase words of more than three letters: names and nouns, not "the", "and", "with".
fn content_words(title: &str) -> BTreeSet<String> {
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 3)
        .map(str::to_lowercase)
        .collect()
}

/// Whether two titles share most of their content words (more than half of the longer's, so
/// that a shared subject and verb alone, "Police arrest …", is not enough).
fn titles_agree(a: &str, b: &str) -> bool {
    let (a, b) = (content_words(a), content_words(b));
    let longer = a.len().max(b.len());
    longer > 0 && a.intersection(&b).count() * 2 > longer
}

/// One merged event from its reports.
fn to_event(group: &[Report<'_>]) -> Event {
    // The date: the finest stated interval that overlaps the others; inferred ones only when
    // nothing was stated.
    let best = group
        .iter()
        .min_by_key(|r| {
            (r.found.basis != Basis::Stated, r.found.when.precision, r.found.when.days())
        })
        .expect("groups are never empty");
    let when = best.found.when;
    let basis = best.found.basis;
    let conflicts = group
        .iter()
        .filter(|r| !r.found.when.overlaps(&when))
        .map(|r| Conflict { when: to_when(r.found.when, r.found.basis), source: mention(r) })
        .collect();
    // Happened if any source reports it as done; planned only if every source expects it.
    let status = if group.iter().any(|r| r.found.status == Status::Happened) {
        Status::Happened
    } else {
        Status::Expected
    };
    // Every report's participants, senders and recipients, without repeats.
    let union = |of: fn(&Found) -> &Vec<String>| {
        let mut all: Vec<String> = Vec::new();
        for id in group.iter().flat_map(|r| of(r.found)) {
            if !all.contains(id) {
                all.push(id.clone());
            }
        }
        all
    };
    let participants = union(|f| &f.participants);
    let senders = union(|f| &f.senders);
    let recipients = union(|f| &f.recipients);
    let mut sources: Vec<Mention> = group.iter().map(mention).collect();
    sources.sort();
    sources.dedup();
    Event {
        id: String::new(),
        title: best_title(group),
        kind: best.found.kind.clone(),
        when: to_when(when, basis),
        status,
        participants,
        senders,
        recipients,
        sources,
        conflicts,
        newsworthiness: 0,
    }
}

/// The title of the report that names the most participants, then the most specific date.
fn best_title(group: &[Report<'_>]) -> String {
    group
        .iter()
        .max_by_key(|r| {
            (
                r.found.participants.len(),
                std::cmp::Reverse(r.found.when.precision),
                r.found.title.len().min(90),
            )
        })
        .map(|r| r.found.title.clone())
        .unwrap_or_default()
}

fn to_when(interval: Interval, basis: Basis) -> When {
    When { start: interval.start, end: interval.end, precision: interval.precision, basis }
}

fn mention(report: &Report<'_>) -> Mention {
    Mention {
        article: report.article.to_string(),
        start: report.found.source.start,
        end: report.found.source.end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Precision, Span};
    use jiff::civil::{date, Date};

    fn found(
        kind: &str,
        title: &str,
        when: Interval,
        basis: Basis,
        who: &[&str],
        at: usize,
    ) -> Found {
        Found {
            kind: kind.into(),
            title: title.into(),
            when,
            basis,
            status: Status::Happened,
            participants: who.iter().map(|s| s.to_string()).collect(),
            senders: Vec::new(),
            recipients: Vec::new(),
            source: Span::new(at, at + 10),
            trigger: Span::new(at, at + 3),
        }
    }

    fn day(d: Date) -> Interval {
        Interval::day(d)
    }

    fn month(y: i16, m: i8) -> Interval {
        let start = date(y, m, 1);
        Interval::new(start, start.last_of_month(), Precision::Month)
    }

    #[test]
    fn the_same_happening_in_two_articles_merges_at_the_finer_date() {
        let a = [found(
            "communication",
            "Koreas reopen channels",
            day(date(2021, 7, 27)),
            Basis::Stated,
            &["pl:nk"],
            0,
        )];
        let b = [found(
            "communication",
            "North Korea restores lines",
            month(2021, 7),
            Basis::Stated,
            &["pl:nk", "pl:sk"],
            50,
        )];
        let events = merge(&[
            ArticleEvents { article: "a", events: &a },
            ArticleEvents { article: "b", events: &b },
        ]);
        assert_eq!(events.len(), 1);
        let e = &events[0];
        assert_eq!(e.when.precision, Precision::Day);
        assert_eq!(e.when.start, date(2021, 7, 27));
        assert_eq!(e.sources.len(), 2);
        assert_eq!(e.participants, ["pl:nk", "pl:sk"]);
        assert!(e.conflicts.is_empty());
    }

    #[test]
    fn a_shared_word_does_not_merge_events_of_other_actors_or_dates() {
        let a = [found(
            "letter",
            "Kim sends Trump a letter",
            day(date(2019, 6, 11)),
            Basis::Stated,
            &["kim", "trump"],
            0,
        )];
        let b = [found(
            "letter",
            "Kim replies to Moon's letter",
            day(date(2022, 4, 21)),
            Basis::Stated,
            &["kim", "moon"],
            0,
        )];
        let c = [found(
            "letter",
            "Moon sends Kim a letter",
            day(date(2019, 6, 11)),
            Basis::Stated,
            &["moon"],
            0,
        )];
        let events = merge(&[
            ArticleEvents { article: "a", events: &a },
            ArticleEvents { article: "b", events: &b },
            ArticleEvents { article: "c", events: &c },
        ]);
        assert_eq!(events.len(), 3, "{events:#?}");
    }

    #[test]
    fn close_disagreeing_dates_for_the_same_actors_are_kept_as_a_conflict() {
        let a = [found(
            "summit",
            "Kim meets Trump",
            day(date(2019, 2, 27)),
            Basis::Stated,
            &["kim", "trump"],
            0,
        )];
        let b = [found(
            "summit",
            "Trump meets Kim",
            day(date(2019, 3, 2)),
            Basis::Stated,
            &["kim", "trump"],
            0,
        )];
        let events = merge(&[
            ArticleEvents { article: "a", events: &a },
            ArticleEvents { article: "b", events: &b },
        ]);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].conflicts.len(), 1);
        assert_eq!(events[0].conflicts[0].when.start, date(2019, 3, 2));
    }

    #[test]
    fn a_letter_and_its_answer_stay_two_events_and_each_keeps_its_direction() {
        let letter = |title: &str, d: Date, from: &str, to: &str| {
            let mut f = found("letter", title, day(d), Basis::Stated, &["kim", "moon"], 0);
            f.senders = vec![from.into()];
            f.recipients = vec![to.into()];
            f
        };
        let a = [letter("Moon writes to Kim", date(2022, 4, 20), "moon", "kim")];
        let b = [letter("Kim answers Moon", date(2022, 4, 22), "kim", "moon")];
        // The same letter, told by another article, with the same direction.
        let c = [letter("Moon sends a letter to Kim", date(2022, 4, 20), "moon", "kim")];
        let events = merge(&[
            ArticleEvents { article: "a", events: &a },
            ArticleEvents { article: "b", events: &b },
            ArticleEvents { article: "c", events: &c },
        ]);
        assert_eq!(events.len(), 2, "{events:#?}");
        let moon = events.iter().find(|e| e.senders == ["moon"]).expect("Moon's letter");
        assert_eq!(moon.sources.len(), 2, "told twice, merged");
        assert!(moon.conflicts.is_empty());
        let kim = events.iter().find(|e| e.senders == ["kim"]).expect("Kim's answer");
        assert_eq!(kim.recipients, ["moon"]);
    }

    #[test]
    fn stated_dates_win_over_inferred_ones() {
        let a =
            [found("letter", "Kim replies", month(2022, 4), Basis::Inferred, &["kim", "moon"], 0)];
        let b = [found(
            "letter",
            "Kim replies to Moon",
            day(date(2022, 4, 21)),
            Basis::Stated,
            &["kim", "moon"],
            0,
        )];
        let events = merge(&[
            ArticleEvents { article: "a", events: &a },
            ArticleEvents { article: "b", events: &b },
        ]);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].when.basis, Basis::Stated);
        assert_eq!(events[0].when.precision, Precision::Day);
    }

    #[test]
    fn unnamed_actors_merge_only_when_titles_agree() {
        let a = [found(
            "arrest",
            "Police arrest the mayor",
            day(date(2023, 3, 3)),
            Basis::Stated,
            &[],
            0,
        )];
        let b = [found(
            "arrest",
            "Police arrest the city mayor",
            day(date(2023, 3, 3)),
            Basis::Stated,
            &[],
            0,
        )];
        let c = [found(
            "arrest",
            "Police arrest protesters downtown",
            day(date(2023, 3, 3)),
            Basis::Stated,
            &[],
            0,
        )];
        let events = merge(&[
            ArticleEvents { article: "a", events: &a },
            ArticleEvents { article: "b", events: &b },
            ArticleEvents { article: "c", events: &c },
        ]);
        assert_eq!(events.len(), 2, "{events:#?}");
    }

    #[test]
    fn ids_are_stable_and_ordered_by_date() {
        let a = [
            found("summit", "B", day(date(2018, 6, 12)), Basis::Stated, &["x"], 0),
            found("letter", "A", day(date(2019, 6, 11)), Basis::Stated, &["x"], 20),
        ];
        let events = merge(&[ArticleEvents { article: "a", events: &a }]);
        assert_eq!(events[0].id, "ev0001-summit-2018-06-12");
        assert_eq!(events[1].id, "ev0002-letter-2019-06-11");
    }

    #[test]
    fn general_reports_merge_only_when_their_titles_share_a_word_besides_names() {
        let venning = &["person:orla-venning"];
        let general = |title: &str, when: Interval, who: &[&str], at: usize| {
            found(GENERAL_KIND, title, when, Basis::Stated, who, at)
        };
        // Rule "general kind": one actor, one month, two different happenings.
        let a = [
            general("Orla Venning sends out fundraising emails", month(2016, 7), venning, 0),
            general("Orla Venning endorses three candidates", month(2016, 7), venning, 40),
            // Naming no one: no "anaphoric report" for the general kind.
            general("The rent jumps", month(2016, 7), &[], 80),
        ];
        let events = merge(&[ArticleEvents { article: "a", events: &a }]);
        assert_eq!(events.len(), 3, "{events:?}");
        // The same happening told twice shares its verb and object.
        let b = [
            general("Orla Venning endorses three candidates", month(2016, 7), venning, 0),
            general("Venning endorses candidates in Ohio", day(date(2016, 7, 12)), venning, 40),
        ];
        let events = merge(&[ArticleEvents { article: "b", events: &b }]);
        assert_eq!(events.len(), 1, "{events:?}");
        // Other kinds keep their rules: a shared actor and date suffice.
        let c = [
            found(
                "election",
                "Orla Venning wins",
                month(2016, 7),
                Basis::Stated,
                &["person:orla-venning"],
                0,
            ),
            found(
                "election",
                "Venning takes the primary",
                day(date(2016, 7, 12)),
                Basis::Stated,
                &["person:orla-venning"],
                40,
            ),
        ];
        assert_eq!(merge(&[ArticleEvents { article: "c", events: &c }]).len(), 1);
    }

    #[test]
    fn reports_of_a_beginning_or_an_end_merge_only_when_their_titles_share_a_word() {
        // Rule "aspect kind": one article, one day, one side naming no one.
        let friday = day(date(2016, 7, 29));
        let a = [
            found("end", "Shares on the exchange end higher", friday, Basis::Stated, &[], 0),
            found("end", "The central bank ends a policy meeting", friday, Basis::Stated, &[], 60),
        ];
        assert_eq!(merge(&[ArticleEvents { article: "a", events: &a }]).len(), 2);
        let b = [
            found("end", "The central bank ends a policy meeting", friday, Basis::Stated, &[], 0),
            found("end", "The policy meeting ends", friday, Basis::Stated, &[], 60),
        ];
        assert_eq!(merge(&[ArticleEvents { article: "b", events: &b }]).len(), 1);
    }
}
