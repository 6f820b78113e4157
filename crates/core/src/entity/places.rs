//! Data: places by name, with their other names and demonyms.
//!
//! A row is a country, a capital or city, or a region. Its `aliases` are other names of the same
//! place ("U.S.", "America"); its `demonyms` are adjectives that point to it ("North Korean"),
//! which count as mentions of the place. Capitals are their own places: "Seoul said" stands for
//! the government by metonymy, but the core keeps the city as written.
//!
//! Extend by adding a row; names match case-sensitively, as whole words.

/// What sort of place a row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    Country,
    City,
    Region,
}

/// A known place.
#[derive(Debug, Clone, Copy)]
pub struct KnownPlace {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    pub demonyms: &'static [&'static str],
    pub kind: PlaceKind,
}

const fn country(
    name: &'static str,
    aliases: &'static [&'static str],
    demonyms: &'static [&'static str],
) -> KnownPlace {
    KnownPlace { name, aliases, demonyms, kind: PlaceKind::Country }
}

const fn city(name: &'static str) -> KnownPlace {
    KnownPlace { name, aliases: &[], demonyms: &[], kind: PlaceKind::City }
}

const fn region(
    name: &'static str,
    aliases: &'static [&'static str],
    demonyms: &'static [&'static str],
) -> KnownPlace {
    KnownPlace { name, aliases, demonyms, kind: PlaceKind::Region }
}

/// Known places.
pub const KNOWN_PLACES: &[KnownPlace] = &[
    country("North Korea", &["DPRK", "N. Korea"], &["North Korean", "North Koreans"]),
    country(
        "South Korea",
        &["ROK", "S. Korea", "Republic of Korea"],
        &["South Korean", "South Koreans"],
    ),
    country(
        "United States",
        &["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
        &["American", "Americans"],
    ),
    country("China", &["PRC"], &["Chinese"]),
    country("Japan", &[], &["Japanese"]),
    country("Russia", &[], &["Russian", "Russians"]),
    country("Ukraine", &[], &["Ukrainian", "Ukrainians"]),
    country("Taiwan", &[], &["Taiwanese"]),
    country("Vietnam", &["Viet Nam"], &["Vietnamese"]),
    country("Singapore", &[], &["Singaporean"]),
    country("India", &[], &["Indian"]),
    country("Pakistan", &[], &["Pakistani"]),
    country("Iran", &[], &["Iranian"]),
    country("Iraq", &[], &["Iraqi"]),
    country("Israel", &[], &["Israeli"]),
    country("Syria", &[], &["Syrian"]),
    country("Turkey", &["Türkiye"], &["Turkish"]),
    country("Saudi Arabia", &[], &["Saudi"]),
    country("Egypt", &[], &["Egyptian"]),
    country("United Kingdom", &["UK", "U.K.", "Britain", "Great Britain"], &["British"]),
    country("France", &[], &["French"]),
    country("Germany", &[], &["German"]),
    country("Italy", &[], &["Italian"]),
    country("Spain", &[], &["Spanish"]),
    country("Portugal", &[], &["Portuguese"]),
    country("Netherlands", &["Holland"], &["Dutch"]),
    country("Belgium", &[], &["Belgian"]),
    country("Switzerland", &[], &["Swiss"]),
    country("Sweden", &[], &["Swedish"]),
    country("Norway", &[], &["Norwegian"]),
    country("Finland", &[], &["Finnish"]),
    country("Poland", &[], &["Polish"]),
    country("Canada", &[], &["Canadian"]),
    country("Mexico", &[], &["Mexican"]),
    country("Brazil", &[], &["Brazilian"]),
    country("Argentina", &[], &["Argentine", "Argentinian"]),
    country("Australia", &[], &["Australian"]),
    country("New Zealand", &[], &[]),
    country("Indonesia", &[], &["Indonesian"]),
    country("Philippines", &[], &["Filipino", "Philippine"]),
    country("Thailand", &[], &["Thai"]),
    country("Malaysia", &[], &["Malaysian"]),
    country("Mongolia", &[], &["Mongolian"]),
    country("Nigeria", &[], &["Nigerian"]),
    country("Kenya", &[], &["Kenyan"]),
    country("South Africa", &[], &["South African"]),
    country("Qatar", &[], &["Qatari"]),
    country("Kazakhstan", &[], &[]),
    city("Seoul"),
    city("Pyongyang"),
    city("Washington"),
    city("Tokyo"),
    city("Beijing"),
    city("Moscow"),
    city("Kyiv"),
    city("Hanoi"),
    city("London"),
    city("Paris"),
    city("Berlin"),
    city("Brussels"),
    city("Geneva"),
    city("New York"),
    city("Busan"),
    city("Incheon"),
    city("Panmunjom"),
    city("Kaesong"),
    city("Yongbyon"),
    city("Sinpo"),
    city("Shanghai"),
    city("Hong Kong"),
    city("Osaka"),
    city("Sydney"),
    city("Delhi"),
    city("New Delhi"),
    city("Jakarta"),
    city("Bangkok"),
    city("Manila"),
    city("Ulsan"),
    city("Daegu"),
    city("Gwangju"),
    city("Jeju"),
    region("Korean Peninsula", &["Korean peninsula"], &[]),
    region("Korea", &[], &["Korean", "Koreans"]),
    region("Asia", &[], &["Asian"]),
    region("Europe", &[], &["European", "Europeans"]),
    region("Middle East", &[], &["Middle Eastern"]),
    region("Africa", &[], &["African"]),
    region("Gangwon Province", &["Gangwon"], &[]),
    region("Gyeonggi Province", &["Gyeonggi"], &[]),
];
