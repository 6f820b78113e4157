//! Data: organisations, by the words that end their names and by name.
//!
//! - [`ORGANIZATION_HEADS`]: capitalised words that make a name an organisation ("Ewha
//!   University", "Ministry of Foreign Affairs", "Institute for National Security Strategy").
//! - [`KNOWN_ORGANIZATIONS`]: organisations known by name, with their other names and acronyms
//!   ("United Nations" / "UN" / "U.N."). News outlets come from
//!   [`crate::article::OUTLETS`], which the article reader shares.
//! - [`MEDIA_DESCRIPTIONS`]: lowercase descriptions that stand for a news outlet ("state news
//!   agency", "state media"): "the North's state news agency KCNA".
//! - [`REPORT_NOUNS`]: nouns for what a channel published ("the report said").
//! - [`LEGAL_FORMS`]: organisation heads that are a company's legal form ("Inc", "Corp"), which
//!   no person's title stands before ("General Mills Inc").
//! - [`CONNECTORS`]: lowercase words allowed inside an organisation's name ("School of
//!   International Studies").

use crate::word_table::Words;

/// Heads that are a company's legal form: a title word before the name they end belongs to the
/// name ("General Mills Inc", "General Motors Corp."), as no person's title stands there.
pub static LEGAL_FORMS: Words =
    Words::new(&["inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc"]);

/// Capitalised head words of organisation names.
pub static ORGANIZATION_HEADS: Words = Words::new(&[
    "university",
    "institute",
    "institution",
    "agency",
    "school",
    "college",
    "academy",
    "ministry",
    "department",
    "center",
    "centre",
    "party",
    "office",
    "administration",
    "government",
    "council",
    "committee",
    "commission",
    "bureau",
    "bank",
    "corporation",
    "corp",
    "inc",
    "ltd",
    "llc",
    "plc",
    "group",
    "association",
    "foundation",
    "service",
    "army",
    "navy",
    "force",
    "forces",
    "command",
    "assembly",
    "congress",
    "parliament",
    "court",
    "union",
    "league",
    "club",
    "federation",
    "company",
    "co",
    "electronics",
    "motors",
    "airlines",
    "airways",
    "society",
    "organization",
    "organisation",
    "authority",
    "board",
    "fund",
    "trust",
    "network",
    "studios",
    "hospital",
    "clinic",
    "laboratory",
    "laboratories",
    "labs",
    "police",
    "fc",
    "industries",
    "holdings",
    "partners",
    "capital",
    "securities",
    "systems",
    "technologies",
    "energy",
    "institutes",
    "program",
    "programme",
    "cabinet",
    "secretariat",
    "senate",
    "embassy",
    "consulate",
    "guard",
    "staff",
    "chiefs",
    "politburo",
    "management",
    "rail",
    "railways",
    "sports",
    "airport",
    "media",
    "studio",
    "reserve",
    "exchange",
    "ministries",
    "agencies",
]);

/// A known organisation: canonical name, other names.
#[derive(Debug, Clone, Copy)]
pub struct KnownOrganization {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
}

const fn org(name: &'static str, aliases: &'static [&'static str]) -> KnownOrganization {
    KnownOrganization { name, aliases }
}

/// Organisations known by name (news outlets are in [`crate::article::OUTLETS`]).
pub const KNOWN_ORGANIZATIONS: &[KnownOrganization] = &[
    org("United Nations", &["UN", "U.N."]),
    org("UN Security Council", &["U.N. Security Council", "Security Council"]),
    org("White House", &[]),
    org("Blue House", &["Cheong Wa Dae"]),
    org("Pentagon", &[]),
    org("Kremlin", &[]),
    org("State Department", &["US State Department", "U.S. State Department"]),
    org("European Union", &["EU"]),
    org("NATO", &["North Atlantic Treaty Organization"]),
    org("World Health Organization", &["WHO"]),
    org("International Monetary Fund", &["IMF"]),
    org("World Bank", &[]),
    org("International Atomic Energy Agency", &["IAEA"]),
    org("Workers' Party of Korea", &["Workers' Party", "Workers’ Party"]),
    org("Democratic Party", &[]),
    org("Republican Party", &["GOP"]),
    org("People Power Party", &[]),
    org("Getty Images", &[]),
    org("Korea News Service", &["KNS"]),
    org("Samsung Electronics", &["Samsung"]),
    org("Hyundai Motor", &["Hyundai"]),
    org("Federal Reserve", &["Fed"]),
    org("Bank of Korea", &["BOK"]),
    org("Olympic Committee", &["IOC"]),
    org("FIFA", &[]),
    org("UNICEF", &["United Nations Children's Fund", "United Nations Children’s Fund"]),
    org("UNESCO", &[]),
    org("Red Cross", &["International Committee of the Red Cross", "ICRC"]),
    org("Amnesty International", &[]),
    org("Human Rights Watch", &[]),
    org("Greenpeace", &[]),
    org("Hamas", &[]),
    org("Hezbollah", &[]),
    org("Taliban", &[]),
    org("OPEC", &[]),
    org("G7", &[]),
    org("G20", &[]),
    org("ASEAN", &[]),
    org("Interpol", &[]),
    org("Nvidia", &[]),
    org("Intel", &[]),
    org("TSMC", &["Taiwan Semiconductor Manufacturing Company"]),
    org("SK Hynix", &[]),
    org("LG Electronics", &["LG"]),
    org("Kia", &[]),
    org("Toyota", &[]),
    org("Honda", &[]),
    org("Sony", &[]),
    org("Amazon", &[]),
    org("Meta", &[]),
    org("Tesla", &[]),
    org("OpenAI", &[]),
    org("Netflix", &[]),
    org("Boeing", &[]),
    org("Airbus", &[]),
    org("Volkswagen", &[]),
    org("Alibaba", &[]),
    org("Huawei", &[]),
    org("Tencent", &[]),
    org("Apple", &[]),
    org("Google", &[]),
    org("Microsoft", &[]),
    org("Congress", &[]),
    org("National Assembly", &[]),
];

/// Descriptions that stand for a news outlet, longest first.
pub const MEDIA_DESCRIPTIONS: &[&[&str]] = &[
    &["state", "media", "outlet"],
    &["state", "news", "agency"],
    &["official", "news", "agency"],
    &["state", "media"],
    &["state", "television"],
    &["state", "broadcaster"],
    &["news", "agency"],
];

/// Nouns for what a channel published: "the report said", "KCNA's report stated".
pub const REPORT_NOUNS: &[&str] = &[
    "report",
    "reports",
    "statement",
    "dispatch",
    "article",
    "commentary",
    "editorial",
    "broadcast",
    "agency",
    "announcement",
    "release",
    "newspaper",
    "paper",
    "outlet",
    "media",
];

/// Lowercase words allowed inside an organisation name, between capitalised words.
pub const CONNECTORS: &[&str] = &["of", "for", "and", "the", "de", "du", "la"];

/// Lowercase nouns that make the capitalised word before them an organisation: "the Verdi
/// union", "the RMT union", "NASA spokesperson" (with [`ROLE_NOUNS`](super::titles::ROLE_NOUNS)
/// after an acronym).
pub static ORGANIZATION_NOUNS: Words = Words::new(&[
    "union",
    "agency",
    "company",
    "firm",
    "group",
    "party",
    "ministry",
    "government",
    "council",
    "administration",
    "committee",
    "team",
    "club",
    "network",
    "channel",
    "website",
    "newspaper",
    "broadcaster",
    "regulator",
    "watchdog",
    "board",
    "bank",
    "authority",
    "embassy",
    "army",
    "military",
    "campaign",
    "movement",
    "coalition",
    "alliance",
    "federation",
    "association",
    "charity",
    "foundation",
    "institute",
    "lab",
    "startup",
    "start-up",
    "retailer",
    "carrier",
    "airline",
    "automaker",
    "chipmaker",
    "conglomerate",
    "insurer",
    "lender",
    "operator",
    "exchange",
    "platform",
    "marketplace",
    "developer",
    "maker",
    "manufacturer",
    "publisher",
    "studio",
    "brand",
]);

/// Names of known outlets and organisations that are also everyday capitalised words ("Time is
/// running out"): not matched by name.
pub const AMBIGUOUS_NAMES: &[&str] = &["Time", "Fortune", "Wired"];
