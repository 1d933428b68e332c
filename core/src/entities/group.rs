//! Mentions grouped into entities under one canonical name.
//!
//! Lexicon names group by their canonical name, so "Rosji", "Rosją" and "Federacją Rosyjską"
//! are one Russia. People group by the phonetic key of their surname (see
//! [`people`](super::people)): "Jens Stoltenberg", "Γενς Στόλτενμπεργκ" and "Stoltenberga" are
//! one person, named as the table of well-known people names them when any mention is in it,
//! else as first written (in Latin letters).

use super::names::Candidate;
use super::people;
use super::{Entity, EntityType};
use crate::document::Span;
use std::collections::HashMap;

/// The entities found so far.
#[derive(Default)]
pub struct Groups {
    entities: Vec<Entity>,
    index: HashMap<(String, EntityType), usize>,
    /// Surname key, given-name key and whether the name is from the table, per person.
    people: Vec<(String, Option<String>, bool, usize)>,
    /// Indices into `people` by the consonants of the surname key (only keys with the same
    /// consonants can be the same surname), so a long document costs no scan per mention.
    by_consonants: HashMap<String, Vec<usize>>,
}

fn given_key(name: &str) -> Option<String> {
    let (given, _) = people::split_name(name);
    given.first().map(|g| people::key(g))
}

impl Groups {
    /// Adds the mention `span` of `candidate`.
    pub fn add(&mut self, span: Span, candidate: &Candidate) {
        let id = match (&candidate.surname, candidate.kind) {
            (Some(surname), EntityType::Per) => self.person(surname, candidate),
            _ => self.named(&candidate.name, candidate.kind),
        };
        self.entities[id].mentions.push(span);
    }

    /// Adds `span` as a mention of entity `id`.
    pub fn add_to(&mut self, id: usize, span: Span) {
        self.entities[id].mentions.push(span);
    }

    /// The surnames of the people found so far.
    pub fn people(&self) -> people::Surnames {
        let mut surnames = people::Surnames::default();
        for (key, _, _, id) in &self.people {
            surnames.add(key, *id);
        }
        surnames
    }

    fn named(&mut self, name: &str, kind: EntityType) -> usize {
        let next = self.entities.len();
        let id = *self.index.entry((name.to_string(), kind)).or_insert(next);
        if id == next {
            self.entities.push(Entity {
                name: name.to_string(),
                kind,
                mentions: Vec::new(),
            });
        }
        id
    }

    fn person(&mut self, surname: &str, candidate: &Candidate) -> usize {
        let given = given_key(&candidate.name);
        let consonants = people::consonants(surname);
        let people = &mut self.people;
        let same = self
            .by_consonants
            .get(&consonants)
            .and_then(|list| {
                list.iter().copied().find(|&p| {
                    let (k, g, _, _) = &people[p];
                    people::same_surname(k, surname)
                        && match (g.as_deref(), given.as_deref()) {
                            (Some(a), Some(b)) => {
                                a.chars().next() == b.chars().next() || candidate.known
                            }
                            _ => true,
                        }
                })
            })
            .map(|p| &mut people[p]);
        match same {
            Some((_, g, known, id)) => {
                // The table's name wins over a name as written.
                if candidate.known && !*known {
                    *known = true;
                    self.entities[*id].name = candidate.name.clone();
                }
                if g.is_none() {
                    *g = given;
                }
                *id
            }
            None => {
                let id = self.named(&candidate.name, EntityType::Per);
                self.by_consonants
                    .entry(consonants)
                    .or_default()
                    .push(self.people.len());
                self.people
                    .push((surname.to_string(), given, candidate.known, id));
                id
            }
        }
    }

    /// The entities, mentions in document order, sorted by first mention.
    pub fn finish(self) -> Vec<Entity> {
        let mut entities: Vec<Entity> = self
            .entities
            .into_iter()
            .filter(|e| !e.mentions.is_empty())
            .map(|mut e| {
                e.mentions.sort();
                e.mentions.dedup();
                e
            })
            .collect();
        entities.sort_by_key(|e| e.mentions[0]);
        entities
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, surname: &str, known: bool) -> Candidate {
        Candidate {
            first: 0,
            last: 0,
            kind: EntityType::Per,
            name: name.to_string(),
            surname: Some(people::key(surname)),
            known,
        }
    }

    #[test]
    fn one_person_across_scripts_named_by_the_table() {
        let mut g = Groups::default();
        g.add(
            Span::new(10, 20),
            &person("Gens Stoltenberg", "Στόλτενμπεργκ", false),
        );
        g.add(
            Span::new(30, 40),
            &person("Jens Stoltenberg", "Stoltenberg", true),
        );
        let entities = g.finish();
        assert_eq!(entities.len(), 1);
        assert_eq!(entities[0].name, "Jens Stoltenberg");
        assert_eq!(entities[0].mentions.len(), 2);
    }

    #[test]
    fn places_group_by_canonical_name_and_sort_by_first_mention() {
        let place = |name: &str| Candidate {
            first: 0,
            last: 0,
            kind: EntityType::Loc,
            name: name.to_string(),
            surname: None,
            known: true,
        };
        let mut g = Groups::default();
        g.add(Span::new(50, 55), &place("Russia"));
        g.add(Span::new(5, 9), &place("Ukraine"));
        g.add(Span::new(1, 4), &place("Russia"));
        let entities = g.finish();
        assert_eq!(entities[0].name, "Russia");
        assert_eq!(entities[0].mentions, [Span::new(1, 4), Span::new(50, 55)]);
        assert_eq!(entities[1].name, "Ukraine");
    }

    #[test]
    fn different_given_names_stay_apart() {
        let mut g = Groups::default();
        g.add(Span::new(0, 5), &person("Anna Kowalska", "Kowalska", false));
        g.add(Span::new(9, 15), &person("Ewa Kowalska", "Kowalska", false));
        assert_eq!(g.finish().len(), 2);
    }
}
