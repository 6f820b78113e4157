//! People, organisations and places: every mention in an article, and which mentions are the
//! same entity.
//!
//! [`extract`] reads the regions of an article that can name actors (title, dek, key points,
//! body, subheadings, captions, related headlines; never credits or bylines) and returns the
//! article's [`Entity`]s with every mention span, plus a flat, ordered list of [`Mention`]s for
//! the quote and event rules. [`extract_article`] does the same from an [`Article`].
//!
//! How mentions are found (see `scan` for the rules, named there):
//! - runs of capitalised words are cut into names, titles, places and organisations using the
//!   data tables [`names`], [`titles`], [`organizations`], [`places`] and the article reader's
//!   outlets; a Korean name is recognised by its surname and romanised syllables ([`korean`]);
//! - unknown capitalised words are a name only with evidence (a title or role before, an
//!   appositive role, a speech verb after or right before);
//! - datelines ("SEOUL, South Korea (AP) —") name places, in capitals too;
//! - descriptions of a news outlet ("the North's state news agency") and "the North"/"the South"
//!   are tied to the entity they stand for (`describe`).
//!
//! How mentions become entities (rules named where applied below):
//! - `same_name`: full names with the same key are one entity (Korean given names ignore case,
//!   hyphens and spaces: "Kim Jong-Un" = "Kim Jong Un"; "Kim Yo Jong" is someone else);
//! - `short_form`: a lone surname or last name ("Kim", "Mr Kim", "Ho") is the compatible full name
//!   mentioned most recently before it, or, in a headline above the first full mention, the first
//!   one after it, unless another is the article's protagonist, named far more often; byline authors are never candidates; a gendered title of address ("Mr.",
//!   "Mrs.") never joins a full name whose given name says the other gender ("Mr. Obama" is not
//!   Michelle Obama); a titled short form nobody matches is a person of its own;
//! - `candidate`: two or three unknown capitalised words with no evidence ("Amira Haddad kept
//!   cooking") are a person when the article uses their last word as a surname with evidence
//!   ("Haddad said", "Mr Haddad");
//! - `acronym`: an all-capital word is the organisation whose initials it spells ("KCNA" for
//!   "Korean Central News Agency") or a known alias;
//! - authors from bylines are entities flagged [`Entity::author`], never actors.
//!
//! Across articles, [`corpus::merge`] unifies ids. Linear in the text: short forms look
//! candidates up by surname, never by scanning all mentions.

pub mod corpus;
mod describe;
mod diacritics;
mod evidence;
pub mod korean;
pub mod names;
mod org_place;
pub mod organizations;
mod person_names;
pub mod places;
mod resolver;
mod scan;
pub mod titles;
pub mod words;
mod world_places;

use std::collections::HashMap;

use serde::Serialize;

use crate::article::{Article, Byline, OutletKind, SetAsideKind, OUTLETS};
pub use crate::bundle::EntityKind;
use crate::doc::Doc;
use crate::Span;
pub(crate) use person_names::quoted_nickname;
use resolver::{clean, finish, short_form, Resolver};
use scan::RawKind;

/// What part of an article a region is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RegionRole {
    Title,
    Dek,
    KeyPoint,
    Body,
    Subheading,
    /// "SEOUL, South Korea (AP) —": the place of reporting.
    Dateline,
    Caption,
    /// Headlines of other articles ("Read Also: …").
    Related,
    Byline,
    Credit,
    /// Site furniture: nothing in it is an actor.
    Furniture,
}

impl RegionRole {
    /// Whether names in this region are mentions of actors (credits and bylines are not).
    pub fn has_actors(self) -> bool {
        !matches!(self, RegionRole::Byline | RegionRole::Credit | RegionRole::Furniture)
    }
}

/// A span of an article with its role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Region {
    pub span: Span,
    pub role: RegionRole,
}

/// A role of an entity as the text gives it, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Role {
    pub text: String,
    pub source: Span,
}

/// A person, organisation or place of one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// Stable slug, e.g. `person:kim-jong-un`.
    pub id: String,
    /// The canonical (fullest) name.
    pub name: String,
    pub kind: EntityKind,
    /// Other ways the article names it ("Kim", "Mr Kim", "the North's state news agency").
    pub aliases: Vec<String>,
    pub roles: Vec<Role>,
    /// Every mention, in text order.
    pub mentions: Vec<Span>,
    /// A news outlet: it relays what others say.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub media: bool,
    /// Named only in a byline: wrote the article, took no part in it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub author: bool,
    /// Described, never named: a quotation's speaker made by [`crate::quote`] ("a spokesman
    /// for Clinton", "the report"); never merged with another entity.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unnamed: bool,
}

/// One mention, for rules that walk the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub span: Span,
    /// Index into [`Extraction::entities`].
    pub entity: usize,
    /// Inside another name's role phrase ("North Korean" in "North Korean leader Kim").
    pub modifier: bool,
}

/// The entities of one article and their mentions in text order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Extraction {
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
}

impl Extraction {
    /// The entity with this id.
    pub fn by_id(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// The mentions the event rules may take as participants, in text order: every mention of
    /// a person, organisation or place except authors' bylines and names inside another name's
    /// role phrase ("North Korean" in "North Korean leader Kim": it describes, it does not act),
    /// each with the gender `text` gives its person ([`crate::coref::genders`]).
    /// Ids are this article's; map them with [`corpus::Merged::ids`] after a corpus merge.
    pub fn actor_mentions(&self, text: &str) -> Vec<crate::event::ActorMention> {
        let coref = crate::coref::Coref::new(text, self);
        let roles: Vec<std::sync::Arc<[String]>> =
            (0..self.entities.len()).map(|e| coref.roles(e).into()).collect();
        self.mentions
            .iter()
            .filter(|m| !m.modifier)
            .filter_map(|m| {
                let e = self.entities.get(m.entity).filter(|e| !e.author)?;
                Some(crate::event::ActorMention {
                    span: m.span,
                    entity: e.id.clone(),
                    name: e.name.clone(),
                    kind: e.kind,
                    gender: coref.gender(m.entity),
                    roles: roles.get(m.entity).cloned().unwrap_or_else(|| Vec::new().into()),
                })
            })
            .collect()
    }
}

/// The regions of a parsed article, in text order.
pub fn regions(article: &Article) -> Vec<Region> {
    let mut out: Vec<Region> = article
        .paragraphs
        .iter()
        .map(|p| Region { span: p.span, role: RegionRole::Body })
        .collect();
    for aside in &article.set_aside {
        let role = match aside.kind {
            SetAsideKind::Title => RegionRole::Title,
            SetAsideKind::Dek => RegionRole::Dek,
            SetAsideKind::KeyPoint => RegionRole::KeyPoint,
            SetAsideKind::Subheading => RegionRole::Subheading,
            SetAsideKind::Dateline => RegionRole::Dateline,
            SetAsideKind::Caption => RegionRole::Caption,
            SetAsideKind::ReadAlso | SetAsideKind::Related => RegionRole::Related,
            SetAsideKind::Byline => RegionRole::Byline,
            SetAsideKind::Credit => RegionRole::Credit,
            _ => RegionRole::Furniture,
        };
        out.push(Region { span: aside.span, role });
    }
    out.sort_by_key(|r| r.span.start);
    out
}

/// The entities of a parsed article: [`regions`], then [`extract`] with its bylines as authors.
pub fn extract_article(text: &str, article: &Article) -> Extraction {
    extract_article_in(&Doc::new(text), article)
}

/// [`extract_article`] over the article's [`Doc`], already tokenized.
pub fn extract_article_in(doc: &Doc<'_>, article: &Article) -> Extraction {
    extract(doc, &regions(article), &article.bylines)
}

/// The id slug of a name: lowercase letters and digits, other runs as one hyphen.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The initials of an organisation's name ("Korean Central News Agency" → "KCNA").
fn initials(name: &str) -> String {
    name.split([' ', '-'])
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// Finds the entities of an article. `regions` say what each part of the text is; `authors` are
/// the names of its bylines. Never panics; spans that do not fit `text` are skipped.
pub fn extract(doc: &Doc<'_>, regions: &[Region], authors: &[Byline]) -> Extraction {
    let text = doc.text();
    let mut r = Resolver::default();
    let mut scanned: Vec<(RegionRole, scan::Scanned)> = regions
        .iter()
        .filter(|g| g.role.has_actors())
        .map(|g| (g.role, scan::scan(doc, g.span)))
        .collect();
    org_place::company_short_forms(text, &mut scanned);

    let mut evidenced: std::collections::HashSet<String> = std::collections::HashSet::new();
    // `same_name`: full names, organisations and places first, so that short forms and
    // acronyms anywhere (a headline "Kim" above the first "Kim Jong Un") can find them.
    for (_, s) in &scanned {
        for raw in &s.raws {
            let at = raw.span.start;
            let surface = clean(raw.span.of(text));
            match &raw.kind {
                RawKind::Person(p) => {
                    let known = r.by_key.contains_key(&p.key);
                    let i = r.entity(p.key.clone(), &surface, EntityKind::Person, at);
                    if !known {
                        r.by_short.entry(p.short.clone()).or_default().push(i);
                    }
                }
                RawKind::Organization { name, media } => {
                    let i = r.entity(
                        format!("org {}", name.to_lowercase()),
                        name,
                        EntityKind::Organization,
                        at,
                    );
                    r.built[i].entity.media |= media;
                    r.built[i].state_media |=
                        OUTLETS.iter().any(|o| o.name == name && o.kind == OutletKind::StateMedia);
                }
                RawKind::Place { name, .. } => {
                    r.entity(format!("place {name}"), name, EntityKind::Place, at);
                }
                RawKind::Short { titled, cue, .. } if *titled || *cue => {
                    evidenced.insert(surface.to_lowercase());
                }
                // `organization_by_noun`: "the RMT union", "NASA spokesperson".
                RawKind::Acronym { org_noun: true } => {
                    let bare = surface.trim_end_matches('.');
                    let key = format!("org {}", bare.to_lowercase());
                    r.entity(key, bare, EntityKind::Organization, at);
                }
                _ => {}
            }
        }
    }
    // `candidate`: unknown words ("Amira Haddad") are a person when their last word is used as a
    // surname with evidence elsewhere ("Haddad said"), or is the surname of a person found with
    // evidence (`family_name`: "Rakeyia Scott" where "Keith Lamont Scott" was found: a relative,
    // never merged with them). `organization_by_noun`: a lone word
    // before an organisation noun ("the Verdi union") that is nobody's surname.
    for (_, s) in &scanned {
        for raw in &s.raws {
            if let RawKind::Short { org_noun: true, .. } = raw.kind {
                let surface = clean(raw.span.of(text));
                let word = surface.to_lowercase();
                if !r.by_short.contains_key(&word) && !names::is_not_name(&word) {
                    let key = format!("org {word}");
                    r.entity(key, &surface, EntityKind::Organization, raw.span.start);
                }
            }
            if let RawKind::Candidate(p) = &raw.kind {
                // The given name must be tagged a proper noun, so only in the tagged body text
                // ("Never Trump", "Playing Trump" and headline words are no relatives). Asked
                // last: it may tag the sentence.
                let given_name = || doc.tokens_in(raw.span).next().and_then(|t| doc.upos(t));
                // Nor is a known person's full name with a word before it ("Crooked Hillary
                // Clinton").
                let known_inside = || {
                    p.key.match_indices(' ').any(|(k, _)| r.by_key.contains_key(&p.key[k + 1..]))
                };
                let family_name = || {
                    r.by_short.contains_key(&p.short)
                        && !known_inside()
                        && given_name() == Some(dateline_syntax::Upos::Propn)
                };
                if !r.by_key.contains_key(&p.key) && (evidenced.contains(&p.short) || family_name())
                {
                    let surface = clean(raw.span.of(text));
                    let i = r.entity(p.key.clone(), &surface, EntityKind::Person, raw.span.start);
                    r.by_short.entry(p.short.clone()).or_default().push(i);
                }
            }
        }
    }
    let org_by_initials: HashMap<String, usize> = r
        .built
        .iter()
        .enumerate()
        .filter(|(_, b)| b.entity.kind == EntityKind::Organization)
        .flat_map(|(i, b)| [(initials(&b.entity.name), i), (b.entity.name.clone(), i)])
        .filter(|(k, _)| k.chars().count() >= 2)
        .collect();

    // Mentions in text order, resolving short forms and acronyms as they come.
    for (role, s) in &scanned {
        for raw in &s.raws {
            let surface = clean(raw.span.of(text));
            let target = match &raw.kind {
                RawKind::Person(p) | RawKind::Candidate(p) => r.by_key.get(&p.key).copied(),
                RawKind::Organization { name, .. } => {
                    r.by_key.get(&format!("org {}", name.to_lowercase())).copied()
                }
                RawKind::Place { name, .. } => r.by_key.get(&format!("place {name}")).copied(),
                RawKind::Short { titled, cue, .. } => {
                    let cue = *cue && *role == RegionRole::Body;
                    let gender = crate::coref::title_gender(text, raw.span.start);
                    short_form(&mut r, raw, *titled, cue, gender, &surface)
                }
                // `acronym`
                RawKind::Acronym { .. } => {
                    let bare = surface.trim_end_matches('.');
                    org_by_initials
                        .get(bare)
                        .or_else(|| r.by_key.get(&format!("org {}", bare.to_lowercase())))
                        .copied()
                }
                RawKind::Title => None,
            };
            let Some(i) = target else { continue };
            r.mention(text, i, raw.span, raw.modifier);
            for &role in &raw.roles {
                r.role(text, i, role);
            }
            r.built[i].last_seen = Some(raw.span.start);
        }
        describe::describe(&mut r, text, s);
    }

    for byline in authors {
        let name = clean(byline.name.of(text));
        if name.is_empty() {
            continue;
        }
        let key = format!("author {}", name.to_lowercase());
        let i = r.entity(key, &name, EntityKind::Person, byline.name.start);
        r.built[i].entity.author = true;
        r.mention(text, i, byline.name, false);
        if let Some(role) = byline.role {
            r.role(text, i, role);
        }
    }
    finish(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(text: &str) -> Extraction {
        extract(
            &Doc::new(text),
            &[Region { span: Span::new(0, text.len()), role: RegionRole::Body }],
            &[],
        )
    }

    /// Read as the pipeline reads an article: the body's sentences tagged and parsed.
    fn tagged_body(text: &str) -> Extraction {
        let mut doc = Doc::new(text);
        let article = Article::read(&doc);
        doc.set_sentences(&article.body_sentences());
        doc.parse_syntax();
        extract_article_in(&doc, &article)
    }

    #[test]
    fn a_name_of_three_or_four_words_is_whole_before_a_preposition_in_running_text() {
        // Rules `second_surname` with `tagged_proper_noun`, and `tagged_name_chain`; a given
        // name with a diacritic is found as listed without it (`is_given_name`).
        let text = "Talks in the capital\n\nEllen Marsh met with Andrés Manuel Quintero Vallejo on Monday in the capital.\n\nLater she met with John Peters Holloway at noon.\n";
        let x = tagged_body(text);
        assert!(names(&x).contains(&"Andrés Manuel Quintero Vallejo"), "{:?}", names(&x));
        assert!(names(&x).contains(&"John Peters Holloway"), "{:?}", names(&x));
        // Without tags (no syntax), the capitalisation rule alone stops before "on".
        let untagged = body("Ellen Marsh met with John Peters Holloway at noon.");
        assert!(names(&untagged).contains(&"John Peters"), "{:?}", names(&untagged));
    }

    #[test]
    fn a_title_case_headline_line_is_no_longer_name() {
        let x = tagged_body("Senator John Peters Wins Nomination for the Seat\n\nJohn Peters won on Monday, officials said.\n");
        assert!(!names(&x).iter().any(|n| n.contains("Wins")), "{:?}", names(&x));
    }

    #[test]
    fn a_listed_given_name_matches_without_its_diacritics() {
        assert!(person_names::is_given_name("andrés"));
        assert!(person_names::is_given_name("josé"));
        assert!(person_names::is_given_name("jose"));
        assert!(!person_names::is_given_name("quintéro"));
    }

    fn names(x: &Extraction) -> Vec<&str> {
        x.entities.iter().map(|e| e.name.as_str()).collect()
    }

    #[test]
    fn spelling_variants_of_a_korean_name_are_one_person() {
        let x = body("Kim Jong Un met Kim Jong-un. Later Kim Jong-Un left.");
        assert_eq!(names(&x), ["Kim Jong Un"]);
        assert_eq!(x.entities[0].id, "person:kim-jong-un");
        assert_eq!(x.entities[0].mentions.len(), 3);
    }

    #[test]
    fn a_common_given_name_makes_a_title_word_after_it_a_surname() {
        let x = body("Larry King, a talk show host, met the board on Monday.");
        assert!(names(&x).contains(&"Larry King"), "{:?}", names(&x));
    }

    #[test]
    fn an_abbreviated_rank_is_a_title_not_a_name() {
        let x = body("“It is closed,” said Army Capt. Orrin Telvane, who serves there.");
        assert!(names(&x).contains(&"Orrin Telvane"), "{:?}", names(&x));
        assert!(!names(&x).iter().any(|n| n.contains("Capt")), "{:?}", names(&x));
    }

    #[test]
    fn an_appositive_role_may_hold_a_possessive_and_a_hyphen() {
        let x = body("“It works,” Orla Venning, Acme’s director of co-operation, said.");
        assert!(names(&x).contains(&"Orla Venning"), "{:?}", names(&x));
    }

    #[test]
    fn an_inverted_cue_opening_a_sentence_names_the_word_after_it() {
        let x = body("The plan failed. Said Telvane: “It was too late.”");
        assert!(names(&x).contains(&"Telvane"), "{:?}", names(&x));
        assert!(!names(&x).iter().any(|n| n.contains("Said")), "{:?}", names(&x));
    }

    #[test]
    fn nickname_a_person_is_named_without_the_quoted_nickname() {
        let x = body("Rep. Tom C. \"Ty\" Reyes spoke. Later Reyes left.");
        assert_eq!(names(&x), ["Tom C. Reyes"]);
        assert_eq!(x.entities[0].mentions.len(), 2);
    }

    #[test]
    fn people_sharing_a_surname_are_never_merged() {
        let x = body(
            "Moon Jae-in spoke. Moon Chung-in, an advisor, spoke. Kim Yo Jong and Kim Ji-eun.",
        );
        assert_eq!(names(&x), ["Moon Jae-in", "Moon Chung-in", "Kim Yo Jong", "Kim Ji-eun"]);
    }

    #[test]
    fn a_title_word_alone_is_the_surname_of_a_person_found_in_full() {
        let x = body("Aides called on Howard Dean to quit. Dean, a former chairman, refused.");
        let dean = x.entities.iter().find(|e| e.name == "Howard Dean").expect("Howard Dean");
        assert_eq!(dean.mentions.len(), 2);
        // Nobody of that surname: a lone title word names nobody.
        let x = body("Aides called on the board to quit. Dean, a former chairman, refused.");
        assert!(x.entities.iter().all(|e| e.name != "Dean"), "{:?}", names(&x));
    }

    #[test]
    fn a_gendered_title_never_joins_a_full_name_of_the_other_gender() {
        let x = body("Michelle Varga spoke on Monday. Mr. Varga said no. Mrs. Varga left.");
        let michelle = x.entities.iter().find(|e| e.name == "Michelle Varga").unwrap();
        assert_eq!(michelle.mentions.len(), 2, "{:?}", michelle.mentions);
        let mr = x.entities.iter().find(|e| e.name == "Varga").expect("Mr. Varga apart");
        assert_eq!(mr.mentions.len(), 1);
        let x = body("Bill Harlow spoke. Mrs. Harlow said no. Mr. Harlow agreed.");
        let bill = x.entities.iter().find(|e| e.name == "Bill Harlow").unwrap();
        assert_eq!(bill.mentions.len(), 2, "{:?}", names(&x));
        assert!(names(&x).contains(&"Harlow"), "{:?}", names(&x));
    }

    #[test]
    fn short_forms_resolve_to_the_most_recent_full_name() {
        let x =
            body("Moon Jae-in wrote. Moon Chung-in replied. Then Moon said yes. Mr Kim is absent.");
        let chung = x.entities.iter().find(|e| e.name == "Moon Chung-in").unwrap();
        assert!(chung.aliases.contains(&"Moon".to_string()));
        // Nobody named Kim in full: a titled short form is a person of its own.
        assert!(x.entities.iter().any(|e| e.name == "Kim" && e.kind == EntityKind::Person));
    }

    #[test]
    fn a_short_form_is_the_protagonist_s_when_another_bearer_is_named_in_passing() {
        let x = body(
            "Jane Harlow spoke. Harlow said yes. Harlow left. Harlow came back. Harlow waved. \
             Harlow smiled. Harlow sang. The host asked about Tom Harlow. Harlow nodded.",
        );
        let jane = x.entities.iter().find(|e| e.name == "Jane Harlow").unwrap();
        let tom = x.entities.iter().find(|e| e.name == "Tom Harlow").unwrap();
        assert_eq!(jane.mentions.len(), 8, "{:?}", names(&x));
        assert_eq!(tom.mentions.len(), 1, "{:?}", names(&x));
    }

    #[test]
    fn acronyms_are_tied_to_their_long_forms() {
        let x = body("The Korean Central News Agency said so. KCNA also said.");
        let kcna: Vec<_> =
            x.entities.iter().filter(|e| e.kind == EntityKind::Organization).collect();
        assert_eq!(kcna.len(), 1);
        assert_eq!(kcna[0].mentions.len(), 2);
    }

    #[test]
    fn media_descriptions_become_aliases_of_the_outlet() {
        let x = body("North Korea's ruler spoke, the North's state news agency KCNA reported.");
        let kcna = x.entities.iter().find(|e| e.name == "KCNA").unwrap();
        assert!(kcna.aliases.contains(&"the North's state news agency".to_string()));
        assert!(kcna.media);
    }

    #[test]
    fn bylines_give_authors_not_actors() {
        let text = "Kim said so.\nBy Kim Ji-eun";
        let regions = [
            Region { span: Span::new(0, 12), role: RegionRole::Body },
            Region { span: Span::new(13, text.len()), role: RegionRole::Byline },
        ];
        let authors = [Byline { name: Span::new(16, text.len()), role: None }];
        let x = extract(&Doc::new(text), &regions, &authors);
        let author = x.entities.iter().find(|e| e.name == "Kim Ji-eun").unwrap();
        assert!(author.author);
        assert_eq!(author.mentions, [Span::new(16, text.len())]);
        assert!(x
            .mentions
            .iter()
            .all(|m| x.entities[m.entity].name != "Kim Ji-eun" || m.span.start == 16));
    }

    #[test]
    fn actor_mentions_leave_out_role_modifiers_and_authors() {
        let x = body("North Korean leader Kim Jong Un met Moon Jae-in.");
        let actors: Vec<String> = x
            .actor_mentions("North Korean leader Kim Jong Un met Moon Jae-in.")
            .into_iter()
            .map(|a| a.name)
            .collect();
        assert_eq!(actors, ["Kim Jong Un", "Moon Jae-in"]);
    }

    #[test]
    fn a_word_before_an_organisation_noun_is_an_organisation_unless_it_is_a_surname() {
        let x = body("The Verdi union said no. NASA spokesperson Cheryl Warner agreed. The RMT union and RMT.");
        let orgs: Vec<&str> = x
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Organization)
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(orgs, ["NASA", "RMT", "Verdi"]);
        assert_eq!(x.by_id("organization:rmt").unwrap().mentions.len(), 2);
        let x = body("Moon Jae-in spoke. The Moon government agreed.");
        assert!(x.entities.iter().all(|e| e.kind == EntityKind::Person));
    }

    #[test]
    fn a_company_named_with_its_legal_form_is_meant_without_it() {
        // `company_short_form`: "General Mills" is the company, not a general named Mills.
        let x = body("Rival General Mills Inc. grew. Since June, General Mills has gained share.");
        assert_eq!(names(&x), ["General Mills Inc"]);
        assert_eq!(x.entities[0].mentions.len(), 2);
    }

    #[test]
    fn odd_input_never_panics() {
        for text in ["", "\u{0}", "“", "Kim", "مرحبا Kim Jong", "A. B. C. D.", "'s", "U.S.-"]
        {
            let _ = body(text);
        }
        let _ = extract(
            &Doc::new("abc"),
            &[Region { span: Span::new(2, 99), role: RegionRole::Body }],
            &[],
        );
    }

    #[test]
    fn family_name_a_relative_of_a_person_found_is_a_person_of_their_own() {
        let text = "Keith Vance was hurt on Tuesday.\nRakeyia Vance was heard on the video.";
        let (_, _, x) = crate::quote::parsed_per_line(text);
        assert_eq!(names(&x), ["Keith Vance", "Rakeyia Vance"]);
    }

    #[test]
    fn coalitions_and_plural_titles_before_a_head_name_organisations() {
        let orgs = |text: &str| -> Vec<(String, EntityKind)> {
            body(text).entities.iter().map(|e| (e.name.clone(), e.kind)).collect()
        };
        let org = |name: &str| vec![(name.to_string(), EntityKind::Organization)];
        assert_eq!(
            orgs("Officials at the Valley Farmers Coalition said no."),
            org("Valley Farmers Coalition")
        );
        // `plural_title_member`: "Governors" is a word of the name, not a title before "Association".
        assert_eq!(
            orgs("The Western Governors Association sued the state."),
            org("Western Governors Association")
        );
        // Rule "joined organization" across "&".
        assert_eq!(
            orgs("It met the Hope & Liberty Coalition on Monday."),
            org("Hope & Liberty Coalition")
        );
        // Rule "people, not the place": a plural demonym names no place; a singular one does.
        assert!(body("Two Americans were hurt in Lima.")
            .entities
            .iter()
            .all(|e| e.name != "United States"));
        assert!(body("An American diplomat was hurt.")
            .entities
            .iter()
            .any(|e| e.name == "United States"));
        // Before names a plural title still titles people.
        let x = body("Presidents Ana Lopez and Mark Tobin met in Lima.");
        assert!(x.entities.iter().any(|e| e.name == "Ana Lopez" && e.kind == EntityKind::Person));
    }
}
