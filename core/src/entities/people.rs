//! People's names across scripts and spellings: "Γενς Στόλτενμπεργκ", "Jens Stoltenberg";
//! "Σεργκέι Ριάμπκοφ", "Siergiej Riabkow", "Sergey A. Ryabkov".
//!
//! Every surname is reduced to a *phonetic key*: transliterated to Latin letters, folded, and
//! with the spelling conventions of the European languages merged (sh/sz/sch, ch/kh, w/v/f,
//! z/s, ou/u, doubled letters, mb/mp/b, nt/nd/d, and i/y/j next to another vowel dropped),
//! so the German, Polish, Greek and English renderings of one Russian name meet. A surname
//! matches when the keys' consonants agree and the keys differ by at most one or two edits.
//! The same key groups a later bare surname ("Μπορέλ") with the full name ("Josep Borrell")
//! and finds the well-known people of the compact table `people.tsv` under their usual name.

use super::gazetteer::{FxMap, FxSet};
use super::inflect::{self, StemKind};
use super::text::{Script, fold, script_of};
use super::translit;
use crate::lang::Lang;
use std::sync::LazyLock;

/// The phonetic key of one word or name, in Latin letters.
pub fn key(word: &str) -> String {
    let latin = translit::to_latin(word, false);
    let folded: Vec<char> = fold(&latin)
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(|c| match c {
            'ß' => ['s', 's'].into_iter().take(2),
            c => [c, c].into_iter().take(1),
        })
        .collect();
    let mut merged = String::with_capacity(folded.len());
    let mut i = 0;
    while i < folded.len() {
        let rest = &folded[i..];
        let (out, used): (&str, usize) = match rest {
            ['s', 'h', 'c', 'h', ..] | ['s', 'z', 'c', 'z', ..] => ("s", 4),
            ['t', 's', 'c', 'h', ..] => ("c", 4),
            ['s', 'c', 'h', ..] => ("s", 3),
            ['s' | 'z', 'h' | 'z', ..] => ("s", 2),
            ['c' | 'k', 'h', ..] => ("k", 2),
            ['c', 'k', ..] => ("k", 2),
            ['p', 'h', ..] => ("v", 2),
            ['t', 'h', ..] => ("t", 2),
            ['t', 's' | 'z', ..] | ['c', 'z', ..] => ("c", 2),
            ['m', 'b' | 'p', ..] => ("b", 2),
            ['n', 't' | 'd', ..] => ("d", 2),
            ['n' | 'g', 'g' | 'k', ..] => ("g", 2),
            ['o', 'u', ..] | ['o', 'o', ..] => ("u", 2),
            ['h', ..] => ("", 1),
            ['w' | 'f' | 'v', ..] => ("v", 1),
            ['z', ..] => ("s", 1),
            ['q', ..] => ("k", 1),
            ['x', ..] => ("ks", 1),
            ['y' | 'j', ..] => ("i", 1),
            [c, ..] => {
                merged.push(*c);
                i += 1;
                continue;
            }
            [] => break,
        };
        merged.push_str(out);
        i += used;
    }
    // Doubled letters once; i next to another vowel is a glide ("Sergei", "Riabkow").
    let chars: Vec<char> = merged.chars().collect();
    let mut deduped: Vec<char> = Vec::with_capacity(chars.len());
    for c in chars {
        if deduped.last() != Some(&c) {
            deduped.push(c);
        }
    }
    let vowel = |c: Option<&char>| c.is_some_and(|c| matches!(c, 'a' | 'e' | 'o' | 'u'));
    (0..deduped.len())
        .filter(|&k| {
            deduped[k] != 'i'
                || !(vowel(deduped.get(k + 1)) || (k > 0 && vowel(deduped.get(k - 1))))
        })
        .map(|k| deduped[k])
        .collect()
}

/// The consonants of a key (the index of the table): keys that differ in them are never the
/// same surname (see [`same_surname`]).
pub fn consonants(key: &str) -> String {
    key.chars()
        .filter(|c| !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u'))
        .collect()
}

/// Levenshtein distance of two short keys.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

/// True when two surname keys name the same surname.
pub fn same_surname(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let longest = a.chars().count().max(b.chars().count());
    longest >= 4
        && consonants(a) == consonants(b)
        && distance(a, b) <= 1 + usize::from(longest >= 8)
}

/// The surnames of a document's people, indexed like the table by their consonants, so that
/// each word of the text costs one hash look-up.
#[derive(Default)]
pub struct Surnames {
    by_consonants: FxMap<String, Vec<(String, usize)>>,
}

impl Surnames {
    /// Adds the surname key `key` of the entity with index `entity`.
    pub fn add(&mut self, key: &str, entity: usize) {
        self.by_consonants
            .entry(consonants(key))
            .or_default()
            .push((key.to_string(), entity));
    }

    /// True when no surname was added.
    pub fn is_empty(&self) -> bool {
        self.by_consonants.is_empty()
    }

    /// The entity whose surname is the same as the one with key `key`, if any.
    pub fn find(&self, key: &str) -> Option<usize> {
        self.by_consonants
            .get(&consonants(key))?
            .iter()
            .find(|(k, _)| same_surname(k, key))
            .map(|&(_, entity)| entity)
    }
}

/// One person of the table.
#[derive(Debug)]
pub struct Person {
    /// The usual Latin-script name.
    pub name: Box<str>,
    /// Keys of the given names in the table's spellings.
    given: Vec<String>,
    /// The surname alone names the person.
    pub surname_alone: bool,
}

/// The table of well-known people, indexed by the consonants of their surname keys.
pub struct People {
    /// The people.
    pub persons: Vec<Person>,
    by_consonants: FxMap<String, Vec<(u32, String)>>,
}

/// Splits a written name into given names and surname; the surname takes lower-case
/// particles and a capitalised particle before it ("von der Leyen", "Le Pen", "al-Assad").
pub fn split_name(name: &str) -> (Vec<&str>, String) {
    let words: Vec<&str> = name
        .split([' ', '\u{a0}'])
        .filter(|w| !(w.is_empty() || (w.len() <= 3 && w.ends_with('.'))))
        .collect();
    let mut surname_start = words.len().saturating_sub(1);
    while surname_start > 1 && is_particle(words[surname_start - 1]) {
        surname_start -= 1;
    }
    (
        words[..surname_start].to_vec(),
        words[surname_start..].join(" "),
    )
}

fn is_particle(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "von"
            | "van"
            | "der"
            | "den"
            | "de"
            | "del"
            | "della"
            | "di"
            | "da"
            | "dos"
            | "du"
            | "le"
            | "la"
            | "al"
            | "el"
            | "bin"
            | "ter"
            | "ten"
            | "zu"
    )
}

impl People {
    fn load(data: &str) -> Self {
        let mut people = People {
            persons: Vec::new(),
            by_consonants: FxMap::default(),
        };
        for line in data.lines().filter(|l| l.starts_with("PER\t")) {
            let mut fields = line.split('\t').skip(1);
            let Some(name) = fields.next() else { continue };
            let variants = fields.next().unwrap_or("");
            let flags = fields.next().unwrap_or("");
            let id = people.persons.len() as u32;
            let mut given = Vec::new();
            for written in
                std::iter::once(name).chain(variants.split('|').filter(|v| !v.is_empty()))
            {
                let (given_names, surname) = split_name(written);
                given.extend(given_names.iter().map(|g| key(g)));
                let surname_key = key(&surname);
                let entry = people
                    .by_consonants
                    .entry(consonants(&surname_key))
                    .or_default();
                if !entry.iter().any(|(p, k)| *p == id && *k == surname_key) {
                    entry.push((id, surname_key));
                }
            }
            people.persons.push(Person {
                name: name.into(),
                given,
                surname_alone: !flags.split(',').any(|f| f.trim() == "full"),
            });
        }
        people
    }

    /// The person of the table whose surname has key `surname_key`, if any. With given
    /// names, a Latin-script given name must agree with one of the table's (a Greek or
    /// Cyrillic one is too freely transcribed to judge).
    pub fn find(&self, surname_key: &str, given: &[&str], script: Script) -> Option<u32> {
        let candidates = self.by_consonants.get(&consonants(surname_key))?;
        let found = candidates
            .iter()
            .filter(|(_, k)| same_surname(k, surname_key))
            .min_by_key(|(_, k)| distance(k, surname_key))?
            .0;
        let person = &self.persons[found as usize];
        let agrees = given.is_empty()
            || script != Script::Latin
            || given.iter().any(|g| {
                let gk = key(g);
                person.given.iter().any(|t| {
                    t == &gk || (gk.len() >= 3 && distance(t, &gk) * 3 <= gk.len().max(t.len()))
                })
            });
        agrees.then_some(found)
    }
}

/// The table of well-known people.
pub static PEOPLE: LazyLock<People> =
    LazyLock::new(|| People::load(include_str!("../../data/entities/people.tsv")));

/// A list of personal names matched in any case form: "Marcina" and "Γιώργου" are the given
/// names "Marcin" and "Γιώργος", "Kowalskiego" the surname "Kowalski". Each name is stored
/// folded and without its nominative ending (see [`inflect`]); a Greek or Cyrillic name also
/// in Latin letters, for the same name in Latin-script text ("Giorgos").
pub struct NameList {
    full: FxSet<Box<str>>,
    stripped: FxSet<Box<str>>,
}

/// Shortest stem of a listed name that takes a case ending ("Ann-y" for "Anna").
const NAME_STEM_CHARS: usize = 3;

impl NameList {
    fn load(data: &str) -> Self {
        let mut list = NameList {
            full: FxSet::default(),
            stripped: FxSet::default(),
        };
        for name in data
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let folded = fold(name);
            for (stem, kind) in inflect::stems(&folded, NAME_STEM_CHARS) {
                match kind {
                    StemKind::Full => list.full.insert(stem.into()),
                    StemKind::Stripped => list.stripped.insert(stem.into()),
                };
            }
            if !name.is_ascii() {
                list.full
                    .insert(fold(&translit::to_latin(name, false)).into());
            }
        }
        list
    }

    /// [`NameList::contains`] for a word not yet folded.
    pub fn contains_word(&self, word: &str, lang: Option<Lang>) -> bool {
        self.contains(word, &fold(word), lang)
    }

    /// True when `word` (as written, any script; `folded` is its folded form) is a form of a
    /// listed name in `lang`. A word ending in a stressed vowel is a verb or adverb ("Sarà",
    /// "Però"), not the name it folds to.
    pub fn contains(&self, word: &str, folded: &str, lang: Option<Lang>) -> bool {
        if word.ends_with(['à', 'è', 'ì', 'ò', 'ù']) {
            return false;
        }
        let script = word.chars().next().map_or(Script::Latin, script_of);
        inflect::name_splits(folded, lang, script).any(|(stem, ended)| {
            self.full.contains(stem) || (ended && self.stripped.contains(stem))
        }) || (matches!(script, Script::Greek | Script::Cyrillic)
            // A foreign name in Greek or Cyrillic letters ("Ντόναλντ" is "Donald").
            && self
                .full
                .contains(fold(&translit::to_latin(word, false)).as_str()))
    }
}

/// Given names in the scripts of Europe and of names European news often writes.
pub static GIVEN_NAMES: LazyLock<NameList> =
    LazyLock::new(|| NameList::load(include_str!("../../data/entities/given_names.txt")));

/// Common surnames that are not also given names.
pub static SURNAMES: LazyLock<NameList> =
    LazyLock::new(|| NameList::load(include_str!("../../data/entities/surnames.txt")));

/// True when `word` is a known surname or ends like the surnames of a language written in
/// its script ("-όπουλος", "-ίδης", "-άκης"; "-ski", "-wicz"; "-enko", "-ов").
pub fn is_surname(word: &str, lang: Option<Lang>) -> bool {
    has_surname_ending(word) || SURNAMES.contains_word(word, lang)
}

/// True when `word` ends like the surnames of a language written in its script (see
/// [`is_surname`]): a rule of the language, not a list that common words may share.
pub fn has_surname_ending(word: &str) -> bool {
    let folded = fold(word);
    SURNAME_ENDINGS
        .iter()
        .any(|e| folded.ends_with(e) && folded.len() > e.len() + 2)
}

/// True when `word` ends like a surname and not like an adjective: the Slavic "-ski/-cki"
/// surnames are adjectives in form, and a sentence may start with one ("Brytyjski").
pub fn has_name_only_ending(word: &str) -> bool {
    const ADJECTIVE: &[&str] = &[
        "ski", "ska", "skiego", "skiej", "skiemu", "skim", "cki", "cka", "ckiego", "ckiej",
    ];
    has_surname_ending(word) && {
        let folded = fold(word);
        !ADJECTIVE.iter().any(|e| folded.ends_with(e))
    }
}

/// Endings (folded) that mark a word as a surname in the languages that use them, in every
/// case form: Greek patronymic and diminutive families, Slavic "-ski/-cki" adjectival surnames
/// and "-wicz/-vić" patronymics, Ukrainian "-enko", Russian "-ov/-ev/-in" in Cyrillic,
/// Georgian and Armenian "-shvili/-dze/-yan".
const SURNAME_ENDINGS: &[&str] = &[
    "οπουλοσ",
    "οπουλου",
    "οπουλο",
    "ιδησ",
    "ιδη",
    "ιδου",
    "ιαδησ",
    "ιαδη",
    "ακησ",
    "ακη",
    "ακου",
    "ουδησ",
    "ουδη",
    "ατοσ",
    "ατου",
    "ιωτησ",
    "ιωτη",
    "ελλησ",
    "ογλου",
    // Foreign surnames in Greek letters: Slavic "-ić", Russian "-ov", Ukrainian "-enko",
    // Georgian "-shvili" ("Μάντζουκιτς", "Αμάσοφ").
    "ιτσ",
    "οφ",
    "ενκο",
    "σβιλι",
    "skiego",
    "skiej",
    "skiemu",
    "skim",
    "ska",
    "ski",
    "ckiego",
    "ckiej",
    "cki",
    "cka",
    "wicz",
    "wicza",
    "wiczem",
    "wiczowi",
    "vic",
    "vica",
    "vicem",
    "enko",
    "enka",
    "shvili",
    "dze",
    "yan",
    "ова",
    "ов",
    "ова",
    "ева",
    "ев",
    "ин",
    "ина",
    "ович",
    "енко",
    "ский",
    "ская",
    "цкий",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_meet_across_scripts_and_spellings() {
        assert_eq!(key("Stoltenberg"), key("Στόλτενμπεργκ"));
        assert_eq!(key("Borrell"), key("Μπορέλ"));
        assert_eq!(key("Ryabkov"), key("Riabkow"));
        assert_eq!(key("Ryabkov"), key("Ριάμπκοφ"));
        assert_eq!(key("Zakharova"), key("Zacharowa"));
        assert_eq!(key("Zakharova"), key("Ζαχάροβα"));
        assert_eq!(key("Sherman"), key("Σέρμαν"));
        assert_eq!(key("Kuleba"), key("Κουλέμπα"));
        assert_eq!(key("Putin"), key("Πούτιν"));
    }

    #[test]
    fn surnames_compare_loosely_but_not_too_loosely() {
        assert!(same_surname(&key("Zelensky"), &key("Selenskyj")));
        assert!(same_surname(&key("Biden"), &key("Μπάιντεν")));
        assert!(!same_surname(&key("Putin"), &key("Patton")));
        assert!(!same_surname(&key("Rau"), &key("Rao")));
    }

    #[test]
    fn table_finds_people_by_surname_and_given_name() {
        let find = |given: &[&str], surname: &str, script| {
            PEOPLE
                .find(&key(surname), given, script)
                .map(|id| PEOPLE.persons[id as usize].name.to_string())
        };
        assert_eq!(
            find(&["Γενς"], "Στόλτενμπεργκ", Script::Greek).as_deref(),
            Some("Jens Stoltenberg")
        );
        assert_eq!(
            find(&["Siergiej"], "Riabkow", Script::Latin).as_deref(),
            Some("Sergei Ryabkov")
        );
        assert_eq!(
            find(&["Сергей"], "Лавров", Script::Cyrillic).as_deref(),
            Some("Sergei Lavrov")
        );
        assert_eq!(find(&["Anna"], "Putin", Script::Latin), None);
    }

    #[test]
    fn names_split_with_particles() {
        assert_eq!(
            split_name("Ursula von der Leyen"),
            (vec!["Ursula"], "von der Leyen".to_string())
        );
        assert_eq!(
            split_name("Wendy R. Sherman"),
            (vec!["Wendy"], "Sherman".to_string())
        );
        assert_eq!(split_name("Putin"), (vec![], "Putin".to_string()));
    }

    #[test]
    fn surnames_by_list_and_by_ending() {
        let (pol, ell) = (Lang::from_code("pol"), Lang::from_code("ell"));
        assert!(is_surname("Παπαδόπουλος", ell));
        assert!(is_surname("Γεωργιάδη", ell));
        assert!(is_surname("Kwiecińskiego", pol));
        assert!(!is_surname("Warszawa", pol));
    }

    #[test]
    fn given_names_in_any_script() {
        let (pol, ell) = (Lang::from_code("pol"), Lang::from_code("ell"));
        assert!(GIVEN_NAMES.contains_word("Maria", None));
        assert!(GIVEN_NAMES.contains_word("Μαρία", ell));
        assert!(GIVEN_NAMES.contains_word("Γιώργου", ell));
        assert!(GIVEN_NAMES.contains_word("Marcina", pol));
        assert!(!GIVEN_NAMES.contains_word("Sitzung", Lang::from_code("deu")));
    }

    #[test]
    fn surname_endings_that_are_no_adjective_endings() {
        assert!(has_name_only_ending("Ahmetovic"));
        assert!(has_name_only_ending("Παπαδόπουλος"));
        assert!(!has_name_only_ending("Brytyjski"));
        assert!(has_surname_ending("Kwieciński"));
        assert!(!has_name_only_ending("Kwieciński"));
    }
}
