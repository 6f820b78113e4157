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
//! - [`CONNECTORS`]: lowercase words allowed inside an organisation's name ("School of
//!   International Studies").

/// Capitalised head words of organisation names.
pub const ORGANIZATION_HEADS: &[&str] = &[
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
];

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
pub const CONNECTORS: &[&str] = &["of", "for", "and", "on", "the", "de", "du", "la"];
