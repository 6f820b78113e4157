//! Cardinal number words: units, teens, tens and multipliers, as spoken in news copy
//! ("twenty-four", "a hundred", "two thousand") and vague counts ("several", "a few").

/// The value of a cardinal word below a hundred.
pub(crate) fn small(word: &str) -> Option<u32> {
    Some(match word {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" | "fourty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "dozen" => 12,
        _ => return None,
    })
}

/// Whether a small cardinal is a multiple of ten (so "twenty" can take "-four").
pub(crate) fn is_tens(value: u32) -> bool {
    (20..=90).contains(&value) && value % 10 == 0
}

/// The factor of a multiplier word ("hundred" = 100).
pub(crate) fn multiplier(word: &str) -> Option<u32> {
    Some(match word {
        "hundred" => 100,
        "thousand" => 1000,
        "million" => 1_000_000,
        _ => return None,
    })
}

/// Words for an unknown count ("several years" → `PXY`).
pub(crate) fn is_vague_count(word: &str) -> bool {
    matches!(word, "several" | "few" | "many" | "some" | "numerous" | "countless")
}

/// Tens words for spoken years ("nineteen ninety-six"): the century part is a teen.
pub(crate) fn is_century_teen(value: u32) -> bool {
    (10..=20).contains(&value)
}

/// The decade a spelled decade word names, by its first three digits in the 1900s
/// ("the nineties" → 199).
pub(crate) fn decade_word(word: &str) -> Option<i16> {
    Some(match word {
        "twenties" => 192,
        "thirties" => 193,
        "forties" => 194,
        "fifties" => 195,
        "sixties" => 196,
        "seventies" => 197,
        "eighties" => 198,
        "nineties" => 199,
        _ => return None,
    })
}

/// Nouns a number after names one of ("House Bill 1523", "Flight 1549", "Resolution 1441"):
/// the number is no year.
pub(crate) fn is_numbered_noun(word: &str) -> bool {
    matches!(
        word,
        "bill"
            | "flight"
            | "resolution"
            | "route"
            | "highway"
            | "interstate"
            | "room"
            | "suite"
            | "chapter"
            | "section"
            | "article"
            | "no"
            | "number"
            | "proposition"
            | "ordinance"
            | "docket"
    )
}

/// Words after a number that say it counts things, not years ("1990 people", "2000 percent").
pub(crate) fn is_measure_noun(word: &str) -> bool {
    matches!(
        word,
        "percent"
            | "people"
            | "persons"
            | "troops"
            | "soldiers"
            | "workers"
            | "jobs"
            | "feet"
            | "ft"
            | "meters"
            | "metres"
            | "miles"
            | "kilometers"
            | "kilometres"
            | "km"
            | "tons"
            | "tonnes"
            | "pounds"
            | "dollars"
            | "yen"
            | "euros"
            | "shares"
            | "points"
            | "votes"
            | "barrels"
            | "acres"
            | "units"
            | "cars"
            | "homes"
            | "employees"
            | "members"
            | "cases"
            | "deaths"
            | "students"
            | "children"
            | "times"
            | "hours"
            | "minutes"
            | "seconds"
            | "days"
            | "weeks"
            | "months"
            | "years"
            | "lb"
            | "kg"
            | "mph"
            | "cents"
            | "copies"
            | "vehicles"
            | "planes"
            | "aircraft"
            | "rooms"
            | "beds"
            | "pages"
    )
}
