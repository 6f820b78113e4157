//! Data: places by name, with their other names and demonyms.
//!
//! A row is a country, a capital or city, or a region. Its `aliases` are other names of the same
//! place ("U.S.", "America"); its `demonyms` are adjectives that point to it ("North Korean"),
//! which count as mentions of the place; a demonym in the plural ("North Koreans") names
//! people and is no mention of it (rule "people, not the place" in `org_place`). Capitals are their own places: "Seoul said" stands for
//! the government by metonymy, but the core keeps the city as written.
//!
//! Extend by adding a row; names match case-sensitively, as whole words.

use crate::word_table::Words;

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

/// Capitalised words that make the name before (or after) them a place: "Millbrook River",
/// "Bartow County", "Great Barrier Reef", "Etihad Stadium"; "Mount Everest", "Lake Baikal".
pub static PLACE_HEADS: Words = Words::new(&[
    "river",
    "county",
    "reef",
    "stadium",
    "arena",
    "bay",
    "island",
    "islands",
    "lake",
    "mountain",
    "mountains",
    "valley",
    "province",
    "prefecture",
    "district",
    "peninsula",
    "sea",
    "ocean",
    "strait",
    "gulf",
    "desert",
    "forest",
    "park",
    "square",
    "street",
    "avenue",
    "bridge",
    "canal",
    "coast",
    "town",
    "village",
    "region",
    "airbase",
    "base",
    "harbor",
    "harbour",
    "port",
    "hills",
    "plateau",
    "delta",
    "basin",
    "highway",
]);

/// Capitalised words that make the name after them a place: "Mount Everest", "Lake Baikal".
/// Nouns of a settlement: "the city of Phoenix" names a place (scan rule `city_of`), and "the
/// city" stands for the one named last (event rule "the city").
pub static SETTLEMENT_NOUNS: Words = Words::new(&["city", "town", "village"]);

/// Known places whose name is also a common given name: before a surname they are a person's
/// (rule "given name, not the place" in `org_place`).
pub static GIVEN_NAME_PLACES: Words = Words::new(&[
    "Virginia", "Georgia", "Indiana", "Montana", "Jordan", "Israel", "Paris", "Sydney",
]);

pub const PLACE_OPENERS: &[&str] = &["mount", "lake", "cape", "fort", "port", "saint", "st"];

/// Every known place: this table's rows, then the U.S. states and the countries and regions of
/// [`super::world_places`].
pub fn known_places() -> impl Iterator<Item = &'static KnownPlace> {
    KNOWN_PLACES
        .iter()
        .chain(super::world_places::US_STATES)
        .chain(super::world_places::MORE_NATIONS)
}

/// Known places (more in [`super::world_places`]; read them all with [`known_places`]).
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
    country("Romania", &[], &["Romanian"]),
    country("Greece", &[], &["Greek"]),
    country("Austria", &[], &["Austrian"]),
    country("Denmark", &[], &["Danish"]),
    country("Ireland", &[], &["Irish"]),
    country("Hungary", &[], &["Hungarian"]),
    country("Czech Republic", &["Czechia"], &["Czech"]),
    country("Lebanon", &[], &["Lebanese"]),
    country("Jordan", &[], &["Jordanian"]),
    country("Yemen", &[], &["Yemeni"]),
    country("Afghanistan", &[], &["Afghan"]),
    country("Bangladesh", &[], &["Bangladeshi"]),
    country("Sri Lanka", &[], &["Sri Lankan"]),
    country("Myanmar", &["Burma"], &[]),
    country("Cambodia", &[], &["Cambodian"]),
    country("Laos", &[], &[]),
    country("Nepal", &[], &["Nepali", "Nepalese"]),
    country("Ethiopia", &[], &["Ethiopian"]),
    country("Sudan", &[], &["Sudanese"]),
    country("Libya", &[], &["Libyan"]),
    country("Morocco", &[], &["Moroccan"]),
    country("Algeria", &[], &["Algerian"]),
    country("Tunisia", &[], &["Tunisian"]),
    country("Chile", &[], &["Chilean"]),
    country("Peru", &[], &["Peruvian"]),
    country("Colombia", &[], &["Colombian"]),
    country("Venezuela", &[], &["Venezuelan"]),
    country("Cuba", &[], &["Cuban"]),
    country("Gaza", &["Gaza Strip"], &[]),
    country("Palestine", &["West Bank"], &["Palestinian", "Palestinians"]),
    country("United Arab Emirates", &["UAE"], &["Emirati"]),
    country("England", &[], &["English"]),
    country("Scotland", &[], &["Scottish"]),
    country("Wales", &[], &["Welsh"]),
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
    city("Atlanta"),
    city("San Francisco"),
    city("Los Angeles"),
    city("Chicago"),
    city("Boston"),
    city("Miami"),
    city("Houston"),
    city("Seattle"),
    city("Geneva"),
    city("Doha"),
    city("Cairo"),
    city("Milan"),
    city("Rome"),
    city("Madrid"),
    city("Barcelona"),
    city("Amsterdam"),
    city("Vienna"),
    city("Stockholm"),
    city("Istanbul"),
    city("Ankara"),
    city("Tehran"),
    city("Baghdad"),
    city("Jerusalem"),
    city("Tel Aviv"),
    city("Dubai"),
    city("Riyadh"),
    city("Mumbai"),
    city("Taipei"),
    city("Ho Chi Minh City"),
    city("Kuala Lumpur"),
    city("Melbourne"),
    city("Toronto"),
    city("Ottawa"),
    city("Mexico City"),
    city("Sao Paulo"),
    city("Buenos Aires"),
    city("Nairobi"),
    city("Lagos"),
    city("Johannesburg"),
    city("Manchester"),
    city("Liverpool"),
    city("Munich"),
    city("Frankfurt"),
    city("Warsaw"),
    city("Athens"),
    city("Lisbon"),
    city("Dublin"),
    city("Edinburgh"),
    city("Kyoto"),
    city("Hiroshima"),
    city("Nagasaki"),
    city("Okinawa"),
    city("Vladivostok"),
    city("Dandong"),
    region("Korean Peninsula", &["Korean peninsula"], &[]),
    region("Korea", &["Koreas"], &["Korean", "Koreans"]),
    region("Asia", &[], &["Asian"]),
    region("Europe", &[], &["European", "Europeans"]),
    region("Middle East", &[], &["Middle Eastern"]),
    region("Africa", &[], &["African"]),
    region("Gangwon Province", &["Gangwon"], &[]),
    region("Georgia", &[], &[]),
    region("California", &["Calif."], &["Californian"]),
    region("Texas", &[], &["Texan"]),
    region("Florida", &[], &[]),
    region("New York State", &[], &[]),
    region("Hokkaido", &[], &[]),
    region("Crimea", &[], &[]),
    region("Donbas", &[], &[]),
    region("Siberia", &[], &[]),
    region("Latin America", &[], &["Latin American"]),
    region("Southeast Asia", &[], &["Southeast Asian"]),
    region("Gyeonggi Province", &["Gyeonggi"], &[]),
];
