//! Data: news outlets the reader recognises by name, web domain or wire tag.
//!
//! Used to name the outlet of an article from a copyright line ("Copyright CNBC"), a contact
//! address ("english@hani.co.kr"), a wire dateline ("SEOUL (AP) —"), a byline ("By ..., Reuters"),
//! a masthead line or a "told the Hankyoreh" mention. Extend by adding a row; aliases are matched
//! as whole words, case-sensitively (outlet names are proper nouns: "AP", not "ap").

use serde::Serialize;

/// What kind of publisher an outlet is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OutletKind {
    Wire,
    Broadcaster,
    Newspaper,
    Magazine,
    Online,
    Aggregator,
    PressReleaseService,
    StateMedia,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct KnownOutlet {
    /// The canonical name reported in [`Outlet::name`](super::Outlet).
    pub name: &'static str,
    /// Other ways articles write the name (without a leading "the").
    pub aliases: &'static [&'static str],
    /// Web domains; subdomains match too ("english.hani.co.kr").
    pub domains: &'static [&'static str],
    /// Tags in wire datelines: "(AP)", "(Reuters)".
    pub wire_tags: &'static [&'static str],
    pub kind: OutletKind,
}

const fn outlet(
    name: &'static str,
    aliases: &'static [&'static str],
    domains: &'static [&'static str],
    wire_tags: &'static [&'static str],
    kind: OutletKind,
) -> KnownOutlet {
    KnownOutlet { name, aliases, domains, wire_tags, kind }
}

use OutletKind::*;

/// The outlets the reader knows. Order matters only for aliases shared by two rows (none now).
pub const OUTLETS: &[KnownOutlet] = &[
    outlet(
        "Associated Press",
        &["The Associated Press", "AP"],
        &["apnews.com", "ap.org"],
        &["AP"],
        Wire,
    ),
    outlet("Reuters", &["Thomson Reuters"], &["reuters.com"], &["Reuters"], Wire),
    outlet("Agence France-Presse", &["AFP", "Agence France Presse"], &["afp.com"], &["AFP"], Wire),
    outlet(
        "Yonhap",
        &["Yonhap News Agency", "Yonhap News"],
        &["yna.co.kr", "en.yna.co.kr"],
        &["Yonhap"],
        Wire,
    ),
    outlet("Kyodo", &["Kyodo News"], &["kyodonews.net"], &["Kyodo"], Wire),
    outlet(
        "Xinhua",
        &["Xinhua News Agency"],
        &["xinhuanet.com", "news.cn"],
        &["Xinhua"],
        StateMedia,
    ),
    outlet("United Press International", &["UPI"], &["upi.com"], &["UPI"], Wire),
    outlet("dpa", &["Deutsche Presse-Agentur"], &["dpa.com"], &["dpa"], Wire),
    outlet("Bloomberg", &["Bloomberg News"], &["bloomberg.com"], &["Bloomberg"], Wire),
    outlet("CNBC", &[], &["cnbc.com"], &[], Broadcaster),
    outlet("NBC News", &[], &["nbcnews.com"], &[], Broadcaster),
    outlet("CNN", &["Cable News Network"], &["cnn.com"], &["CNN"], Broadcaster),
    outlet("BBC News", &["BBC", "BBC World Service"], &["bbc.co.uk", "bbc.com"], &[], Broadcaster),
    outlet("ABC News", &[], &["abcnews.go.com"], &[], Broadcaster),
    outlet("CBS News", &[], &["cbsnews.com"], &[], Broadcaster),
    outlet("Fox News", &[], &["foxnews.com"], &[], Broadcaster),
    outlet("Sky News", &[], &["news.sky.com"], &[], Broadcaster),
    outlet(
        "Al Jazeera",
        &["Al Jazeera English", "الجزيرة"],
        &["aljazeera.com", "aljazeera.net"],
        &[],
        Broadcaster,
    ),
    outlet("NHK", &["NHK World"], &["nhk.or.jp"], &[], Broadcaster),
    outlet("Deutsche Welle", &["DW"], &["dw.com"], &[], Broadcaster),
    outlet("France 24", &[], &["france24.com"], &[], Broadcaster),
    outlet("Arirang", &["Arirang News"], &["arirang.com"], &[], Broadcaster),
    outlet("KBS", &["KBS World"], &["kbs.co.kr"], &[], Broadcaster),
    outlet(
        "The Hankyoreh",
        &["Hankyoreh", "한겨레신문사", "한겨레"],
        &["hani.co.kr"],
        &[],
        Newspaper,
    ),
    outlet(
        "The Korea Herald",
        &["Korea Herald"],
        &["koreaherald.com", "heraldcorp.com"],
        &[],
        Newspaper,
    ),
    outlet("The Korea Times", &["Korea Times"], &["koreatimes.co.kr"], &[], Newspaper),
    outlet(
        "Korea JoongAng Daily",
        &["JoongAng Daily", "JoongAng Ilbo"],
        &["joongang.co.kr", "koreajoongangdaily.joins.com"],
        &[],
        Newspaper,
    ),
    outlet("The Chosun Ilbo", &["Chosun Ilbo"], &["chosun.com"], &[], Newspaper),
    outlet("The New York Times", &["New York Times", "NYT"], &["nytimes.com"], &[], Newspaper),
    outlet("The Washington Post", &["Washington Post"], &["washingtonpost.com"], &[], Newspaper),
    outlet(
        "The Wall Street Journal",
        &["Wall Street Journal", "WSJ"],
        &["wsj.com"],
        &[],
        Newspaper,
    ),
    outlet("Financial Times", &["FT"], &["ft.com"], &[], Newspaper),
    outlet("The Guardian", &["Guardian"], &["theguardian.com"], &[], Newspaper),
    outlet("The Independent", &[], &["independent.co.uk"], &[], Newspaper),
    outlet("The Times", &[], &["thetimes.co.uk"], &[], Newspaper),
    outlet("South China Morning Post", &["SCMP"], &["scmp.com"], &[], Newspaper),
    outlet("The Japan Times", &["Japan Times"], &["japantimes.co.jp"], &[], Newspaper),
    outlet("Nikkei Asia", &["Nikkei"], &["asia.nikkei.com", "nikkei.com"], &[], Newspaper),
    outlet("The Straits Times", &["Straits Times"], &["straitstimes.com"], &[], Newspaper),
    outlet("Le Monde", &[], &["lemonde.fr"], &[], Newspaper),
    outlet("NK News", &[], &["nknews.org"], &[], Online),
    outlet("Yahoo News", &[], &["news.yahoo.com"], &[], Aggregator),
    outlet("Science Times", &[], &["sciencetimes.com"], &[], Online),
    outlet("Tech Times", &[], &["techtimes.com"], &[], Online),
    outlet("Newsweek", &[], &["newsweek.com"], &[], Magazine),
    outlet("Time", &["TIME"], &["time.com"], &[], Magazine),
    outlet("The New Yorker", &["New Yorker"], &["newyorker.com"], &[], Magazine),
    outlet("The Atlantic", &[], &["theatlantic.com"], &[], Magazine),
    outlet("The Wall Street Journal", &["Wall Street Journal"], &["wsj.com"], &[], Newspaper),
    outlet("Los Angeles Times", &[], &["latimes.com"], &[], Newspaper),
    outlet("MSNBC", &[], &["msnbc.com"], &[], Broadcaster),
    outlet("NPR", &["National Public Radio"], &["npr.org"], &[], Broadcaster),
    outlet("PR Newswire", &[], &["prnewswire.com"], &["PRNewswire"], PressReleaseService),
    outlet("Business Wire", &[], &["businesswire.com"], &["BUSINESS WIRE"], PressReleaseService),
    outlet("GlobeNewswire", &[], &["globenewswire.com"], &["GLOBE NEWSWIRE"], PressReleaseService),
    outlet(
        "KCNA",
        &["Korean Central News Agency"],
        &["kcna.kp", "kcnawatch.org"],
        &["KCNA"],
        StateMedia,
    ),
];

/// The outlet whose name or alias is exactly `name` (ignoring a leading "the").
pub(crate) fn by_name(name: &str) -> Option<&'static KnownOutlet> {
    let name = name.trim();
    let bare = name.strip_prefix("the ").or_else(|| name.strip_prefix("The ")).unwrap_or(name);
    OUTLETS.iter().find(|o| {
        let own = o.name.strip_prefix("The ").unwrap_or(o.name);
        own == bare || o.name == name || o.aliases.contains(&bare) || o.aliases.contains(&name)
    })
}

/// The outlet whose wire tag is `tag` ("AP", "Reuters").
pub(crate) fn by_wire_tag(tag: &str) -> Option<&'static KnownOutlet> {
    OUTLETS.iter().find(|o| o.wire_tags.iter().any(|t| t.eq_ignore_ascii_case(tag)))
}

/// The outlet that owns `domain` or one of its parent domains.
pub(crate) fn by_domain(domain: &str) -> Option<&'static KnownOutlet> {
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    OUTLETS.iter().find(|o| {
        o.domains
            .iter()
            .any(|d| domain == *d || domain.strip_suffix(d).is_some_and(|head| head.ends_with('.')))
    })
}

/// Every way the text may name an outlet, longest first, with the outlet it names.
pub(crate) fn all_names() -> Vec<(&'static str, &'static KnownOutlet)> {
    let mut names: Vec<(&'static str, &'static KnownOutlet)> = Vec::new();
    for o in OUTLETS {
        names.push((o.name, o));
        if let Some(bare) = o.name.strip_prefix("The ") {
            names.push((bare, o));
        }
        for a in o.aliases {
            names.push((a, o));
        }
    }
    names.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_aliases_domains_and_wire_tags_find_their_outlet() {
        assert_eq!(by_name("the Hankyoreh").unwrap().name, "The Hankyoreh");
        assert_eq!(by_name("CNBC").unwrap().name, "CNBC");
        assert_eq!(by_domain("english.hani.co.kr").unwrap().name, "The Hankyoreh");
        assert!(by_domain("notcnbc.com").is_none(), "a domain matches whole labels only");
        assert_eq!(by_wire_tag("AP").unwrap().name, "Associated Press");
    }

    #[test]
    fn every_outlet_has_a_name_and_some_way_to_be_found() {
        for o in OUTLETS {
            assert!(!o.name.is_empty());
            assert!(
                !o.domains.is_empty() || !o.wire_tags.is_empty() || !o.aliases.is_empty(),
                "{}",
                o.name
            );
        }
    }
}
