//! Unit tests of the clause reader: which clauses make events, with what status and date.

use crate::bundle::Status;
use crate::corpus::{analyze_with, Hints, Source};
use crate::event::Found;
use jiff::civil::{date, Date};

/// The events of a short article (a headline, then the body), published on `published`.
pub(in crate::event) fn events(body: &str, published: Date) -> Vec<Found> {
    let text = format!("A test report\n\n{body}\n");
    let analyzed = analyze_with(
        Source { id: "t", bytes: text.as_bytes() },
        Hints { published: Some(published) },
    );
    analyzed.events().to_vec()
}

pub(in crate::event) fn year(y: i16) -> crate::Interval {
    crate::Interval::new(date(y, 1, 1), date(y, 12, 31), crate::Precision::Year)
}

pub(in crate::event) fn on(found: &[Found], day: Date) -> Vec<&Found> {
    found.iter().filter(|e| e.when.start <= day && day <= e.when.end).collect()
}

#[test]
fn negated_hypothetical_and_conditional_predicates_make_no_event() {
    let found = events(
        "The two ministers did not meet on Monday. The firm would sell the plant in May. \
         If the union strikes on Friday, the port closes.",
        date(2024, 5, 11),
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_mere_report_of_speech_is_no_event_but_an_announcement_is() {
    let said = events("The minister said on Tuesday that prices were stable.", date(2024, 5, 11));
    assert!(said.is_empty(), "{said:#?}");
    let announced = events("The city announced a curfew on Tuesday.", date(2024, 5, 11));
    assert_eq!(announced.len(), 1, "{announced:#?}");
    assert_eq!(announced[0].kind, "statement");
}

#[test]
fn a_passive_is_titled_as_a_headline_and_a_future_event_is_expected() {
    let fired = events("About 5,300 employees were dismissed on Monday.", date(2024, 5, 11));
    assert!(
        fired.iter().any(|e| e.title.starts_with("About 5,300 employees dismissed")),
        "{fired:#?}"
    );
    let plant = events("The company will open a new plant in Ohio next month.", date(2024, 5, 11));
    assert_eq!(plant.len(), 1, "{plant:#?}");
    assert_eq!(plant[0].status, Status::Expected);
    assert_eq!(plant[0].kind, "business");
}

#[test]
fn lead_news_finds_the_main_verb_under_a_title_word_the_parser_made_the_root() {
    let found = events(
        "Former Governor Ann Lee criticized the state budget during a campaign stop in Dayton.",
        date(2024, 5, 14),
    );
    assert!(
        found.iter().any(|e| e.title.starts_with("Ann Lee criticizes the state budget")),
        "{found:#?}"
    );
}

#[test]
fn how_a_thing_came_to_be_is_background_not_lead_news() {
    let found = events(
        "The engineer Ivan Petrov designed the river ferry, known for its speed.",
        date(2024, 5, 14),
    );
    assert!(found.iter().all(|e| !e.title.contains("design")), "{found:#?}");
}

#[test]
fn a_frame_event_leaves_the_date_of_a_clause_nested_in_its_own_to_that_clause() {
    let found = events(
        "The three ministers announced plans to travel to the capital next week.",
        date(2024, 5, 14),
    );
    let next_week = on(&found, date(2024, 5, 21));
    assert!(next_week.iter().all(|e| !e.title.contains("announce")), "{found:#?}");
    assert!(next_week.iter().any(|e| e.title.contains("travel")), "{found:#?}");
    // An open complement shares its governor's date; a date before the trigger is its.
    let agreed = events(
        "The union said Harbor Mills agreed to buy the paper unit in March.",
        date(2024, 5, 14),
    );
    assert!(on(&agreed, date(2024, 3, 15)).iter().any(|e| e.title.contains("agree")));
}

#[test]
fn a_free_relative_subject_and_a_bare_of_complement_make_no_event() {
    let found = events(
        "Whatever happens on Monday, the talks go on. \
         The army freed 300 prisoners of war on Friday.",
        date(2024, 5, 14),
    );
    assert!(found.iter().all(|e| !e.title.to_lowercase().contains("happen")), "{found:#?}");
    assert!(found.iter().all(|e| e.title != "War" && e.kind != "conflict"), "{found:#?}");
    assert!(found.iter().any(|e| e.title.contains("frees")), "{found:#?}");
}

#[test]
fn a_vote_or_pledge_to_act_is_titled_by_the_commitment() {
    let voted =
        events("Three ministers all voted to support the treaty Friday.", date(2024, 5, 11));
    assert!(voted.iter().any(|e| e.title.contains("vote to support the treaty")), "{voted:#?}");
    assert!(voted.iter().all(|e| e.status == Status::Happened), "{voted:#?}");
    let pledged = events(
        "The plan is the main tool for Norway to meet the emissions target it pledged to \
         reach at climate talks in Paris last December.",
        date(2016, 9, 27),
    );
    assert!(
        pledged.iter().any(|e| e.title.ends_with("pledges to reach the emissions target")),
        "{pledged:#?}"
    );
}

#[test]
fn a_war_in_a_hypothetical_clause_is_no_event_and_a_dated_object_gives_way() {
    let found = events(
        "The showdown between the two states took a more personal turn Thursday when the \
         president called his rival a liar and said the outbreak of holy war could bring \
         thousands of soldiers home in coffins.",
        date(1990, 8, 16),
    );
    assert!(found.iter().all(|e| !e.title.to_lowercase().contains("war")), "{found:#?}");
    assert!(found.iter().any(|e| e.title.ends_with("takes a more personal turn")), "{found:#?}");
}

#[test]
fn a_gerund_after_by_is_the_manner_of_its_governor_s_act() {
    let found = events(
        "On Friday the agency published the results of its check by announcing that the \
         claim was true.",
        date(2024, 5, 11),
    );
    assert!(found.iter().all(|e| !e.title.contains("announce")), "{found:#?}");
    assert!(found.iter().any(|e| e.title.contains("publishes the results")), "{found:#?}");
}

#[test]
fn a_general_verb_in_a_relative_clause_takes_the_tree_s_title() {
    let found = events(
        "Critics question the budget which the council approved on Monday.",
        date(2024, 5, 11),
    );
    assert!(found.iter().any(|e| e.title == "The council approves the budget"), "{found:#?}");
}

#[test]
fn a_frame_participle_modifying_a_noun_is_that_noun_s_passive() {
    // Rule "reduced relative frame": the name before the noun acted in another clause.
    let found = events(
        "The Harbor Commission mostly played it safe in the twelve-page budget released Tuesday.",
        date(2024, 5, 14),
    );
    let titles: Vec<&str> = found.iter().map(|e| e.title.as_str()).collect();
    assert!(titles.contains(&"The twelve-page budget released"), "{titles:?}");
    assert!(titles.iter().all(|t| !t.starts_with("Harbor Commission")), "{titles:?}");
}
