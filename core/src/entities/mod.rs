//! Stage 6: people, organisations and places, each under one canonical name.
//!
//! Takes the document, the class of every line and the languages, and returns the entities
//! of the headline, body and captions (never boilerplate or meta lines): each with its
//! canonical Latin-script name, its type and every mention as a byte span of the normalised
//! text, in document order; entities are sorted by their first mention. No two mentions
//! overlap.
//!
//! Why it works without a trained model: news names a small world. Places come from CLDR's
//! territory and city names in some fifty languages and GeoNames' large cities, organisations
//! from a hand-compiled list of international bodies and agencies in their member languages,
//! and both are matched word by word with each language's case endings
//! ([`inflect`]), so "Rosji", "Ρωσίας" and "Russlands" are Russia without listing any of
//! them. People are runs of capitalised words that a title or role, a given name or an
//! initial vouches for ([`names`]), named by a compact table of well-known people or by a
//! newsroom transliteration ([`translit`]); a later bare surname, in any script, joins the
//! person by a phonetic key ([`people`], [`group`]).
//!
//! Two passes over the lines: the first finds lexicon names and full personal names, the
//! second the bare surnames of the people the first found anywhere in the document (a
//! headline may name "Stoltenberg" before the body names "Jens Stoltenberg").

mod gazetteer;
mod group;
mod inflect;
mod names;
mod people;
mod text;
mod translit;

use crate::clean::{LineClass, LineKind};
use crate::document::{Document, Span};
use crate::lang::{Lang, Languages};
use serde::{Deserialize, Serialize};

/// The type of an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    /// A person.
    Per,
    /// An organisation.
    Org,
    /// A place.
    Loc,
    /// Anything else with a name (events, laws, products).
    Misc,
}

impl EntityType {
    /// The tag used in the JSON contract.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Misc => "MISC",
        }
    }
}

/// One entity with all its mentions in the document.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// Canonical name, in its usual Latin-script form ("Jens Stoltenberg", "Russia").
    pub name: String,
    /// The type.
    pub kind: EntityType,
    /// Every mention, in document order.
    pub mentions: Vec<Span>,
}

/// Finds the entities of the headline, body and captions.
pub fn extract(
    doc: &Document,
    classes: &[Option<LineClass>],
    languages: &Languages,
) -> Vec<Entity> {
    let lines = classes.iter().enumerate().filter_map(|(i, class)| {
        let kind = class.as_ref()?.kind;
        matches!(
            kind,
            LineKind::Headline | LineKind::Body | LineKind::Caption
        )
        .then(|| {
            let lang = languages
                .lines
                .get(i)
                .copied()
                .flatten()
                .map(|l| l.lang)
                .or(languages.document);
            (i, lang)
        })
    });
    extract_lines(doc, lines)
}

/// Finds the entities of every line of `doc`, all read as article text in `lang` (or in no
/// known language). For callers without a page around the text, such as tagging single
/// sentences.
pub fn extract_all(doc: &Document, lang: Option<Lang>) -> Vec<Entity> {
    extract_lines(doc, (0..doc.lines().len()).map(|i| (i, lang)))
}

/// Every mention that is a name on its own, with its entity's type, in document order: the
/// mentions a sentence-level tagger is scored on. A mention glued by a hyphen to a longer word
/// ("Ukraine" in "Ukraine-Krise", "EU" in "EU-Kommission") is part of a compound, which
/// taggers of the CoNLL tradition do not label, though the page still highlights it.
pub fn scored_mentions(doc: &Document, entities: &[Entity]) -> Vec<(Span, EntityType)> {
    let text = doc.text();
    let hyphen_then_letter = |chars: &mut dyn Iterator<Item = char>| {
        chars.next().is_some_and(text::is_hyphen) && chars.next().is_some_and(char::is_alphabetic)
    };
    let mut sorted: Vec<(Span, EntityType)> = entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(move |&m| (m, e.kind)))
        .filter(|&(m, _)| {
            !hyphen_then_letter(&mut text[..m.start].chars().rev())
                && !hyphen_then_letter(&mut text[m.end..].chars())
        })
        .collect();
    sorted.sort_unstable_by_key(|&(m, _)| m);
    sorted
}

/// One line's words and what the first pass took.
struct LineWork {
    words: text::Words,
    lang: Option<Lang>,
    marks: names::Marks,
    taken: Vec<bool>,
}

/// The span of tokens `first..=last` of a line of `text`. A name written as a dotted
/// abbreviation keeps its final stop ("U.S.", "Ν.Δ."), as it is written and tagged.
fn span_of(text: &str, words: &text::Words, first: usize, last: usize) -> Span {
    let end_token = words.tokens[last];
    let dotted = end_token.shape == text::Shape::Initial
        && end_token.gap == text::Gap::Abbreviation
        && text[end_token.end..].starts_with('.');
    let end = end_token.end + usize::from(dotted);
    Span::new(words.tokens[first].start, end)
}

fn extract_lines(
    doc: &Document,
    lines: impl Iterator<Item = (usize, Option<Lang>)>,
) -> Vec<Entity> {
    let text = doc.text();
    let mut groups = group::Groups::default();
    let mut work = Vec::new();
    for (index, lang) in lines {
        let line = doc.lines()[index];
        if line.is_blank() {
            continue;
        }
        let words = text::words(doc.slice(line.span), line.span.start);
        let mut taken = vec![false; words.tokens.len()];
        let marks = names::Marks::of(text, &words, lang);
        for candidate in names::analyse(text, &words, lang, &marks, &mut taken) {
            groups.add(
                span_of(text, &words, candidate.first, candidate.last),
                &candidate,
            );
        }
        work.push(LineWork {
            words,
            lang,
            marks,
            taken,
        });
    }
    let people = groups.people();
    if !people.is_empty() {
        for line in &work {
            for (j, id) in names::bare_surnames(
                text,
                &line.words,
                line.lang,
                &line.marks,
                &line.taken,
                &people,
            ) {
                groups.add_to(id, span_of(text, &line.words, j, j));
            }
        }
    }
    groups.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entities(text: &str, lang: &str) -> Vec<(String, EntityType, Vec<String>)> {
        let doc = Document::parse(text);
        extract_all(&doc, Lang::from_code(lang))
            .into_iter()
            .map(|e| {
                let mentions = e
                    .mentions
                    .iter()
                    .map(|&m| doc.slice(m).to_string())
                    .collect();
                (e.name, e.kind, mentions)
            })
            .collect()
    }

    #[test]
    fn polish_inflections_group_under_one_place() {
        let found = entities(
            "Rozmowy z Rosją. Rosja chce gwarancji, a Zachód ostrzega Rosję przed inwazją na Ukrainę.",
            "pol",
        );
        assert_eq!(found[0].0, "Russia");
        assert_eq!(found[0].2, ["Rosją", "Rosja", "Rosję"]);
        assert_eq!(found[1].0, "Ukraine");
    }

    #[test]
    fn full_name_then_bare_surname_in_italian() {
        let found = entities(
            "Stoltenberg ha parlato. Il segretario generale Jens Stoltenberg ha detto che Stoltenberg...",
            "ita",
        );
        let person = found.iter().find(|e| e.1 == EntityType::Per).unwrap();
        assert_eq!(person.0, "Jens Stoltenberg");
        assert_eq!(person.2, ["Stoltenberg", "Jens Stoltenberg", "Stoltenberg"]);
    }

    #[test]
    fn greek_surname_joins_latin_full_name() {
        let found = entities(
            "Ο κορυφαίος διπλωμάτης της ΕΕ, Josep Borrell, πέταξε στο Κίεβο. Ο Μπορέλ της ΕΕ είπε.",
            "ell",
        );
        let person = found.iter().find(|e| e.1 == EntityType::Per).unwrap();
        assert_eq!(person.0, "Josep Borrell");
        assert_eq!(person.2, ["Josep Borrell", "Μπορέλ"]);
        assert!(
            found
                .iter()
                .any(|e| e.0 == "Kyiv" && e.1 == EntityType::Loc)
        );
        assert!(
            found
                .iter()
                .any(|e| e.0 == "European Union" && e.2.len() == 2)
        );
    }

    #[test]
    fn only_article_lines_are_read() {
        let doc = Document::parse("Moskau\nMoskau");
        let classes = vec![
            Some(LineClass {
                kind: LineKind::Boilerplate,
                reason: None,
            }),
            Some(LineClass {
                kind: LineKind::Body,
                reason: None,
            }),
        ];
        let found = extract(&doc, &classes, &Languages::default());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].mentions, [Span::new(7, 13)]);
    }

    #[test]
    fn mentions_never_overlap_and_sit_on_char_boundaries() {
        let text = "NATO-Generalsekretär Jens Stoltenberg traf in Brüssel den Außenminister Sergei Lawrow; Ρωσία, Россия, ΝΑΤΟ-Ρωσίας.";
        let doc = Document::parse(text);
        let mut spans: Vec<Span> = extract_all(&doc, Lang::from_code("deu"))
            .into_iter()
            .flat_map(|e| e.mentions)
            .collect();
        spans.sort();
        for pair in spans.windows(2) {
            assert!(!pair[0].overlaps(pair[1]));
        }
        for s in spans {
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }

    #[test]
    fn scored_mentions_leave_out_parts_of_compounds() {
        let doc =
            Document::parse("Die EU-Kommission und die EU beraten über die Ukraine-Krise in Kiew.");
        let found = extract_all(&doc, Lang::from_code("deu"));
        let scored: Vec<&str> = scored_mentions(&doc, &found)
            .into_iter()
            .map(|(span, _)| doc.slice(span))
            .collect();
        assert!(
            scored.contains(&"EU") && scored.contains(&"Kiew"),
            "{scored:?}"
        );
        assert!(!scored.contains(&"Ukraine"), "{scored:?}");
    }

    #[test]
    fn junk_and_huge_inputs_do_not_panic() {
        for input in [
            String::new(),
            "\u{0}\u{1}\u{FFFD}\u{202E}שלום עולם مرحبا".to_string(),
            "Ά".repeat(100_000),
            "A-".repeat(50_000),
            "Jens ".repeat(20_000),
        ] {
            let doc = Document::parse(&input);
            let _ = extract_all(&doc, None);
        }
    }

    #[test]
    fn a_dotted_abbreviation_keeps_its_final_stop() {
        let found = entities("Talks between the U.S. and Ε.Ε. ended.", "eng");
        let mentions: Vec<&str> = found
            .iter()
            .flat_map(|e| e.2.iter().map(String::as_str))
            .collect();
        assert!(mentions.contains(&"U.S."), "{mentions:?}");
        let found = entities("Βουλευτές της Ν.Δ. και του ΣΥΡΙΖΑ", "ell");
        assert!(found.iter().any(|e| e.2 == ["Ν.Δ."]), "{found:?}");
    }
}
