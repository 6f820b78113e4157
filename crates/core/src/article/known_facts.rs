//! Data: well-known dated facts used to bound an undated article's publication date.
//!
//! General knowledge only, the kind any newsroom style guide assumes: terms of office of heads
//! of state and government and of the UN Secretary-General, and widely covered summits between
//! heads of state. An article that calls someone "President Moon Jae-in" was written during his
//! term; one that says "weeks before ... inauguration" was written before the inauguration.
//!
//! To extend: add a row. Names are matched as whole words, case-insensitively, with hyphens
//! ignored ("Moon Jae-In" = "Moon Jae In"); give the full name first and a surname-only form only
//! when the surname is not a common word ("Biden", not "May" or "Moon"). Summits are recognised
//! when every one of their `names` words occurs in one sentence. Dates are inclusive; a term
//! ends on the day its successor takes office, or `None` while it lasts.

use jiff::civil::{date, Date};
use serde::Serialize;

/// What a fact records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// Someone held an office from `start` to `end`; the start is the inauguration.
    TermOfOffice,
    /// A meeting of heads of state from `start` to `end`.
    Summit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct KnownFact {
    /// A stable identifier, reported in evidence.
    pub id: &'static str,
    pub kind: FactKind,
    /// Terms: the holder's names. Summits: words that together identify it.
    pub names: &'static [&'static str],
    /// Terms: the office. Summits: who met.
    pub what: &'static str,
    pub start: Date,
    pub end: Option<Date>,
}

const fn term(
    id: &'static str,
    names: &'static [&'static str],
    what: &'static str,
    start: Date,
    end: Option<Date>,
) -> KnownFact {
    KnownFact { id, kind: FactKind::TermOfOffice, names, what, start, end }
}

const fn summit(
    id: &'static str,
    names: &'static [&'static str],
    what: &'static str,
    start: Date,
    end: Date,
) -> KnownFact {
    KnownFact { id, kind: FactKind::Summit, names, what, start, end: Some(end) }
}

/// The facts the reader knows.
pub const KNOWN_FACTS: &[KnownFact] = &[
    // Presidents of the United States.
    term(
        "us-president-clinton",
        &["Bill Clinton"],
        "President of the United States",
        date(1993, 1, 20),
        Some(date(2001, 1, 20)),
    ),
    term(
        "us-president-bush-43",
        &["George W. Bush"],
        "President of the United States",
        date(2001, 1, 20),
        Some(date(2009, 1, 20)),
    ),
    term(
        "us-president-obama",
        &["Barack Obama", "Obama"],
        "President of the United States",
        date(2009, 1, 20),
        Some(date(2017, 1, 20)),
    ),
    term(
        "us-president-trump-1",
        &["Donald Trump", "Donald J. Trump", "Trump"],
        "President of the United States",
        date(2017, 1, 20),
        Some(date(2021, 1, 20)),
    ),
    term(
        "us-president-biden",
        &["Joe Biden", "Joseph Biden", "Biden"],
        "President of the United States",
        date(2021, 1, 20),
        Some(date(2025, 1, 20)),
    ),
    term(
        "us-president-trump-2",
        &["Donald Trump", "Donald J. Trump", "Trump"],
        "President of the United States",
        date(2025, 1, 20),
        None,
    ),
    // Presidents of South Korea.
    term(
        "kr-president-lee-myung-bak",
        &["Lee Myung-bak"],
        "President of South Korea",
        date(2008, 2, 25),
        Some(date(2013, 2, 24)),
    ),
    term(
        "kr-president-park-geun-hye",
        &["Park Geun-hye"],
        "President of South Korea",
        date(2013, 2, 25),
        Some(date(2017, 3, 10)),
    ),
    term(
        "kr-president-moon-jae-in",
        &["Moon Jae-in", "Moon"],
        "President of South Korea",
        date(2017, 5, 10),
        Some(date(2022, 5, 9)),
    ),
    term(
        "kr-president-yoon-suk-yeol",
        &["Yoon Suk Yeol", "Yoon Suk-yeol", "Yoon"],
        "President of South Korea",
        date(2022, 5, 10),
        Some(date(2025, 4, 4)),
    ),
    term(
        "kr-president-lee-jae-myung",
        &["Lee Jae-myung"],
        "President of South Korea",
        date(2025, 6, 4),
        None,
    ),
    // Leaders of North Korea.
    term(
        "kp-leader-kim-jong-il",
        &["Kim Jong Il"],
        "Leader of North Korea",
        date(1994, 7, 8),
        Some(date(2011, 12, 17)),
    ),
    term(
        "kp-leader-kim-jong-un",
        &["Kim Jong Un"],
        "Leader of North Korea",
        date(2011, 12, 17),
        None,
    ),
    // Prime ministers of Japan.
    term(
        "jp-pm-abe-2",
        &["Shinzo Abe", "Abe"],
        "Prime Minister of Japan",
        date(2012, 12, 26),
        Some(date(2020, 9, 16)),
    ),
    term(
        "jp-pm-suga",
        &["Yoshihide Suga", "Suga"],
        "Prime Minister of Japan",
        date(2020, 9, 16),
        Some(date(2021, 10, 4)),
    ),
    term(
        "jp-pm-kishida",
        &["Fumio Kishida", "Kishida"],
        "Prime Minister of Japan",
        date(2021, 10, 4),
        Some(date(2024, 10, 1)),
    ),
    term(
        "jp-pm-ishiba",
        &["Shigeru Ishiba", "Ishiba"],
        "Prime Minister of Japan",
        date(2024, 10, 1),
        Some(date(2025, 10, 21)),
    ),
    // Presidents of China and Russia.
    term(
        "cn-president-hu-jintao",
        &["Hu Jintao"],
        "President of China",
        date(2003, 3, 15),
        Some(date(2013, 3, 14)),
    ),
    term(
        "cn-president-xi-jinping",
        &["Xi Jinping", "Xi"],
        "President of China",
        date(2013, 3, 14),
        None,
    ),
    term(
        "ru-president-medvedev",
        &["Dmitry Medvedev", "Medvedev"],
        "President of Russia",
        date(2008, 5, 7),
        Some(date(2012, 5, 7)),
    ),
    term(
        "ru-president-putin-2",
        &["Vladimir Putin", "Putin"],
        "President of Russia",
        date(2012, 5, 7),
        None,
    ),
    // Prime ministers of the United Kingdom.
    term(
        "uk-pm-theresa-may",
        &["Theresa May"],
        "Prime Minister of the United Kingdom",
        date(2016, 7, 13),
        Some(date(2019, 7, 24)),
    ),
    term(
        "uk-pm-johnson",
        &["Boris Johnson"],
        "Prime Minister of the United Kingdom",
        date(2019, 7, 24),
        Some(date(2022, 9, 6)),
    ),
    term(
        "uk-pm-truss",
        &["Liz Truss"],
        "Prime Minister of the United Kingdom",
        date(2022, 9, 6),
        Some(date(2022, 10, 25)),
    ),
    term(
        "uk-pm-sunak",
        &["Rishi Sunak", "Sunak"],
        "Prime Minister of the United Kingdom",
        date(2022, 10, 25),
        Some(date(2024, 7, 5)),
    ),
    term(
        "uk-pm-starmer",
        &["Keir Starmer", "Starmer"],
        "Prime Minister of the United Kingdom",
        date(2024, 7, 5),
        None,
    ),
    // Chancellors of Germany and presidents of France.
    term(
        "de-chancellor-merkel",
        &["Angela Merkel", "Merkel"],
        "Chancellor of Germany",
        date(2005, 11, 22),
        Some(date(2021, 12, 8)),
    ),
    term(
        "de-chancellor-scholz",
        &["Olaf Scholz", "Scholz"],
        "Chancellor of Germany",
        date(2021, 12, 8),
        Some(date(2025, 5, 6)),
    ),
    term(
        "fr-president-hollande",
        &["François Hollande", "Hollande"],
        "President of France",
        date(2012, 5, 15),
        Some(date(2017, 5, 14)),
    ),
    term(
        "fr-president-macron",
        &["Emmanuel Macron", "Macron"],
        "President of France",
        date(2017, 5, 14),
        None,
    ),
    // Secretaries-General of the United Nations.
    term(
        "un-sg-ban-ki-moon",
        &["Ban Ki-moon"],
        "Secretary-General of the United Nations",
        date(2007, 1, 1),
        Some(date(2016, 12, 31)),
    ),
    term(
        "un-sg-guterres",
        &["António Guterres", "Antonio Guterres", "Guterres"],
        "Secretary-General of the United Nations",
        date(2017, 1, 1),
        Some(date(2026, 12, 31)),
    ),
    // Summits of heads of state.
    summit(
        "summit-2018-04-panmunjom",
        &["Panmunjom", "summit"],
        "Moon Jae-in and Kim Jong Un",
        date(2018, 4, 27),
        date(2018, 4, 27),
    ),
    summit(
        "summit-2018-06-singapore",
        &["Singapore", "summit"],
        "Donald Trump and Kim Jong Un",
        date(2018, 6, 12),
        date(2018, 6, 12),
    ),
    summit(
        "summit-2018-07-helsinki",
        &["Helsinki", "summit"],
        "Donald Trump and Vladimir Putin",
        date(2018, 7, 16),
        date(2018, 7, 16),
    ),
    summit(
        "summit-2018-09-pyongyang",
        &["Pyongyang", "summit", "Moon"],
        "Moon Jae-in and Kim Jong Un",
        date(2018, 9, 18),
        date(2018, 9, 20),
    ),
    summit(
        "summit-2019-02-hanoi",
        &["Hanoi", "summit"],
        "Donald Trump and Kim Jong Un",
        date(2019, 2, 27),
        date(2019, 2, 28),
    ),
    summit(
        "summit-2019-04-vladivostok",
        &["Vladivostok", "summit"],
        "Kim Jong Un and Vladimir Putin",
        date(2019, 4, 25),
        date(2019, 4, 25),
    ),
    summit(
        "summit-2019-06-dmz",
        &["DMZ", "Trump", "Kim"],
        "Donald Trump, Kim Jong Un and Moon Jae-in",
        date(2019, 6, 30),
        date(2019, 6, 30),
    ),
    summit(
        "summit-2021-05-moon-biden",
        &["Moon", "Biden", "summit"],
        "Moon Jae-in and Joe Biden",
        date(2021, 5, 21),
        date(2021, 5, 21),
    ),
    summit(
        "summit-2021-06-geneva",
        &["Geneva", "summit", "Putin"],
        "Joe Biden and Vladimir Putin",
        date(2021, 6, 16),
        date(2021, 6, 16),
    ),
    summit(
        "summit-2023-08-camp-david",
        &["Camp", "David", "summit"],
        "Joe Biden, Fumio Kishida and Yoon Suk Yeol",
        date(2023, 8, 18),
        date(2023, 8, 18),
    ),
    summit(
        "summit-2023-09-vostochny",
        &["Vostochny", "Kim"],
        "Kim Jong Un and Vladimir Putin",
        date(2023, 9, 13),
        date(2023, 9, 13),
    ),
    summit(
        "summit-2024-06-pyongyang-putin",
        &["Pyongyang", "summit", "Putin"],
        "Vladimir Putin and Kim Jong Un",
        date(2024, 6, 19),
        date(2024, 6, 19),
    ),
    summit(
        "summit-2025-08-alaska",
        &["Alaska", "summit", "Putin"],
        "Donald Trump and Vladimir Putin",
        date(2025, 8, 15),
        date(2025, 8, 15),
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_are_well_formed() {
        let mut ids = std::collections::HashSet::new();
        for f in KNOWN_FACTS {
            assert!(ids.insert(f.id), "duplicate id {}", f.id);
            assert!(!f.names.is_empty(), "{}", f.id);
            if let Some(end) = f.end {
                assert!(f.start <= end, "{} ends before it starts", f.id);
            }
        }
    }

    #[test]
    fn successive_terms_of_one_office_do_not_overlap() {
        let offices: std::collections::BTreeSet<&str> = KNOWN_FACTS
            .iter()
            .filter(|f| f.kind == FactKind::TermOfOffice)
            .map(|f| f.what)
            .collect();
        for office in offices {
            let mut terms: Vec<&KnownFact> = KNOWN_FACTS
                .iter()
                .filter(|f| f.what == office && f.kind == FactKind::TermOfOffice)
                .collect();
            terms.sort_by_key(|f| f.start);
            for pair in terms.windows(2) {
                let end = pair[0].end.expect("only the last term of an office is open");
                assert!(end <= pair[1].start, "{} overlaps {}", pair[0].id, pair[1].id);
            }
        }
    }
}
