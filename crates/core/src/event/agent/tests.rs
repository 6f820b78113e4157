//! Unit tests of the agent rules: who acted, as titles name them.

use crate::event::headline::tests::titles;

#[test]
fn an_open_complement_after_an_object_is_about_the_object() {
    let t = titles("The forecast sent Zentrix shares plunging $3 in early trading on Tuesday.");
    assert!(t.iter().any(|t| t.starts_with("Zentrix shares plunge $3")), "{t:?}");
}

#[test]
fn an_adverbial_clause_without_a_subject_takes_the_main_clause_s() {
    let t = titles(
        "Harbor Mills's stock has swung sharply this year, rising to a record high in March.",
    );
    assert!(t.iter().any(|t| t.starts_with("Harbor Mills's stock rises")), "{t:?}");
}

#[test]
fn an_adverbial_clause_hung_on_a_name_takes_the_main_clause_s_subject() {
    let t = titles(
        "Harbor Electric acquired some 6% of Lyle Dean's common stock before throwing in \
         the towel and reducing its stake in early May.",
    );
    assert!(t.iter().any(|t| t.starts_with("Harbor Electric reduces its stake")), "{t:?}");
}

#[test]
fn who_underwent_an_event_noun_is_no_agent_of_it() {
    let t = titles("Last weekend, France once again experienced attacks upon its border.");
    assert!(t.iter().all(|t| !t.starts_with("France attack")), "{t:?}");
    assert!(t.iter().any(|t| t.starts_with("France experiences attacks")), "{t:?}");
}

#[test]
fn a_passive_hung_on_a_noun_before_its_subject_is_about_that_noun() {
    let t = titles(
        "An official at Harwick Securities said brokerages' excessive expectations about \
         recent advances in Lyle Group shares and real estate issues were dashed Friday.",
    );
    assert!(t.iter().all(|t| !t.starts_with("Shares")), "{t:?}");
}

#[test]
fn a_date_parsed_as_the_subject_s_head_gives_way_to_its_compound() {
    let t = titles(
        "_ The Appeals Court Friday rejected Canadian and Mexican objections to a trade case.",
    );
    assert!(t.iter().any(|t| t.contains("Court rejects Canadian and Mexican")), "{t:?}");
}

#[test]
fn whose_is_the_possessive_of_the_noun_the_clause_modifies() {
    let t = titles(
        "The toy maker bounced back with the Moon Bears, whose sales hit $60 million in 2019.",
    );
    assert!(t.iter().any(|t| t == "The Moon Bears' sales hit $60 million"), "{t:?}");
}

#[test]
fn a_relative_pronoun_after_an_apposition_is_the_name_it_describes() {
    let t = titles(
        "Her film follows the case of Peter Morgan, a young teacher who committed suicide in \
         June 2015 after two years in jail.",
    );
    assert!(t.iter().any(|t| t.starts_with("Peter Morgan commits suicide")), "{t:?}");
}

#[test]
fn a_past_form_on_a_noun_no_word_governs_is_the_clause_s_verb() {
    let t = titles(
        "Retailers have said that spring sales were weak, but the slump hit home \
         particularly hard on Friday.",
    );
    assert!(t.iter().any(|t| t.starts_with("The slump hits home")), "{t:?}");
}

#[test]
fn it_in_a_relative_clause_is_the_noun_the_clause_modifies() {
    let t = titles(
        "They ran the Lantern Cafe - a \"charity cafe\" that was supposed to give its \
         profit to Norland until it closed down in March 2019.",
    );
    assert!(!t.iter().any(|t| t.starts_with("Norland closes")), "{t:?}");
    assert!(
        t.iter().any(|t| t.to_lowercase().contains("cafe\" closes down")
            || t.to_lowercase().contains("cafe closes down")),
        "{t:?}"
    );
}

#[test]
fn a_pronoun_in_a_reported_or_adverbial_clause_is_the_governing_subject() {
    let t = titles(
        "Governor Tom Reyes, who has campaigned for Ann Alden since he ended his own \
         campaign in February, spoke on Monday.",
    );
    assert!(t.iter().any(|t| t.starts_with("Tom Reyes ends his own campaign")), "{t:?}");
    let t = titles("The water company said it expects to close the Oakdale plant in July.");
    assert!(t.iter().any(|t| t.starts_with("The water company closes")), "{t:?}");
}
#[test]
fn a_clause_under_an_adjectival_predicate_inherits_its_subject() {
    let t = titles(
        "Rosa Lind, who had been active in the union before having to leave the city after \
         a strike last year, returned on Monday.",
    );
    assert!(t.iter().any(|t| t.starts_with("Rosa Lind") && t.ends_with("the city")), "{t:?}");
}

#[test]
fn announced_plans_are_the_announcer_s_but_criticized_ones_are_not() {
    let t = titles("The Harbor Trust announced plans to buy the old mill next month.");
    assert!(t.iter().any(|t| t.contains("Harbor Trust buys")), "{t:?}");
    let t = titles("Residents criticized plans to close the library next month.");
    assert!(t.iter().all(|t| !t.starts_with("Residents close")), "{t:?}");
}

#[test]
fn a_comma_before_the_later_of_two_subjects_sets_the_first_aside() {
    let t = titles(
        "And Ms. Dale now holds a lead of 12 points over the nominee, Peter Holm, among \
         young voters, according to a Tribune poll released last week.",
    );
    assert!(t.iter().all(|t| !t.starts_with("Peter Holm")), "{t:?}");
}

#[test]
fn a_counted_or_quantified_subject_takes_a_plural_verb() {
    // Rules "counted subject" and the plural quantifiers.
    let t = titles("Organizers could not match 2012, when 41,000 Ohioans marched in the parade.");
    assert!(t.iter().any(|t| t.starts_with("Ohioans march")), "{t:?}");
    let t = titles("Many of the mayor's aides quit the council on Monday.");
    assert!(t.iter().any(|t| t.starts_with("Many of the mayor's aides quit ")), "{t:?}");
}

#[test]
fn a_number_inside_a_name_counts_nothing() {
    let t = titles("Gains lifted the Harbor 50 Index, which rose 2.1%, or 9.3, on Friday.");
    assert!(t.iter().all(|t| !t.contains("Index rise ")), "{t:?}");
}

#[test]
fn a_perfect_split_by_a_date_has_the_subject_of_have() {
    // Rule "perfect around a date": the parser hangs "charged" on "last month".
    let t = titles("Police had last month charged Dana Whitcomb after reviewing the video.");
    assert!(t.iter().any(|t| t == "Police charge Dana Whitcomb"), "{t:?}");
}

#[test]
fn a_fronted_participle_has_the_subject_of_the_clause_after_it() {
    // Rule "fronted participle": the parser makes "Addressing" the root.
    let t = titles("Visiting the flooded town on Thursday, the governor promised aid.");
    assert!(t.iter().any(|t| t == "The governor visits the flooded town"), "{t:?}");
}

#[test]
fn a_subject_hung_on_a_long_date_as_its_apposition_is_the_subject() {
    let t = titles(
        "In May, a week after the 40th anniversary of the Treaty of Rome, a bus bombing in Haifa, \
         Israel, killed a soldier and badly wounded a driver.",
    );
    assert!(t.iter().any(|t| t == "A bus bombing in Haifa kills a soldier"), "{t:?}");
}

#[test]
fn an_outer_subject_of_a_copula_is_not_the_clause_s_own() {
    let t = titles(
        "What matters most is that Tomas, after losing his brother and sister in a disastrous \
         ferry accident in Greece last summer, needs the support of his friends.",
    );
    assert!(t.iter().any(|t| t.starts_with("Tomas loses his brother")), "{t:?}");
}

#[test]
fn a_name_after_its_title_is_the_subject() {
    let t =
        titles("Former Vandor Times Deputy Editor Rosa Kettleby interviewed the mayor on Monday.");
    assert!(t.iter().any(|t| t.starts_with("Rosa Kettleby interviews the mayor")), "{t:?}");
    let t = titles("Norwegian Minister of Fisheries Lars Brekkeholm visited the harbor on Monday.");
    assert!(t.iter().any(|t| t.starts_with("Lars Brekkeholm visits the harbor")), "{t:?}");
}

#[test]
fn a_name_after_a_preposition_or_another_participant_is_no_title_s_name() {
    let t = titles("The lawyer of Peter Ashgrove resigned on Monday.");
    assert!(t.iter().all(|t| !t.starts_with("Peter Ashgrove")), "{t:?}");
    let t = titles("Oyelaran and Senate leader Tom Birch met on Monday.");
    assert!(t.iter().all(|t| !t.starts_with("Tom Birch")), "{t:?}");
}

#[test]
fn a_name_in_another_clause_s_subject_is_no_agent_of_a_frame_verb() {
    let t = titles(
        "The Halvard government's decision to close the mine does not settle the matter, \
         the union leadership warned on Tuesday.",
    );
    assert!(t.iter().all(|t| !t.starts_with("Halvard")), "{t:?}");
}

#[test]
fn a_gerund_after_an_object_is_what_the_object_did() {
    let t = titles(
        "On Monday, activist Nora Quill accused Mayor Ed Varga of grabbing her arm at a rally \
         last week.",
    );
    // Rule "unbound owner" ([`crate::event::referent`]): the arm is the accuser's.
    assert!(t.iter().any(|t| t.starts_with("Ed Varga grabs Nora Quill's arm")), "{t:?}");
}

#[test]
fn a_plural_after_a_title_names_a_group() {
    let t = titles("Budget Committee Democrats walked out after the vote on Monday.");
    assert!(t.iter().all(|t| !t.starts_with("Democrats walk")), "{t:?}");
}

#[test]
fn a_name_after_its_title_is_found_past_a_phrase_set_off_before_it() {
    let t = titles(
        "On the morning show on channel 12, host and Vandor Times Executive Editor Rosa \
         Kettleby interviewed three guests on Monday.",
    );
    assert!(t.iter().any(|t| t.starts_with("Rosa Kettleby interviews three guests")), "{t:?}");
}

#[test]
fn a_description_is_the_person_named_before_with_that_role() {
    let t = titles(
        "Gov. Rosa Kettleby spoke in Vandor on Friday. The governor signed the water bill on \
         Monday.",
    );
    assert!(t.iter().any(|t| t.starts_with("Rosa Kettleby signs the water bill")), "{t:?}");
}

#[test]
fn who_after_an_organization_stands_for_the_person_it_modifies() {
    let t = titles(
        "Her uncle worked in the building where her boss, Rosa Kettleby, the founder of \
         Vandor Mills, who retired in 2011, had an office.",
    );
    assert!(t.iter().any(|t| t.starts_with("Rosa Kettleby retires")), "{t:?}");
}

#[test]
fn a_name_after_its_title_is_found_before_an_apposition() {
    let t = titles(
        "Silicon Valley financier Paul Becker, a strong supporter of free trade, will speak at \
         the Republican convention next week.",
    );
    assert!(t.iter().any(|t| t.starts_with("Paul Becker speaks")), "{t:?}");
}

#[test]
fn a_bare_gerund_after_a_passive_is_what_its_subject_did() {
    // Rule "gerund complement".
    let t =
        titles("The sailor was found Easter Sunday clinging to a wooden crate far off the coast.");
    assert!(t.iter().any(|t| t.starts_with("The sailor clings to a wooden crate")), "{t:?}");
}

#[test]
fn a_participle_as_declared_by_someone_is_its_noun_s_passive() {
    // Rule "participle with its agent": "as" opens no content clause.
    let t = titles(
        "On Monday the rebels carried out a second campaign as ordered by Tomas Varga, to \
         clear the valley of mines.",
    );
    assert!(t.iter().all(|t| !t.contains("orders by")), "{t:?}");
}

#[test]
fn an_infinitive_of_a_verb_of_ordering_is_what_its_object_does() {
    // Rule "object control": the parser reads a purpose clause.
    let t = titles(
        "Senator Mary Hale said she subpoenaed 9-year-old Elena to testify before the Senate \
         committee on March 3.",
    );
    assert!(t.iter().any(|t| t.starts_with("9-year-old Elena testifies")), "{t:?}");
    assert!(t.iter().all(|t| !t.starts_with("Mary Hale testifies")), "{t:?}");
    let t = titles(
        "Nurses in Dover were asked a list of questions upon leaving the clinic on Tuesday.",
    );
    assert!(t.iter().all(|t| !t.starts_with("A list of questions leave")), "{t:?}");
}
