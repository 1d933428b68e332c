//! Lexicons of names and cue words, matched word by word with inflection.
//!
//! A lexicon is a trie over *words*: each edge is one stem of one word of a form (see
//! [`inflect`](super::inflect)), so every word of a multi-word name may inflect on its own
//! ("Stanów Zjednoczonych" is "Stany Zjednoczone", "Οργανισμού για την Ασφάλεια..." is
//! "Οργανισμός για την Ασφάλεια..."). A string automaton cannot express "this word, then any
//! case ending of the language, then the next word", which is why the trie is keyed by stems
//! and the endings are tried per word of the text (a handful of hash look-ups per capitalised
//! word, so matching stays linear in the text).
//!
//! The place lexicon is generated from CLDR and GeoNames (`data/entities/generate.py`), the
//! organisation and extra place lexicons are hand-compiled; every file names its source.

use super::EntityType;
use super::inflect::{self, MIN_STEM_CHARS, StemKind};
use super::text::{self, Gap, Shape, Words};
use crate::lang::Lang;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// FxHash (as in rustc): the trie is hashed a few times per word, and its keys are ours,
/// not an attacker's, so a fast non-cryptographic hash is the right one.
#[derive(Default)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u8(&mut self, n: u8) {
        self.write_u64(u64::from(n));
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash map with [`FxHasher`].
pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A hash set with [`FxHasher`].
pub type FxSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// A form's payload and whether the form may start with a lower-case word ("dpa").
#[derive(Clone, Copy, Debug)]
struct Terminal<P> {
    payload: P,
    lower_start: bool,
}

/// A word-level trie of folded stems.
#[derive(Debug)]
pub struct Trie<P: Copy> {
    stems: FxMap<Box<str>, u32>,
    /// (node, stem id, stem kind, written in capitals) -> child node. Acronyms ("UN", "EU")
    /// have their own edges, so a capitalised word never follows them ("Un'altra").
    edges: FxMap<(u32, u32, StemKind, bool), u32>,
    terminals: Vec<Option<Terminal<P>>>,
    /// Folded first words of the forms written in lower case ("dpa").
    lower_starts: HashSet<Box<str>>,
    /// Shortest stem that takes an ending (see [`MIN_STEM_CHARS`]).
    min_stem: usize,
}

/// A match of a lexicon form: tokens `first..=last` of the line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found<P> {
    /// Index of the first token.
    pub first: usize,
    /// Index of the last token.
    pub last: usize,
    /// What the form stands for.
    pub payload: P,
}

/// Gaps a multi-word form may span: spaces, hyphens, apostrophes, the stop of an initial or
/// of an abbreviation ("St. Louis": the form has it too).
fn joins(gap: Gap) -> bool {
    matches!(
        gap,
        Gap::Space | Gap::Hyphen | Gap::Apostrophe | Gap::Abbreviation | Gap::Stop
    )
}

/// True for an acronym that must be matched in capitals ("EU", not the Portuguese "eu").
fn is_acronym(word: &str) -> bool {
    word.chars().all(|c| !c.is_lowercase())
        && (1..=5).contains(&word.chars().filter(|&c| text::is_letter(c)).count())
}

impl<P: Copy> Trie<P> {
    /// An empty trie whose stems are at least `min_stem` letters long.
    pub fn new(min_stem: usize) -> Self {
        Trie {
            stems: FxMap::default(),
            edges: FxMap::default(),
            terminals: vec![None],
            lower_starts: HashSet::new(),
            min_stem,
        }
    }

    /// Makes room for about `forms` more forms.
    fn reserve(&mut self, forms: usize) {
        self.stems.reserve(forms);
        self.edges.reserve(forms + forms / 2);
        self.terminals.reserve(forms);
    }

    fn stem_id(&mut self, stem: &str) -> u32 {
        // Look up before inserting: most stems are already there, and the key is boxed only
        // for a new one (the place lexicon has some 150,000 forms).
        if let Some(&id) = self.stems.get(stem) {
            return id;
        }
        let id = self.stems.len() as u32;
        self.stems.insert(stem.into(), id);
        id
    }

    /// Adds `form` (as written: case matters for acronyms). The first payload given for a
    /// form wins.
    pub fn insert(&mut self, form: &str, payload: P) {
        let words = text::words(form, 0);
        if words.tokens.is_empty() {
            return;
        }
        let mut node = 0u32;
        for (i, token) in words.tokens.iter().enumerate() {
            let word = &form[token.start..token.end];
            let upper = is_acronym(word);
            let key = words.key(i);
            // Later words of a multi-word form have context: shorter stems are safe there
            // ("Ηνωμένων Εθνών" is "Ηνωμένα Έθνη").
            let min_stem = if i == 0 {
                self.min_stem
            } else {
                self.min_stem.min(3)
            };
            let full = self.stem_id(key);
            let child = match self.edges.get(&(node, full, StemKind::Full, upper)) {
                Some(&child) => child,
                None => {
                    self.terminals.push(None);
                    let child = (self.terminals.len() - 1) as u32;
                    self.edges
                        .insert((node, full, StemKind::Full, upper), child);
                    child
                }
            };
            // Acronyms do not inflect by ending ("NATO" has no stem "NAT").
            if !upper {
                for (stem, kind) in inflect::stems(key, min_stem).into_iter().skip(1) {
                    let id = self.stem_id(&stem);
                    self.edges.entry((node, id, kind, false)).or_insert(child);
                }
            }
            node = child;
        }
        let lower_start = words.tokens[0].shape == Shape::Lower;
        if lower_start {
            self.lower_starts.insert(words.key(0).into());
        }
        let slot = &mut self.terminals[node as usize];
        if slot.is_none() {
            *slot = Some(Terminal {
                payload,
                lower_start,
            });
        }
    }

    /// True when some form starts with the lower-case word `key`.
    pub fn may_start_lower(&self, key: &str) -> bool {
        self.lower_starts.contains(key)
    }

    /// The children of `node` that token `j` of `words` leads to, each with whether it was
    /// reached by a stem without its nominative ending.
    fn step<'a>(
        &'a self,
        words: &'a Words,
        node: u32,
        j: usize,
        lang: Option<Lang>,
    ) -> impl Iterator<Item = (u32, bool)> + 'a {
        let token = words.tokens[j];
        inflect::splits(words.key(j), lang, token.script).flat_map(move |(stem, ended)| {
            let id = self.stems.get(stem).copied();
            let long_enough =
                stem.chars().count() >= self.min_stem.min(if node == 0 { 99 } else { 3 });
            [
                (StemKind::Full, !ended || long_enough),
                (StemKind::Stripped, ended),
            ]
            .into_iter()
            .flat_map(move |(kind, allowed)| {
                // "Ε.Ε." is two initials: capitals all the same.
                let upper = matches!(token.shape, Shape::Upper | Shape::Initial);
                [false, true].into_iter().filter_map(move |acronym| {
                    let child = *self.edges.get(&(node, id?, kind, acronym))?;
                    (allowed && (!acronym || upper)).then_some((child, kind == StemKind::Stripped))
                })
            })
        })
    }

    /// The longest form starting at token `first`, if any. Only tokens for which `free`
    /// holds may be part of it.
    pub fn longest_at(
        &self,
        words: &Words,
        first: usize,
        lang: Option<Lang>,
        free: impl Fn(usize) -> bool + Copy,
    ) -> Option<Found<P>> {
        let mut best = None;
        self.walk(words, first, 0, first, lang, free, &mut best);
        best
    }

    /// Depth-first from `node` at token `j` (depth is bounded by the longest form).
    #[allow(clippy::too_many_arguments)]
    fn walk(
        &self,
        words: &Words,
        first: usize,
        node: u32,
        j: usize,
        lang: Option<Lang>,
        free: impl Fn(usize) -> bool + Copy,
        best: &mut Option<Found<P>>,
    ) {
        if j >= words.tokens.len() || !free(j) || (j > first && !joins(words.tokens[j].gap)) {
            return;
        }
        // German nouns keep their final vowel: a one-word name takes only endings after it
        // ("Russlands"), while "Vereinigten Staaten" is "Vereinigte Staaten" ("Jahren" is not
        // the town "Jahra").
        let whole_words_only = lang.is_some_and(|l| l.code() == "deu") && j == first;
        for (child, stripped) in self.step(words, node, j, lang) {
            if let Some(t) = self.terminals[child as usize]
                && !(stripped && whole_words_only)
            {
                let starts_ok = t.lower_start || words.tokens[first].shape != Shape::Lower;
                if starts_ok && best.is_none_or(|b: Found<P>| j > b.last) {
                    *best = Some(Found {
                        first,
                        last: j,
                        payload: t.payload,
                    });
                }
            }
            self.walk(words, first, child, j + 1, lang, free, best);
        }
    }

    /// Whether token `j` alone is a form of the lexicon (any case).
    pub fn word(&self, words: &Words, j: usize, lang: Option<Lang>) -> Option<P> {
        self.step(words, 0, j, lang)
            .find_map(|(child, _)| self.terminals[child as usize].map(|t| t.payload))
    }
}

/// A name of the lexicons: canonical name and type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    /// Canonical name.
    pub name: Box<str>,
    /// Type.
    pub kind: EntityType,
}

/// The organisation and place lexicons.
pub struct Gazetteer {
    /// Forms to entry indices.
    pub trie: Trie<u32>,
    /// The entries.
    pub entries: Vec<Named>,
}

/// Parses `TYPE<TAB>name<TAB>form|form` lines.
fn records(data: &str) -> impl Iterator<Item = (&str, &str, &str, &str)> {
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut f = l.split('\t');
            Some((
                f.next()?,
                f.next()?,
                f.next().unwrap_or(""),
                f.next().unwrap_or(""),
            ))
        })
}

fn entity_type(tag: &str) -> Option<EntityType> {
    match tag {
        "PER" => Some(EntityType::Per),
        "ORG" => Some(EntityType::Org),
        "LOC" => Some(EntityType::Loc),
        "MISC" => Some(EntityType::Misc),
        _ => None,
    }
}

impl Gazetteer {
    fn load(files: &[&str]) -> Self {
        let mut g = Gazetteer {
            trie: Trie::new(MIN_STEM_CHARS),
            entries: Vec::new(),
        };
        // Sized for the forms up front: growing the tables of some 150,000 forms step by
        // step would rehash them again and again.
        let forms: usize = files
            .iter()
            .map(|data| data.bytes().filter(|&b| matches!(b, b'|' | b'\n')).count())
            .sum();
        g.trie.reserve(forms);
        let mut index: HashMap<(Box<str>, EntityType), u32> = HashMap::new();
        for data in files {
            for (tag, name, forms, _) in records(data) {
                let Some(kind) = entity_type(tag) else {
                    continue;
                };
                let id = *index.entry((name.into(), kind)).or_insert_with(|| {
                    g.entries.push(Named {
                        name: name.into(),
                        kind,
                    });
                    (g.entries.len() - 1) as u32
                });
                g.trie.insert(name, id);
                for form in forms.split('|').filter(|f| !f.is_empty()) {
                    g.trie.insert(form, id);
                    if let Some(dotted) = dotted_acronym(form) {
                        g.trie.insert(&dotted, id);
                    }
                }
            }
        }
        g
    }
}

/// An acronym of two to four capitals written with stops between its letters ("ΕΕ" is also
/// "Ε.Ε.", "UN" "U.N."); the final stop is left to the span.
fn dotted_acronym(form: &str) -> Option<String> {
    let letters = form.chars().count();
    ((2..=4).contains(&letters) && form.chars().all(|c| c.is_alphabetic() && c.is_uppercase()))
        .then(|| {
            let mut dotted = String::with_capacity(form.len() * 2);
            for (i, c) in form.chars().enumerate() {
                if i > 0 {
                    dotted.push('.');
                }
                dotted.push(c);
            }
            dotted
        })
}

/// Organisations first (so "EU" and "UN" are organisations), then places.
pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    Gazetteer::load(&[
        include_str!("../../data/entities/orgs.tsv"),
        include_str!("../../data/entities/places_extra.tsv"),
        include_str!("../../data/entities/places.tsv"),
    ])
});

/// What a cue word says about the name next to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    /// A title or role: the name next to it is a person.
    Role,
    /// A form of address directly before a person's name.
    Honorific,
    /// A head word of organisation names ("Ministry", "Υπουργείο").
    OrgHead,
    /// A head word of place names ("River", "Lake").
    LocHead,
    /// A joint body ("Council"): index into [`Cues::bodies`] for its English head.
    Body(u16),
    /// A lower-case particle inside personal names ("von", "de").
    Particle,
    /// A word that never starts a name (articles, pronouns, months, days).
    Function,
    /// A word that before a place names a sports club ("FC", "VfL", "Borussia").
    Club,
    /// A nationality or faith: part of a name, never a name alone ("German", "Γερμανός").
    Nationality,
    /// A head word of the names of events, prizes and works ("Cup", "Prize", "War").
    MiscHead,
}

/// The cue lexicon.
pub struct Cues {
    /// Cue forms.
    pub trie: Trie<Cue>,
    /// English heads of joint bodies, indexed by [`Cue::Body`].
    pub bodies: Vec<Box<str>>,
    /// Role words of six letters or more, folded, for German compounds
    /// ("Generalsekretär" ends with "sekretär").
    pub role_tails: FxSet<Box<str>>,
    /// Organisation head words of three letters or more, folded, for German compounds
    /// ("Bundesjustizministerium" ends with "ministerium").
    pub org_tails: FxSet<Box<str>>,
    /// Folded prefixes of the compounds that name public bodies ("Bundes-", "Landes-").
    pub public_prefixes: Vec<Box<str>>,
    /// Body words of six letters or more, folded, with their index ("Militärausschuss").
    pub body_tails: Vec<(Box<str>, u16)>,
    /// Words that join the parts of an organisation's name, folded ("of", "della", "των").
    pub links: FxSet<Box<str>>,
    /// Conjunctions that may join two parts of one name, folded ("and", "και").
    pub conjunctions: FxSet<Box<str>>,
    /// Prepositions of place, folded ("in", "w", "в").
    pub place_prepositions: FxSet<Box<str>>,
    /// Nouns for kinds of organisation, folded ("company", "Hersteller", "società"); a
    /// German compound matches by its tail of five letters or more ("Spielzeughersteller").
    pub org_kinds: FxSet<Box<str>>,
}

/// Cue words in many languages.
pub static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let mut cues = Cues {
        trie: Trie::new(3),
        bodies: Vec::new(),
        role_tails: FxSet::default(),
        org_tails: FxSet::default(),
        public_prefixes: Vec::new(),
        body_tails: Vec::new(),
        links: FxSet::default(),
        conjunctions: FxSet::default(),
        place_prepositions: FxSet::default(),
        org_kinds: FxSet::default(),
    };
    for (tag, value, forms, _) in records(include_str!("../../data/entities/cues.tsv")) {
        let cue = match tag {
            "ROLE" => Cue::Role,
            "HONORIFIC" => Cue::Honorific,
            "ORG" => Cue::OrgHead,
            "LOC" => Cue::LocHead,
            "BODY" => {
                cues.bodies.push(value.into());
                Cue::Body((cues.bodies.len() - 1) as u16)
            }
            "PARTICLE" => Cue::Particle,
            "FUNCTION" => Cue::Function,
            "CLUB" => Cue::Club,
            "NATIONALITY" => Cue::Nationality,
            "MISC" => Cue::MiscHead,
            "LINK" => {
                cues.links
                    .extend(forms.split('|').map(|f| text::fold(f).into()));
                continue;
            }
            "PUBLIC" => {
                cues.public_prefixes
                    .extend(forms.split('|').map(|f| text::fold(f).into()));
                continue;
            }
            "IN" => {
                cues.place_prepositions
                    .extend(forms.split('|').map(|f| text::fold(f).into()));
                continue;
            }
            "ORGKIND" => {
                cues.org_kinds
                    .extend(forms.split('|').map(|f| text::fold(f).into()));
                continue;
            }
            "CONJ" => {
                cues.conjunctions
                    .extend(forms.split('|').map(|f| text::fold(f).into()));
                continue;
            }
            _ => continue,
        };
        for form in forms.split('|').filter(|f| !f.is_empty()) {
            cues.trie.insert(form, cue);
            let folded = text::fold(form);
            if cue == Cue::OrgHead
                && folded.chars().count() >= 3
                && folded.chars().all(char::is_alphabetic)
            {
                cues.org_tails.insert(folded.clone().into());
            }
            if folded.chars().count() >= 6 && folded.chars().all(char::is_alphabetic) {
                match cue {
                    Cue::Role => {
                        cues.role_tails.insert(folded.into());
                    }
                    Cue::Body(b) => cues.body_tails.push((folded.into(), b)),
                    _ => {}
                }
            }
        }
    }
    cues
});

impl Cues {
    /// The cue that token `j` is on its own, if any.
    pub fn of(&self, words: &Words, j: usize, lang: Option<Lang>) -> Option<Cue> {
        self.trie.word(words, j, lang)
    }

    /// True when token `j` is a compound ending in a role ("Außenministerin"): some proper
    /// suffix of one of its stems, six letters or more, is a role word (a hash look-up per
    /// suffix, not a scan of the roles).
    pub fn is_role_compound(&self, words: &Words, j: usize, lang: Option<Lang>) -> bool {
        let key = words.key(j);
        inflect::splits(key, lang, words.tokens[j].script).any(|(stem, _)| {
            stem.char_indices()
                .skip(1)
                .map(|(i, _)| &stem[i..])
                .take_while(|tail| tail.chars().nth(5).is_some())
                .any(|tail| self.role_tails.contains(tail))
        })
    }

    /// True when token `j` is a noun for a kind of organisation, or a German compound ending
    /// in one ("Chemiekonzern", "Mobilfunkbetreibers"): the name right after it is an organisation's
    /// ("manufacturer Siemens", "Spielzeughersteller Mattel").
    pub fn is_org_kind(&self, words: &Words, j: usize, lang: Option<Lang>) -> bool {
        let key = words.key(j);
        inflect::splits(key, lang, words.tokens[j].script).any(|(stem, _)| {
            self.org_kinds.contains(stem)
                || lang.is_some_and(|l| l.code() == "deu")
                    && stem
                        .char_indices()
                        .skip(1)
                        .map(|(i, _)| &stem[i..])
                        .take_while(|tail| tail.chars().nth(4).is_some())
                        .any(|tail| self.org_kinds.contains(tail))
        })
    }

    /// True when token `j` is a compound naming a public body: a prefix such as "Bundes-"
    /// and an organisation head ("Bundesjustizministerium", "Bundesnachrichtendienstes",
    /// "Landesamt").
    pub fn is_public_body(&self, words: &Words, j: usize, lang: Option<Lang>) -> bool {
        let key = words.key(j);
        let Some(rest) = self
            .public_prefixes
            .iter()
            .find_map(|p| key.strip_prefix(&**p))
        else {
            return false;
        };
        inflect::splits(rest, lang, words.tokens[j].script).any(|(stem, _)| {
            stem.char_indices()
                .map(|(i, _)| &stem[i..])
                .take_while(|tail| tail.chars().nth(2).is_some())
                .any(|tail| self.org_tails.contains(tail))
        })
    }

    /// True when token `j` joins the parts of an organisation's name.
    pub fn is_link(&self, words: &Words, j: usize) -> bool {
        words.tokens[j].shape == Shape::Lower && self.links.contains(words.key(j))
    }

    /// True when token `j` is a preposition of place ("in", "w", "в").
    pub fn is_place_preposition(&self, words: &Words, j: usize) -> bool {
        words.tokens[j].shape == Shape::Lower && self.place_prepositions.contains(words.key(j))
    }

    /// True when token `j` is a conjunction ("and", "και").
    pub fn is_conjunction(&self, words: &Words, j: usize) -> bool {
        words.tokens[j].shape == Shape::Lower && self.conjunctions.contains(words.key(j))
    }

    /// The body a compound token ends in ("Militärausschusses" ends in "ausschuss"), with
    /// the byte length of the word up to the end of the body word.
    pub fn body_compound(&self, key: &str) -> Option<(u16, usize)> {
        self.body_tails.iter().find_map(|(tail, b)| {
            let at = key.rfind(&**tail)?;
            (at > 0 && key.len() - (at + tail.len()) <= 3).then_some((*b, at + tail.len()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(line: &str, lang: &str) -> Vec<(String, String)> {
        let words = text::words(line, 0);
        let lang = Lang::from_code(lang);
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.tokens.len() {
            match GAZETTEER.trie.longest_at(&words, i, lang, |_| true) {
                Some(f) => {
                    let span = &line[words.tokens[f.first].start..words.tokens[f.last].end];
                    let name = &GAZETTEER.entries[f.payload as usize].name;
                    out.push((span.to_string(), name.to_string()));
                    i = f.last + 1;
                }
                None => i += 1,
            }
        }
        out
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn places_in_many_languages_and_cases() {
        assert_eq!(
            find(
                "Reuters: rozmowy z Rosją w Genewie i Stanów Zjednoczonych",
                "pol"
            ),
            [
                pair("Reuters", "Reuters"),
                pair("Rosją", "Russia"),
                pair("Genewie", "Geneva"),
                pair("Stanów Zjednoczonych", "United States")
            ]
        );
        assert_eq!(
            find("συνάντηση στις Βρυξέλλες για τη Ρωσίας", "ell"),
            [pair("Βρυξέλλες", "Brussels"), pair("Ρωσίας", "Russia")]
        );
        assert_eq!(
            find("Russlands Truppen in Osteuropa", "deu"),
            [
                pair("Russlands", "Russia"),
                pair("Osteuropa", "Eastern Europe")
            ]
        );
        assert_eq!(
            find("la situazione in Ucraina e a Mosca", "ita"),
            [pair("Ucraina", "Ukraine"), pair("Mosca", "Moscow")]
        );
    }

    #[test]
    fn acronyms_need_capitals() {
        assert_eq!(
            find("a UE e a ONU", "por"),
            [pair("UE", "European Union"), pair("ONU", "United Nations")]
        );
        assert!(find("eu acho que sim", "por").is_empty());
        assert_eq!(find("die Nato und die EU", "deu")[0], pair("Nato", "NATO"));
    }

    #[test]
    fn long_organisation_names_inflect_word_by_word() {
        assert_eq!(
            find(
                "w ramach Organizacji Bezpieczeństwa i Współpracy w Europie (OBWE)",
                "pol"
            ),
            [
                pair("Organizacji Bezpieczeństwa i Współpracy w Europie", "OSCE"),
                pair("OBWE", "OSCE")
            ]
        );
        assert_eq!(
            find(
                "του Οργανισμού για την Ασφάλεια και τη Συνεργασία στην Ευρώπη",
                "ell"
            )[0]
            .1,
            "OSCE"
        );
    }

    #[test]
    fn derived_words_are_not_places() {
        assert!(find("Russian officials", "eng").is_empty());
        assert!(find("Rosjanie i Ukraińcy", "pol").is_empty());
    }

    #[test]
    fn cue_words_and_compounds() {
        let words = text::words("Sekretarz generalny NATO-Generalsekretär", 0);
        assert_eq!(CUES.of(&words, 0, Lang::from_code("pol")), Some(Cue::Role));
        assert!(CUES.is_role_compound(&words, 3, Lang::from_code("deu")));
        let (body, end) = CUES.body_compound("militarausschusses").unwrap();
        assert_eq!(&*CUES.bodies[body as usize], "Committee");
        assert_eq!(&"militarausschusses"[..end], "militarausschuss");
    }

    #[test]
    fn acronyms_match_written_with_stops_and_forms_over_an_abbreviation() {
        assert_eq!(
            find("η Ε.Ε. και ο Ο.Η.Ε. συμφώνησαν", "ell"),
            [
                pair("Ε.Ε", "European Union"),
                pair("Ο.Η.Ε", "United Nations")
            ]
        );
        assert_eq!(
            find("he played in St. Louis", "eng"),
            [pair("St. Louis", "St. Louis")]
        );
        assert_eq!(dotted_acronym("EU").as_deref(), Some("E.U"));
        assert_eq!(dotted_acronym("Nato"), None);
        assert_eq!(dotted_acronym("OSCE1"), None);
    }

    #[test]
    fn german_public_bodies_are_a_prefix_and_an_organisation_head() {
        for (line, body) in [
            ("Bundesnachrichtendienstes", true),
            ("Landesamt", true),
            ("Bundesliga", false),
            ("Ministerium", false),
        ] {
            let words = text::words(line, 0);
            assert_eq!(
                CUES.is_public_body(&words, 0, Lang::from_code("deu")),
                body,
                "{line}"
            );
        }
    }
}
