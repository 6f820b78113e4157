//! Temporal expressions of the five seed articles: every one found, with its TIMEX3 type and
//! value, given the publication date explicitly (000 and 001 are undated in their text; their
//! date, 2022-04-22, is what the article module infers). Also: `tag` never panics and keeps its
//! spans on char boundaries and in order, whatever the input.

use dateline_core::timex::{tag, Modifier, Timex, TimexKind};
use jiff::civil::{date, Date};

fn seed_text(prefix: &str) -> String {
    let seed = dateline_seeds::SEEDS.iter().find(|s| s.id.starts_with(prefix)).expect("seed");
    dateline_core::decode(seed.bytes).text.into_owned()
}

/// `(text, type, value, mod)` of every timex, in order.
fn tagged(prefix: &str, anchor: Date) -> Vec<(String, &'static str, String, Option<Modifier>)> {
    let text = seed_text(prefix);
    tag(&text, Some(anchor))
        .into_iter()
        .map(|t| (t.span.of(&text).to_string(), t.kind.as_str(), t.value, t.modifier))
        .collect()
}

fn expect(prefix: &str, anchor: Date, expected: &[(&str, &str, &str, Option<Modifier>)]) {
    let got = tagged(prefix, anchor);
    let want: Vec<_> =
        expected.iter().map(|&(t, k, v, m)| (t.to_string(), k, v.to_string(), m)).collect();
    assert_eq!(got, want, "seed {prefix}");
}

use Modifier::*;

#[test]
fn seed_000_this_week_uses_the_inferred_publication_date() {
    expect(
        "000",
        date(2022, 4, 22),
        &[
            ("This Week", "DATE", "2022-W16", None),
            ("this week", "DATE", "2022-W16", None),
            ("this week", "DATE", "2022-W16", None),
            ("May 10", "DATE", "2022-05-10", None),
            ("2018", "DATE", "2018", None),
            ("2020", "DATE", "2020", None),
            ("the last five years", "DURATION", "P5Y", None),
            ("the coming months", "DATE", "FUTURE_REF", None),
        ],
    );
}

#[test]
fn seed_001_earlier_this_week_wednesday_and_last_month() {
    expect(
        "001",
        date(2022, 4, 22),
        &[
            ("less than three weeks", "DURATION", "P3W", Some(LessThan)),
            ("earlier this week", "DATE", "2022-W16", Some(Start)),
            ("Wednesday", "DATE", "2022-04-20", None),
            ("2018", "DATE", "2018", None),
            ("2019", "DATE", "2019", None),
            ("2017", "DATE", "2017", None),
            ("last month", "DATE", "2022-03", None),
            ("now", "DATE", "PRESENT_REF", None),
            ("the last five years", "DURATION", "P5Y", None),
            ("the coming months", "DATE", "FUTURE_REF", None),
        ],
    );
}

#[test]
fn seed_002_feb_28_is_2019_and_the_anniversaries_count_from_june_12_2018() {
    expect(
        "002",
        date(2019, 6, 13),
        &[
            ("1st anniversary", "DATE", "2019-06-12", None),
            ("2019-06-13 16:04 KST", "TIME", "2019-06-13T16:04", None),
            ("2019-06-13 16:04 KST", "TIME", "2019-06-13T16:04", None),
            ("Feb. 28", "DATE", "2019-02-28", None),
            ("Feb. 28", "DATE", "2019-02-28", None),
            ("June 11", "DATE", "2019-06-11", None),
            ("the one-year anniversary", "DATE", "2019-06-12", None),
            ("June 12, 2018", "DATE", "2018-06-12", None),
            ("late February", "DATE", "2019-02", Some(End)),
            ("later this month", "DATE", "2019-06", Some(End)),
            ("later this month", "DATE", "2019-06", Some(End)),
            ("early May", "DATE", "2019-05", Some(Start)),
            ("the first anniversary", "DATE", "2019-06-12", None),
            // "the June 12 summit" is the 2018 summit the text dates in full.
            ("June 12", "DATE", "2018-06-12", None),
            // "a June 12 seminar" took place on the day before publication.
            ("June 12", "DATE", "2019-06-12", None),
            ("June 12", "DATE", "2018-06-12", None),
            ("the near future", "DATE", "FUTURE_REF", None),
        ],
    );
}

#[test]
fn seed_003_tuesday_since_april_and_more_than_a_year() {
    expect(
        "003",
        date(2021, 7, 27),
        &[
            ("Tuesday", "DATE", "2021-07-27", None),
            ("more than a year", "DURATION", "P1Y", Some(MoreThan)),
            ("the near future", "DATE", "FUTURE_REF", None),
            // "for over two years": "over" is the signal, outside the extent, but sets the mod.
            ("two years", "DURATION", "P2Y", Some(MoreThan)),
            ("Tuesday", "DATE", "2021-07-27", None),
            ("April", "DATE", "2021-04", None),
            ("last month", "DATE", "2021-06", None),
        ],
    );
}

#[test]
fn seed_004_last_year_is_2020_and_the_68th_anniversary_is_2021() {
    expect(
        "004",
        date(2021, 7, 27),
        &[
            ("27 July 2021", "DATE", "2021-07-27", None),
            ("27 July 2021", "DATE", "2021-07-27", None),
            ("April", "DATE", "2021-04", None),
            ("Tuesday morning", "DATE", "2021-07-27", None),
            ("Now", "DATE", "PRESENT_REF", None),
            ("Tuesday, July 27, 2021", "DATE", "2021-07-27", None),
            ("Last year", "DATE", "2020", None),
            ("early 2019", "DATE", "2019", Some(Start)),
            ("Tuesday", "DATE", "2021-07-27", None),
            ("the 68th anniversary", "DATE", "2021", None),
            ("1950-53", "DURATION", "P3Y", None),
            ("daily", "SET", "P1D", None),
        ],
    );
}

#[test]
fn seed_004_the_korean_war_range_spans_1950_to_1953() {
    let text = seed_text("004");
    let war = tag(&text, Some(date(2021, 7, 27)))
        .into_iter()
        .find(|t| t.span.of(&text) == "1950-53")
        .expect("the range");
    let interval = war.interval.expect("an interval");
    assert_eq!((interval.start, interval.end), (date(1950, 1, 1), date(1953, 12, 31)));
}

#[test]
fn without_a_publication_date_relative_values_stay_unresolved_and_absolute_ones_do_not() {
    let text = seed_text("004");
    let timexes = tag(&text, None);
    let value_of =
        |s: &str| timexes.iter().find(|t| t.span.of(&text) == s).map(|t| t.value.clone());
    assert_eq!(value_of("27 July 2021").as_deref(), Some("2021-07-27"));
    assert_eq!(value_of("Last year").as_deref(), Some("XXXX"));
    assert_eq!(value_of("April").as_deref(), Some("XXXX-04"));
    let last_year = timexes.iter().find(|t| t.span.of(&text) == "Last year").unwrap();
    assert!(last_year.interval.is_none());
}

/// `testdata/timex/rules.tsv`: one sentence per rule, every expression of it with its type and
/// value (see `testdata/timex/README.md`).
#[test]
fn every_rule_fixture_holds() {
    let fixtures = include_str!("../../testdata/timex/rules.tsv");
    let mut checked = 0;
    for line in fixtures.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let mut fields = line.split('\t');
        let (rule, anchor, text) =
            (fields.next().unwrap(), fields.next().unwrap(), fields.next().unwrap());
        let expected: Vec<String> = fields
            .next()
            .unwrap_or("")
            .split(" | ")
            .filter(|e| !e.is_empty())
            .map(str::to_string)
            .collect();
        let anchor = (anchor != "-").then(|| anchor.parse::<Date>().expect("an anchor date"));
        let got: Vec<String> = tag(text, anchor)
            .iter()
            .map(|t| format!("{}={}:{}", t.span.of(text), t.kind.as_str(), t.value))
            .collect();
        assert_eq!(got, expected, "rule {rule:?}: {text:?}");
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} fixtures");
}

#[test]
fn every_date_of_the_seeds_has_an_interval_that_contains_its_value() {
    for (prefix, anchor) in
        [("000", date(2022, 4, 22)), ("002", date(2019, 6, 13)), ("004", date(2021, 7, 27))]
    {
        let text = seed_text(prefix);
        for t in tag(&text, Some(anchor)) {
            if t.kind == TimexKind::Date
                && t.value.starts_with(|c: char| c.is_ascii_digit())
                && t.value.len() >= 4
            {
                let i =
                    t.interval.unwrap_or_else(|| panic!("{prefix}: {:?} has no interval", t.value));
                let year: i16 = t.value[..4].parse().unwrap();
                assert!(i.start.year() <= year && year <= i.end.year(), "{prefix}: {t:?}");
            }
        }
    }
}

fn check_invariants(text: &str, timexes: &[Timex]) {
    let mut last_end = 0;
    for t in timexes {
        assert!(t.span.start < t.span.end, "empty span {t:?}");
        assert!(t.span.start >= last_end, "overlap or disorder {t:?}");
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end), "{t:?}");
        assert!(t.span.end <= text.len());
        last_end = t.span.end;
    }
}

proptest::proptest! {
    #[test]
    fn tag_never_panics_and_spans_stay_on_char_boundaries_in_order(s in "\\PC{0,200}") {
        for anchor in [None, Some(date(2021, 7, 27))] {
            check_invariants(&s, &tag(&s, anchor));
        }
    }

    #[test]
    fn tag_never_panics_on_lossily_decoded_bytes(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..300)) {
        let text = dateline_core::decode(&bytes).text.into_owned();
        check_invariants(&text, &tag(&text, Some(date(1999, 12, 31))));
    }

    #[test]
    fn tag_never_panics_on_temporal_word_salad(words in proptest::collection::vec(
        proptest::sample::select(vec![
            "the", "last", "next", "this", "year", "years", "week", "Friday", "Feb", ".", "28", ",",
            "2019", "-", "53", "1950", "early", "mid", "more", "than", "a", "ago", "later", "of",
            "anniversary", "68th", "first", "quarter", "third", "'", "90", "s", "p", "m", "3",
            ":", "04", "KST", "every", "day", "since", "April", "now", "9999", "0", "31", "Dec",
            "half", "fiscal", "year-ago", "two", "hundred", "twenty", "one", "and", "\n", "é",
        ]), 0..60)) {
        let text = words.join(" ");
        for anchor in [None, Some(date(-9999, 1, 1)), Some(date(9999, 12, 31)), Some(date(2019, 6, 13))] {
            check_invariants(&text, &tag(&text, anchor));
        }
    }
}

#[test]
fn time_grows_linearly_with_the_input() {
    // Each text repeated: 16 times the text must not take much more than 16 times as long (a
    // quadratic tagger would take 256 times). Generous factor for noisy machines. The
    // repetitive ones target look-aheads: digit groups, chained modifiers, anniversaries that
    // search the text, dates that look for their year elsewhere.
    let seed = seed_text("004");
    let texts = [
        seed.as_str(),
        "1,000,",
        "early late mid-",
        "the past the next ",
        "the 5th anniversary of the summit, ",
        "the June 12 summit ",
        "Friday ",
    ];
    let time = |text: &str| {
        crate::fastest(5, || {
            std::hint::black_box(tag(text, Some(date(2021, 7, 27))));
        })
    };
    for unit in texts {
        let small = unit.repeat(1500 / unit.len().min(1500) + 1);
        let large = small.repeat(16);
        let (t_small, t_large) = (time(&small), time(&large));
        assert!(
            t_large < t_small * 16.0 * 4.0 + 0.05,
            "{unit:?}: small {t_small:.4}s, large {t_large:.4}s"
        );
    }
}
