//! Data: the places of `places::KNOWN_PLACES` that news outside the seeds' story needs most:
//! the U.S. states and the capital's district, and the countries and disputed regions the
//! first table lacks. Rows as in [`super::places`]; [`super::places::known_places`] reads both.
//!
//! Left out on purpose: names that are far more often a person's ("Chad", "Victoria"), the
//! state of Washington (the city row is "Washington"), "New York" (a city row; the state is
//! "New York State"), and state abbreviations as aliases ("Miss.", "Ind.", "La." are other words
//! too; the tokenizer keeps them whole, `doc::abbreviations::STATE_ABBREVIATIONS`).

use super::places::{KnownPlace, PlaceKind};

const fn state(name: &'static str, demonyms: &'static [&'static str]) -> KnownPlace {
    KnownPlace { name, aliases: &[], demonyms, kind: PlaceKind::Region }
}

const fn nation(name: &'static str, demonyms: &'static [&'static str]) -> KnownPlace {
    KnownPlace { name, aliases: &[], demonyms, kind: PlaceKind::Country }
}

const fn region(name: &'static str) -> KnownPlace {
    KnownPlace { name, aliases: &[], demonyms: &[], kind: PlaceKind::Region }
}

/// The U.S. states the first table lacks (California, Texas, Florida, Georgia and New York
/// State are there) and the District of Columbia; demonyms only where news uses them of people.
pub const US_STATES: &[KnownPlace] = &[
    state("Alabama", &["Alabamian", "Alabamians"]),
    state("Alaska", &["Alaskan", "Alaskans"]),
    state("Arizona", &["Arizonan", "Arizonans"]),
    state("Arkansas", &[]),
    state("Colorado", &["Coloradan", "Coloradans"]),
    state("Connecticut", &[]),
    state("Delaware", &[]),
    state("Hawaii", &[]),
    state("Idaho", &[]),
    state("Illinois", &[]),
    state("Indiana", &["Hoosier", "Hoosiers"]),
    state("Iowa", &["Iowan", "Iowans"]),
    state("Kansas", &["Kansan", "Kansans"]),
    state("Kentucky", &["Kentuckian", "Kentuckians"]),
    state("Louisiana", &[]),
    state("Maine", &[]),
    state("Maryland", &[]),
    state("Massachusetts", &[]),
    state("Michigan", &[]),
    state("Minnesota", &["Minnesotan", "Minnesotans"]),
    state("Mississippi", &[]),
    state("Missouri", &[]),
    state("Montana", &[]),
    state("Nebraska", &[]),
    state("Nevada", &[]),
    state("New Hampshire", &[]),
    state("New Jersey", &[]),
    state("New Mexico", &[]),
    state("North Carolina", &[]),
    state("North Dakota", &[]),
    state("Ohio", &["Ohioan", "Ohioans"]),
    state("Oklahoma", &["Oklahoman", "Oklahomans"]),
    state("Oregon", &["Oregonian", "Oregonians"]),
    state("Pennsylvania", &[]),
    state("Rhode Island", &[]),
    state("South Carolina", &[]),
    state("South Dakota", &[]),
    state("Tennessee", &[]),
    state("Utah", &[]),
    state("Vermont", &["Vermonter", "Vermonters"]),
    state("Virginia", &[]),
    state("West Virginia", &[]),
    state("Wisconsin", &[]),
    state("Wyoming", &[]),
    state("District of Columbia", &[]),
    state("Puerto Rico", &["Puerto Rican", "Puerto Ricans"]),
];

/// Countries and regions the first table lacks.
pub const MORE_NATIONS: &[KnownPlace] = &[
    nation("Albania", &["Albanian", "Albanians"]),
    nation("Angola", &["Angolan", "Angolans"]),
    nation("Armenia", &["Armenian", "Armenians"]),
    nation("Azerbaijan", &["Azerbaijani", "Azerbaijanis"]),
    nation("Bahrain", &["Bahraini", "Bahrainis"]),
    nation("Belarus", &["Belarusian", "Belarusians"]),
    nation("Bolivia", &["Bolivian", "Bolivians"]),
    nation("Bosnia", &["Bosnian", "Bosnians"]),
    nation("Bulgaria", &["Bulgarian", "Bulgarians"]),
    nation("Burundi", &[]),
    nation("Cameroon", &["Cameroonian", "Cameroonians"]),
    nation("Congo", &["Congolese"]),
    nation("Costa Rica", &["Costa Rican", "Costa Ricans"]),
    nation("Croatia", &["Croatian", "Croatians"]),
    nation("Cyprus", &["Cypriot", "Cypriots"]),
    nation("Dominican Republic", &[]),
    nation("Ecuador", &["Ecuadorian", "Ecuadorians"]),
    nation("El Salvador", &["Salvadoran", "Salvadorans"]),
    nation("Eritrea", &["Eritrean", "Eritreans"]),
    nation("Estonia", &["Estonian", "Estonians"]),
    nation("Ghana", &["Ghanaian", "Ghanaians"]),
    nation("Guatemala", &["Guatemalan", "Guatemalans"]),
    nation("Haiti", &["Haitian", "Haitians"]),
    nation("Honduras", &["Honduran", "Hondurans"]),
    nation("Iceland", &["Icelandic"]),
    nation("Ivory Coast", &[]),
    nation("Jamaica", &["Jamaican", "Jamaicans"]),
    nation("Kosovo", &[]),
    nation("Kuwait", &["Kuwaiti", "Kuwaitis"]),
    nation("Kyrgyzstan", &[]),
    nation("Latvia", &["Latvian", "Latvians"]),
    nation("Lithuania", &["Lithuanian", "Lithuanians"]),
    nation("Luxembourg", &[]),
    nation("Macedonia", &["Macedonian", "Macedonians"]),
    nation("Malta", &["Maltese"]),
    nation("Moldova", &["Moldovan", "Moldovans"]),
    nation("Montenegro", &[]),
    nation("Mozambique", &[]),
    nation("Namibia", &[]),
    nation("Nicaragua", &["Nicaraguan", "Nicaraguans"]),
    nation("North Macedonia", &[]),
    nation("Oman", &["Omani", "Omanis"]),
    nation("Panama", &["Panamanian", "Panamanians"]),
    nation("Paraguay", &["Paraguayan", "Paraguayans"]),
    nation("Rwanda", &["Rwandan", "Rwandans"]),
    nation("Senegal", &["Senegalese"]),
    nation("Serbia", &["Serbian", "Serbians", "Serb", "Serbs"]),
    nation("Sierra Leone", &[]),
    nation("Slovakia", &["Slovak", "Slovaks"]),
    nation("Slovenia", &["Slovenian", "Slovenians"]),
    nation("Somalia", &["Somali", "Somalis"]),
    nation("South Sudan", &[]),
    nation("Tajikistan", &[]),
    nation("Tanzania", &["Tanzanian", "Tanzanians"]),
    nation("Turkmenistan", &[]),
    nation("Uganda", &["Ugandan", "Ugandans"]),
    nation("Uruguay", &["Uruguayan", "Uruguayans"]),
    nation("Uzbekistan", &[]),
    nation("Zambia", &["Zambian", "Zambians"]),
    nation("Zimbabwe", &["Zimbabwean", "Zimbabweans"]),
    region("West Bank"),
    region("Kashmir"),
    region("Tibet"),
    region("Chechnya"),
    region("Kurdistan"),
    region("Darfur"),
    region("Balkans"),
    region("Caribbean"),
    region("Central America"),
    region("South America"),
    region("North America"),
    region("Scandinavia"),
];
