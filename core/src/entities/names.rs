//! The names of one line: lexicon matches first, then runs of capitalised words decided by
//! their cues.
//!
//! 1. Organisations and places of the lexicons, longest match first; two of them joined by a
//!    hyphen next to a body word are one joint body ("Rady NATO-Rosja", "NATO-Russland-Rat":
//!    "NATO-Russia Council"), and an acronym glued to a compound ending in a body word is
//!    that acronym's body ("NATO-Militärausschusses").
//! 2. Runs of capitalised words that are not cue words ("Jens Stoltenberg", "Wendy R. Sherman").
//!    A run with an organisation or place head word ("Ministerstwo", "University", "River")
//!    is that, and goes on over linking words and lexicon names ("Consiglio Superiore della
//!    Magistratura", "Bank of America", "Νοσοκομείο Νίκαιας"); a place right before a head is
//!    part of the name ("Montreal Hockey Club"). A lone head word mid-sentence names the
//!    institution ("Komisja", "Sejm") in languages that capitalise only names.
//! 3. A run is a person when the table of well-known people knows its surname, when a title
//!    or role stands before it ("Generalsekretär", "sekretarz generalny NATO", "υπουργός
//!    Εξωτερικών") or after a comma behind it ("Maria Zakharova, Russia's foreign ministry
//!    spokesperson"), when it starts with a known given name (in any case form: "Marcina",
//!    "Γιώργου"), when it holds an initial, or when its last word is a surname (listed, or by
//!    an ending such as "-όπουλος", "-ski"). A single word is a person by the table, a form of
//!    address ("Herr", "pani"), or, where capitals mark names, by being a given name or
//!    surname; later bare surnames are found by [`bare_surnames`].
//! 4. A lexicon place glued to unknown capitalised words is a longer name, most often a club
//!    or a company ("Borussia Dortmund", "Perth Glory"; not in German); an unknown acronym of three to five
//!    capitals is an organisation ("ΕΦΚΑ", "BASF").
//!
//! The first word of a sentence is capitalised whatever it is, so its capital is no evidence.
//! Words in capitals in a line that is mostly capitals, and runs in a line written in title
//! case (English headlines), get no cue-based decision: there, capitals say nothing. German
//! capitalises every noun, so there a capital alone never makes a name.

use super::gazetteer::{CUES, Cue, GAZETTEER};
use super::people::{self, PEOPLE};
use super::text::{Gap, Script, Shape, Words};
use super::{EntityType, inflect, translit};
use crate::lang::Lang;

/// A name found on a line: tokens `first..=last`.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// First token.
    pub first: usize,
    /// Last token.
    pub last: usize,
    /// Type.
    pub kind: EntityType,
    /// Canonical name.
    pub name: String,
    /// For people: the phonetic key of the surname, for grouping later mentions.
    pub surname: Option<String>,
    /// For people: true when the name comes from the table of well-known people.
    pub known: bool,
}

/// What the cue lexicons say about every word of a line, looked up once for both passes.
pub struct Marks {
    /// The cue of every token.
    cues: Vec<Option<Cue>>,
    /// Every token that is a title or role (a cue, or a compound ending in one).
    roles: Vec<bool>,
    /// Every capitalised token that is a known given name.
    given: Vec<bool>,
}

impl Marks {
    /// Looks up the words of a line (`text` is the document text) in `lang`.
    pub fn of(text: &str, words: &Words, lang: Option<Lang>) -> Self {
        let tokens = &words.tokens;
        let cues: Vec<Option<Cue>> = (0..tokens.len())
            .map(|j| {
                (tokens[j].shape != Shape::Digit)
                    .then(|| CUES.of(words, j, lang))
                    .flatten()
            })
            .collect();
        let roles = (0..tokens.len())
            .map(|j| {
                matches!(cues[j], Some(Cue::Role | Cue::Honorific))
                    || (tokens[j].shape == Shape::Title
                        && cues[j].is_none()
                        && CUES.is_role_compound(words, j, lang))
            })
            .collect();
        let given = tokens
            .iter()
            .enumerate()
            .map(|(j, t)| {
                t.shape == Shape::Title
                    && cues[j].is_none()
                    && people::GIVEN_NAMES.contains(&text[t.start..t.end], words.key(j), lang)
            })
            .collect();
        Marks { cues, roles, given }
    }
}

/// What the line is written in, for the cue rules.
struct Line<'a> {
    text: &'a str,
    words: &'a Words,
    lang: Option<Lang>,
    /// Mostly capitalised words (an English headline in title case).
    title_case: bool,
    /// The language writes only names with a capital inside a sentence (not German, which
    /// capitalises every noun).
    capitals_mark_names: bool,
    marks: &'a Marks,
}

impl<'a> Line<'a> {
    fn new(
        text: &'a str,
        words: &'a Words,
        lang: Option<Lang>,
        marks: &'a Marks,
        title_case: bool,
    ) -> Self {
        Line {
            text,
            words,
            lang,
            title_case,
            capitals_mark_names: lang.is_some_and(|l| !matches!(l.code(), "deu" | "ltz")),
            marks,
        }
    }

    fn token_text(&self, j: usize) -> &str {
        let t = self.words.tokens[j];
        &self.text[t.start..t.end]
    }

    fn cue(&self, j: usize) -> Option<Cue> {
        self.marks.cues[j]
    }

    fn is_role(&self, j: usize) -> bool {
        self.marks.roles[j]
    }

    fn given(&self, j: usize) -> bool {
        self.marks.given[j]
    }
}

fn title_case(words: &Words) -> bool {
    let (mut capital, mut lower) = (0, 0);
    for t in &words.tokens {
        match t.shape {
            Shape::Title | Shape::Upper => capital += 1,
            Shape::Lower => lower += 1,
            _ => {}
        }
    }
    capital >= 4 && capital > 2 * lower
}

/// Finds the names of one line. `text` is the document text, `words` the line's words;
/// `taken` (one flag per word) is set for every word inside a name.
pub fn analyse(
    text: &str,
    words: &Words,
    lang: Option<Lang>,
    marks: &Marks,
    taken: &mut [bool],
) -> Vec<Candidate> {
    let line = Line::new(text, words, lang, marks, title_case(words));
    let mut found = lexicon_names(&line, taken);
    let runs = run_names(&line, taken, &mut found);
    found.extend(runs);
    found.sort_by_key(|c| c.first);
    found
}

fn lexicon_names(line: &Line, taken: &mut [bool]) -> Vec<Candidate> {
    let words = line.words;
    let mut found: Vec<Candidate> = Vec::new();
    let mut i = 0;
    while i < words.tokens.len() {
        let may_start =
            words.tokens[i].shape != Shape::Lower || GAZETTEER.trie.may_start_lower(words.key(i));
        let hit = may_start
            .then(|| {
                GAZETTEER
                    .trie
                    .longest_at(words, i, line.lang, |j| !taken[j])
            })
            .flatten();
        // A place that is also a given name, before a capitalised word, or before the surname
        // of a well-known person, is a person's given name ("Jordan Bardella", "Wladimir
        // Putin").
        let hit = hit.filter(|h| {
            let next = h.last + 1;
            let single_place =
                h.first == h.last && GAZETTEER.entries[h.payload as usize].kind == EntityType::Loc;
            // ... and a place after a given name is a surname ("Whitney Houston").
            let after_given = single_place
                && h.first > 0
                && words.tokens[h.first].gap == Gap::Space
                && words.tokens[h.first - 1].shape == Shape::Title
                && !taken[h.first - 1]
                && line.given(h.first - 1);
            !after_given
                && !(h.first == h.last
                    && GAZETTEER.entries[h.payload as usize].kind == EntityType::Loc
                    && next < words.tokens.len()
                    && words.tokens[next].gap == Gap::Space
                    && words.tokens[next].shape == Shape::Title
                    && (line.given(h.first) || known_person(line, &[next], false).is_some()))
        });
        match hit {
            Some(hit) => {
                let entry = &GAZETTEER.entries[hit.payload as usize];
                found.push(Candidate {
                    first: hit.first,
                    last: hit.last,
                    kind: entry.kind,
                    name: entry.name.to_string(),
                    surname: None,
                    known: true,
                });
                i = hit.last + 1;
            }
            None => i += 1,
        }
    }
    let found = joint_bodies(line, found);
    for c in &found {
        taken[c.first..=c.last].fill(true);
    }
    found
}

/// Merges "A-B Council" / "Council A-B" / "A-B-Rat" and "A-Xausschuss" into joint bodies.
fn joint_bodies(line: &Line, found: Vec<Candidate>) -> Vec<Candidate> {
    let words = line.words;
    let tokens = &words.tokens;
    let mut out: Vec<Candidate> = Vec::with_capacity(found.len());
    let mut iter = found.into_iter().peekable();
    while let Some(a) = iter.next() {
        let body_at = |j: usize| match line.cue(j) {
            Some(Cue::Body(b)) => Some(b),
            _ => None,
        };
        if a.kind == EntityType::Org {
            let pair = iter.peek().is_some_and(|b| {
                b.first == a.last + 1
                    && tokens[b.first].gap == Gap::Hyphen
                    && matches!(b.kind, EntityType::Loc | EntityType::Org)
            });
            if pair {
                let b_last = iter.peek().map_or(a.last, |b| b.last);
                let head_after = (b_last + 1 < tokens.len()
                    && matches!(tokens[b_last + 1].gap, Gap::Hyphen | Gap::Space))
                .then(|| body_at(b_last + 1))
                .flatten();
                let head_before = (a.first > 0 && tokens[a.first].gap == Gap::Space)
                    .then(|| body_at(a.first - 1))
                    .flatten();
                if let Some(b) = head_after.or(head_before) {
                    let second = iter.next().map(|c| c.name).unwrap_or_default();
                    let (first, last) = if head_after.is_some() {
                        (a.first, b_last + 1)
                    } else {
                        (a.first - 1, b_last)
                    };
                    out.push(Candidate {
                        first,
                        last,
                        kind: EntityType::Org,
                        name: format!("{}-{} {}", a.name, second, CUES.bodies[b as usize]),
                        surname: None,
                        known: true,
                    });
                    continue;
                }
            }
            // "NATO-Militärausschusses": an acronym glued to a compound body word.
            let next = a.last + 1;
            let glued = next < tokens.len()
                && tokens[next].gap == Gap::Hyphen
                && tokens[next].shape == Shape::Title
                && iter.peek().is_none_or(|b| b.first > next);
            if glued && let Some((_, end)) = CUES.body_compound(words.key(next)) {
                let folded_chars = words.key(next)[..end].chars().count();
                let compound: String = line.token_text(next).chars().take(folded_chars).collect();
                out.push(Candidate {
                    first: a.first,
                    last: next,
                    kind: EntityType::Org,
                    name: format!("{}-{}", a.name, compound),
                    surname: None,
                    known: true,
                });
                continue;
            }
        }
        out.push(a);
    }
    out
}

/// True for a word that may be part of a personal or organisation name.
fn name_word(line: &Line, taken: &[bool], j: usize) -> bool {
    let t = line.words.tokens[j];
    !taken[j]
        && t.shape == Shape::Title
        && !matches!(
            line.cue(j),
            Some(Cue::Role | Cue::Honorific | Cue::Function | Cue::Particle)
        )
        && !line.is_role(j)
}

/// The runs of name words, each as the indices of its tokens (initials and particles
/// included; a particle only after a given name: "Ursula von der Leyen", not "Sitzung des
/// Rates").
fn runs(line: &Line, taken: &[bool]) -> Vec<Vec<usize>> {
    let tokens = &line.words.tokens;
    let mut out = Vec::new();
    let mut j = 0;
    while j < tokens.len() {
        // A run starts with a name word or an initial before one ("Κ. Κατσίκης").
        let initial_first = tokens[j].shape == Shape::Initial
            && !taken[j]
            && j + 1 < tokens.len()
            && tokens[j + 1].gap == Gap::Abbreviation
            && name_word(line, taken, j + 1);
        if !name_word(line, taken, j) && !initial_first {
            j += 1;
            continue;
        }
        let mut run = if initial_first {
            vec![j, j + 1]
        } else {
            vec![j]
        };
        let mut k = *run.last().unwrap_or(&j);
        loop {
            let next = k + 1;
            if next >= tokens.len() {
                break;
            }
            let joined = |m: usize, gaps: &[Gap]| gaps.contains(&tokens[m].gap);
            if name_word(line, taken, next) && joined(next, &[Gap::Space, Gap::Hyphen]) {
                run.push(next);
                k = next;
            } else if next + 1 < tokens.len() && name_word(line, taken, next + 1) && {
                // "Wendy R. Sherman"; "Ursula von der Leyen" after a given name.
                let initial = tokens[next].shape == Shape::Initial
                    && !taken[next]
                    && joined(next + 1, &[Gap::Abbreviation]);
                // An article is no particle of its own: "Osten des Landes".
                let particle = tokens[next].shape == Shape::Lower
                    && line.cue(next) == Some(Cue::Particle)
                    && !matches!(
                        line.words.key(next),
                        "der" | "den" | "des" | "la" | "le" | "el"
                    )
                    && line.given(run[0])
                    && joined(next + 1, &[Gap::Space]);
                joined(next, &[Gap::Space]) && (initial || particle)
            } {
                run.extend([next, next + 1]);
                k = next + 1;
            } else {
                break;
            }
        }
        j = k + 1;
        out.push(run);
    }
    out
}

/// A role or form of address before token `first` in the same clause (at most five words
/// back, over lower-case words, acronyms and lexicon names).
fn role_before(line: &Line, taken: &[bool], first: usize) -> bool {
    let tokens = &line.words.tokens;
    let mut k = first;
    for step in 0..5 {
        if k == 0 {
            return false;
        }
        let gap = tokens[k].gap;
        let comma_ok = step == 0 && gap == Gap::Comma;
        if !(matches!(gap, Gap::Space | Gap::Hyphen | Gap::Apostrophe) || comma_ok) {
            return false;
        }
        k -= 1;
        if line.is_role(k) {
            return true;
        }
        let passable =
            taken[k] || matches!(tokens[k].shape, Shape::Lower | Shape::Upper | Shape::Title);
        if !passable {
            return false;
        }
    }
    false
}

/// A form of address right before token `first` ("Herr Meier", "pani Nowak", "κ. Ράμμος").
fn honorific_before(line: &Line, first: usize) -> bool {
    first > 0
        && matches!(line.words.tokens[first].gap, Gap::Space | Gap::Abbreviation)
        && line.cue(first - 1) == Some(Cue::Honorific)
}

/// A role after a comma behind token `last` ("Maria Zakharova, Russia's ... spokesperson").
fn role_after(line: &Line, last: usize) -> bool {
    let tokens = &line.words.tokens;
    if last + 1 >= tokens.len() || tokens[last + 1].gap != Gap::Comma {
        return false;
    }
    let window = last + 1..(last + 7).min(tokens.len());
    for (k, token) in tokens[window.clone()]
        .iter()
        .enumerate()
        .map(|(i, t)| (window.start + i, t))
    {
        if k > last + 1 && matches!(token.gap, Gap::Break | Gap::Comma) {
            return false;
        }
        if line.is_role(k) {
            return true;
        }
    }
    false
}

/// Joins the words of a run as written, without initials ("Wendy R. Sherman" is "Wendy
/// Sherman"), in Latin letters.
fn written_name(line: &Line, run: &[usize]) -> String {
    let tokens = &line.words.tokens;
    let mut name = String::new();
    for &j in run {
        if tokens[j].shape == Shape::Initial {
            continue;
        }
        if !name.is_empty() {
            name.push(if tokens[j].gap == Gap::Hyphen {
                '-'
            } else {
                ' '
            });
        }
        name.push_str(line.token_text(j));
    }
    let script = tokens[run[0]].script;
    if script == Script::Latin {
        name
    } else {
        translit::to_latin(&name, line.lang.is_some_and(|l| l.code() == "ukr"))
    }
}

/// The table's person for a run, if its surname (in any case form) is in the table.
fn known_person(line: &Line, run: &[usize], single: bool) -> Option<(u32, String)> {
    let tokens = &line.words.tokens;
    let words: Vec<usize> = run
        .iter()
        .copied()
        .filter(|&j| tokens[j].shape != Shape::Initial)
        .collect();
    let (&last, given) = words.split_last()?;
    let given_texts: Vec<&str> = given
        .iter()
        .filter(|&&j| tokens[j].shape == Shape::Title)
        .map(|&j| line.token_text(j))
        .collect();
    let script = tokens[last].script;
    let surname = line.token_text(last);
    let folded = line.words.key(last);
    let folded_chars = folded.chars().count();
    for (stem, _) in inflect::splits(folded, line.lang, script) {
        // The stem in the written case: same number of letters as the folded stem.
        let written: String = surname.chars().take(stem.chars().count()).collect();
        let key = people::key(&written);
        if key.chars().count() < 3 || (single && stem.chars().count() < folded_chars.min(5)) {
            continue;
        }
        if let Some(id) = PEOPLE.find(&key, &given_texts, script) {
            let person = &PEOPLE.persons[id as usize];
            let exact = people::key(&people::split_name(&person.name).1) == key;
            // A bare surname must be the table's own (transliteration from Greek or
            // Cyrillic is freer: "Τραμπ", "Τουσκ").
            let close = exact || script != Script::Latin;
            if single && !(person.surname_alone && close && key.chars().count() >= 4) {
                continue;
            }
            return Some((id, key));
        }
    }
    None
}

/// The number of capitalised words of a run (initials not counted).
fn word_count(line: &Line, run: &[usize]) -> usize {
    run.iter()
        .filter(|&&j| line.words.tokens[j].shape == Shape::Title)
        .count()
}

/// The type a head word of the run gives it ("Ministry", "River").
fn head_type(line: &Line, run: &[usize]) -> Option<EntityType> {
    run.iter().find_map(|&j| match line.cue(j) {
        Some(Cue::OrgHead | Cue::Body(_)) => Some(EntityType::Org),
        Some(Cue::LocHead) => Some(EntityType::Loc),
        _ => None,
    })
}

/// The index in `lexicon` of the name that starts at token `j`.
fn lexicon_at(lexicon: &[Candidate], j: usize) -> Option<usize> {
    lexicon.iter().position(|c| c.first == j)
}

/// Extends a run with a head word over what its name goes on with: lower-case linking words
/// and more capitalised words or a lexicon name ("Consiglio Superiore della Magistratura",
/// "Bank of America", "Centrum Studiów nad Polityką Europejską"), or a lexicon name right
/// after it (the genitive of "Νοσοκομείο Νίκαιας", "Universität Wien"). Returns the new last
/// token and the lexicon names taken in.
fn extend_right(
    line: &Line,
    taken: &[bool],
    lexicon: &[Candidate],
    mut last: usize,
) -> (usize, Vec<usize>) {
    let tokens = &line.words.tokens;
    let mut absorbed = Vec::new();
    loop {
        let mut j = last + 1;
        // Up to two linking words ("of the", "για την").
        let mut links = 0;
        while j < tokens.len()
            && links < 2
            && tokens[j].gap == Gap::Space
            && CUES.is_link(line.words, j)
        {
            j += 1;
            links += 1;
        }
        if j >= tokens.len() || !matches!(tokens[j].gap, Gap::Space | Gap::Apostrophe) {
            break;
        }
        if links > 0 && name_word(line, taken, j) && line.cue(j) != Some(Cue::Function) {
            last = j;
            while last + 1 < tokens.len()
                && tokens[last + 1].gap == Gap::Space
                && name_word(line, taken, last + 1)
            {
                last += 1;
            }
        } else if let Some(c) = lexicon_at(lexicon, j)
            && !absorbed.contains(&c)
            && matches!(lexicon[c].kind, EntityType::Loc | EntityType::Org)
        {
            absorbed.push(c);
            last = lexicon[c].last;
        } else {
            break;
        }
    }
    (last, absorbed)
}

/// True when the words of a run start a sentence and the first says nothing by its capital.
fn starts_sentence(line: &Line, run: &[usize]) -> bool {
    line.words.tokens[run[0]].sentence_start
}

/// The type of a run of capitalised words that no cue vouches for: a person when its last
/// word is a surname (listed, or by a surname ending of its language) or, alone, a given name.
/// Otherwise capitals alone do not say which kind of name a run is (two words are as often a
/// newspaper or a prize as a person), so the run is left out. Where capitals say nothing
/// (German nouns) only a surname not after an article counts ("Ackermann sagte", not "der
/// Bauer").
fn unvouched_type(line: &Line, run: &[usize]) -> Option<EntityType> {
    if line.title_case {
        return None;
    }
    let tokens = &line.words.tokens;
    let words = word_count(line, run);
    let last = *run.last()?;
    let surname = people::is_surname(line.token_text(last), line.lang);
    if !line.capitals_mark_names {
        let first = run[0];
        let after_article = first > 0
            && tokens[first].gap == Gap::Space
            && tokens[first - 1].shape == Shape::Lower
            && matches!(line.cue(first - 1), Some(Cue::Function | Cue::Particle));
        return (surname && words <= 3 && !after_article).then_some(EntityType::Per);
    }
    match words {
        1 if surname || line.given(run[0]) => Some(EntityType::Per),
        2..=4 if surname => Some(EntityType::Per),
        _ => None,
    }
}

/// The lexicon place right before or after a run of at most two unknown capitalised words,
/// with only a space between ("Borussia Dortmund", "Perth Glory"), if any. The run must not
/// start a sentence (its capital would say nothing) and the line must not be in title case.
fn glued_place(
    line: &Line,
    lexicon: &[Candidate],
    absorbed: &[usize],
    run: &[usize],
) -> Option<usize> {
    let tokens = &line.words.tokens;
    let (first, last) = (run[0], *run.last()?);
    // In German the unknown word may be any noun ("Truppen Russlands", "Genf Gespräche").
    if line.title_case
        || !line.capitals_mark_names
        || word_count(line, run) > 2
        || run.len() != word_count(line, run)
    {
        return None;
    }
    lexicon.iter().enumerate().find_map(|(c, place)| {
        let before = place.last + 1 == first && tokens[first].gap == Gap::Space;
        let after = last + 1 == place.first
            && tokens[place.first].gap == Gap::Space
            && !tokens[first].sentence_start;
        (place.kind == EntityType::Loc && (before || after) && !absorbed.contains(&c)).then_some(c)
    })
}

/// True for an acronym that stands for an organisation: two to six capitals, not a Roman
/// numeral ("XXI", "IV").
fn is_org_acronym(line: &Line, j: usize) -> bool {
    let token = line.words.tokens[j];
    let key = line.words.key(j);
    token.shape == Shape::Upper
        && line.cue(j).is_none()
        && (3..=5).contains(&key.chars().count())
        && !key.chars().all(|c| "ivxlcdm".contains(c))
        && key.chars().all(char::is_alphabetic)
        // A word in capitals keeps its accents ("ΔΕΛΤΊΟ"); an acronym has none.
        && line.token_text(j).chars().map(super::text::fold_char).eq(key.chars())
}

fn run_names(line: &Line, taken: &mut [bool], lexicon: &mut Vec<Candidate>) -> Vec<Candidate> {
    let tokens = &line.words.tokens;
    let mut out = Vec::new();
    let mut absorbed_all = Vec::new();
    for mut run in runs(line, taken) {
        if taken[run[0]] {
            continue;
        }
        let head = (!line.title_case).then(|| head_type(line, &run)).flatten();
        // Organisation or place by a head word; a single head word mid-sentence is a name of
        // its own only when it goes on ("Università di Bologna").
        if let Some(kind) = head {
            let last = *run.last().unwrap_or(&run[0]);
            let (new_last, absorbed) = if kind == EntityType::Org {
                extend_right(line, taken, lexicon, last)
            } else {
                (last, Vec::new())
            };
            // A place just before an organisation's head names it ("Montreal Hockey Club").
            let mut first = run[0];
            if kind == EntityType::Org
                && tokens[first].gap == Gap::Space
                && let Some(c) = lexicon
                    .iter()
                    .position(|c| c.last + 1 == first && c.kind == EntityType::Loc)
                && !absorbed_all.contains(&c)
            {
                first = lexicon[c].first;
                absorbed_all.push(c);
            }
            let single = word_count(line, &run) == 1 && new_last == last && first == run[0];
            let alone_ok = kind == EntityType::Org
                && line.capitals_mark_names
                && !starts_sentence(line, &run)
                && first == run[0];
            if !single || alone_ok {
                absorbed_all.extend(absorbed);
                let span: Vec<usize> = (first..=new_last).collect();
                out.push(Candidate {
                    first,
                    last: new_last,
                    kind,
                    name: written_name(line, &span),
                    surname: None,
                    known: false,
                });
                taken[first..=new_last].fill(true);
                continue;
            }
        }
        if word_count(line, &run) > 4 {
            continue;
        }
        // A given name inside the run starts the person's name ("Εξωτερικών Σεργκέι ...").
        if let Some(p) = run.iter().position(|&j| line.given(j))
            && p > 0
            && word_count(line, &run[p..]) >= 2
        {
            run.drain(..p);
        }
        let single = word_count(line, &run) == 1;
        let (first, last) = (run[0], *run.last().unwrap_or(&run[0]));
        let person = if let Some((id, key)) = known_person(line, &run, single) {
            Some((PEOPLE.persons[id as usize].name.to_string(), key, true))
        } else {
            let initial = run.iter().any(|&j| tokens[j].shape == Shape::Initial);
            let evidence = !line.title_case
                && (initial
                    || if single {
                        honorific_before(line, first)
                    } else {
                        role_before(line, taken, first)
                            || role_after(line, last)
                            || line.given(first)
                    });
            evidence.then(|| {
                let name = written_name(line, &run);
                let surname = people::split_name(&name).1;
                let key = people::key(&surname);
                (name, key, false)
            })
        };
        if let Some((name, key, known)) = person {
            out.push(Candidate {
                first,
                last,
                kind: EntityType::Per,
                name,
                surname: Some(key),
                known,
            });
            taken[first..=last].fill(true);
            continue;
        }
        // A place glued to unknown capitalised words is part of a longer name, most often a
        // club's or a company's ("Bayer Leverkusen", "Montreal HC", "Boston Braves").
        if let Some(c) = glued_place(line, lexicon, &absorbed_all, &run) {
            let (first, last) = (
                run[0].min(lexicon[c].first),
                lexicon[c].last.max(*run.last().unwrap_or(&run[0])),
            );
            let span: Vec<usize> = (first..=last).collect();
            out.push(Candidate {
                first,
                last,
                kind: EntityType::Org,
                name: written_name(line, &span),
                surname: None,
                known: false,
            });
            absorbed_all.push(c);
            taken[first..=last].fill(true);
            continue;
        }
        // No cue: the capitals alone, after the first word of a sentence.
        if starts_sentence(line, &run) && word_count(line, &run) < 2 {
            continue;
        }
        if let Some(kind) = unvouched_type(line, &run) {
            let (first, last) = (run[0], *run.last().unwrap_or(&run[0]));
            let (surname, name) = if kind == EntityType::Per {
                let name = written_name(line, &run);
                let key = people::key(&people::split_name(&name).1);
                (Some(key), name)
            } else {
                (None, written_name(line, &run))
            };
            out.push(Candidate {
                first,
                last,
                kind,
                name,
                surname,
                known: false,
            });
            taken[first..=last].fill(true);
        }
    }
    // Acronyms of organisations not in the lexicon ("ΕΦΚΑ", "BASF").
    if !line.title_case {
        for (j, token_taken) in taken.iter_mut().enumerate() {
            if !*token_taken && is_org_acronym(line, j) {
                out.push(Candidate {
                    first: j,
                    last: j,
                    kind: EntityType::Org,
                    name: line.token_text(j).to_string(),
                    surname: None,
                    known: false,
                });
                *token_taken = true;
            }
        }
    }
    absorbed_all.sort_unstable();
    for c in absorbed_all.into_iter().rev() {
        lexicon.remove(c);
    }
    out
}

/// Single capitalised words left on a line that are the surname of a person already named
/// in the document ("Stoltenberg", "Μπορέλ", "Stoltenberga"). `people` holds the surnames of
/// the document's people with their entity indices.
pub fn bare_surnames(
    text: &str,
    words: &Words,
    lang: Option<Lang>,
    marks: &Marks,
    taken: &[bool],
    people: &people::Surnames,
) -> Vec<(usize, usize)> {
    let line = Line::new(text, words, lang, marks, false);
    let mut out = Vec::new();
    for j in 0..words.tokens.len() {
        if !name_word(&line, taken, j) {
            continue;
        }
        let written = line.token_text(j);
        let hit =
            inflect::splits(words.key(j), lang, words.tokens[j].script).find_map(|(stem, _)| {
                let stem_written: String = written.chars().take(stem.chars().count()).collect();
                let key = people::key(&stem_written);
                (key.chars().count() >= 4)
                    .then(|| people.find(&key))
                    .flatten()
            });
        if let Some(entity) = hit {
            out.push((j, entity));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::text;
    use super::*;

    fn names(line: &str, lang: &str) -> Vec<(String, EntityType, String)> {
        let words = text::words(line, 0);
        let mut taken = vec![false; words.tokens.len()];
        let lang = Lang::from_code(lang);
        let marks = Marks::of(line, &words, lang);
        analyse(line, &words, lang, &marks, &mut taken)
            .into_iter()
            .map(|c| {
                let span = &line[words.tokens[c.first].start..words.tokens[c.last].end];
                (span.to_string(), c.kind, c.name)
            })
            .collect()
    }

    fn has(
        found: &[(String, EntityType, String)],
        span: &str,
        kind: EntityType,
        name: &str,
    ) -> bool {
        found
            .iter()
            .any(|(s, k, n)| s == span && *k == kind && n == name)
    }

    #[test]
    fn joint_bodies_in_several_languages() {
        for (line, lang, span) in [
            (
                "a meeting of the NATO-Russia Council",
                "eng",
                "NATO-Russia Council",
            ),
            ("posiedzenie Rady NATO-Rosja", "pol", "Rady NATO-Rosja"),
            (
                "den NATO-Russland-Rat einzuberufen",
                "deu",
                "NATO-Russland-Rat",
            ),
            (
                "του Συμβουλίου ΝΑΤΟ-Ρωσίας",
                "ell",
                "Συμβουλίου ΝΑΤΟ-Ρωσίας",
            ),
        ] {
            let found = names(line, lang);
            assert!(
                has(&found, span, EntityType::Org, "NATO-Russia Council"),
                "{line}: {found:?}"
            );
        }
        let found = names("eine Sitzung des NATO-Militärausschusses", "deu");
        assert!(
            has(
                &found,
                "NATO-Militärausschusses",
                EntityType::Org,
                "NATO-Militärausschuss"
            ),
            "{found:?}"
        );
    }

    #[test]
    fn role_before_makes_a_person() {
        let found = names("Der stellvertretende Außenminister Hans Meier sagte", "deu");
        assert!(
            has(&found, "Hans Meier", EntityType::Per, "Hans Meier"),
            "{found:?}"
        );
        let found = names("powiedział wiceminister Tadeusz Zawada", "pol");
        assert!(
            has(&found, "Tadeusz Zawada", EntityType::Per, "Tadeusz Zawada"),
            "{found:?}"
        );
    }

    #[test]
    fn role_after_a_comma_makes_a_person() {
        let found = names("Ilaria Bruno, portavoce del ministero, ha detto", "ita");
        assert!(
            has(&found, "Ilaria Bruno", EntityType::Per, "Ilaria Bruno"),
            "{found:?}"
        );
    }

    #[test]
    fn table_names_people_in_greek_and_polish() {
        let found = names(
            "Ο Γενικός Γραμματέας του ΝΑΤΟ Γενς Στόλτενμπεργκ μιλάει",
            "ell",
        );
        assert!(
            has(
                &found,
                "Γενς Στόλτενμπεργκ",
                EntityType::Per,
                "Jens Stoltenberg"
            ),
            "{found:?}"
        );
        assert!(has(&found, "ΝΑΤΟ", EntityType::Org, "NATO"));
        let found = names("wiceminister spraw zagranicznych Siergiej Riabkow.", "pol");
        assert!(
            has(
                &found,
                "Siergiej Riabkow",
                EntityType::Per,
                "Sergei Ryabkov"
            ),
            "{found:?}"
        );
        let found = names(
            "Ο Ρώσος αναπληρωτής υπουργός Εξωτερικών Σεργκέι Ριάμπκοφ και",
            "ell",
        );
        assert!(
            has(
                &found,
                "Σεργκέι Ριάμπκοφ",
                EntityType::Per,
                "Sergei Ryabkov"
            ),
            "{found:?}"
        );
    }

    #[test]
    fn initials_make_a_person_and_are_left_out_of_the_name() {
        let found = names("il capo Alexander V. Grushko, che", "ita");
        assert!(
            has(
                &found,
                "Alexander V. Grushko",
                EntityType::Per,
                "Alexander Grushko"
            ),
            "{found:?}"
        );
    }

    #[test]
    fn head_words_make_organisations() {
        let found = names("Badania prowadzi Uniwersytet Warszawski od lat", "pol");
        assert!(
            has(
                &found,
                "Uniwersytet Warszawski",
                EntityType::Org,
                "Uniwersytet Warszawski"
            ),
            "{found:?}"
        );
    }

    #[test]
    fn capitalised_words_without_cues_are_not_people() {
        let found = names("Die Sitzung des Rates findet am Dienstag statt", "deu");
        assert!(found.is_empty(), "{found:?}");
        assert!(
            names("Nato Chief Plans Special Meeting With Envoys", "eng")
                .iter()
                .all(|(_, k, _)| *k != EntityType::Per)
        );
    }

    #[test]
    fn heads_go_on_over_linking_words_and_places() {
        for (line, lang, span) in [
            (
                "secondo il Consiglio Superiore della Magistratura di ieri",
                "ita",
                "Consiglio Superiore della Magistratura",
            ),
            (
                "he joined the University of Texas in 1990",
                "eng",
                "University of Texas",
            ),
            (
                "στο Νοσοκομείο Παίδων της Αθήνας",
                "ell",
                "Νοσοκομείο Παίδων της Αθήνας",
            ),
            (
                "as the Montreal Hockey Club won",
                "eng",
                "Montreal Hockey Club",
            ),
        ] {
            let found = names(line, lang);
            assert!(
                found
                    .iter()
                    .any(|(s, k, _)| s == span && *k == EntityType::Org),
                "{line}: {found:?}"
            );
        }
        // "and" joins two names, it does not link one.
        let found = names("the Ministry of Health and the Red Cross", "eng");
        assert!(
            found.iter().all(|(s, _, _)| !s.contains(" and ")),
            "{found:?}"
        );
    }

    #[test]
    fn a_lone_head_word_mid_sentence_is_the_institution() {
        let found = names("wniosek trafił do Sejmu, a Komisja go odrzuciła", "pol");
        assert!(
            found
                .iter()
                .any(|(s, k, _)| s == "Komisja" && *k == EntityType::Org),
            "{found:?}"
        );
        // Not at the start of a sentence, and not in German, where every noun has a capital.
        assert!(names("Komisja odrzuciła wniosek", "pol").is_empty());
        assert!(names("die Kommission lehnte ab", "deu").is_empty());
    }

    #[test]
    fn surnames_and_given_names_make_people_where_capitals_mark_names() {
        let found = names("ha detto ieri Roberto ai giornalisti", "ita");
        assert!(
            has(&found, "Roberto", EntityType::Per, "Roberto"),
            "{found:?}"
        );
        let found = names("δήλωσε χθες ο Παπαδόπουλος στη Βουλή", "ell");
        assert!(
            found
                .iter()
                .any(|(s, k, _)| s == "Παπαδόπουλος" && *k == EntityType::Per),
            "{found:?}"
        );
        let found = names("rozmawiał z Kwiecińskim o budżecie", "pol");
        assert!(
            found
                .iter()
                .any(|(s, k, _)| s == "Kwiecińskim" && *k == EntityType::Per),
            "{found:?}"
        );
        // The first word of a sentence says nothing by its capital.
        assert!(names("Roberto", "ita").is_empty());
        // An Italian verb in final stress is not the given name it folds to.
        assert!(names("e poi Sarà un giorno", "ita").is_empty());
    }

    #[test]
    fn german_surnames_need_no_article_before_them() {
        let found = names("Das sagte Müller am Montag", "deu");
        assert!(
            found
                .iter()
                .any(|(s, k, _)| s == "Müller" && *k == EntityType::Per),
            "{found:?}"
        );
        assert!(names("Das sagte der Müller am Montag", "deu").is_empty());
        assert!(names("im Osten des Landes eigene Truppen", "deu").is_empty());
    }

    #[test]
    fn unknown_acronyms_are_organisations_but_not_words_in_capitals() {
        let found = names("σύμφωνα με τον ΕΦΚΑ και την ΕΕ", "ell");
        assert!(
            found
                .iter()
                .any(|(s, k, _)| s == "ΕΦΚΑ" && *k == EntityType::Org),
            "{found:?}"
        );
        // Accents mark a word written in capitals; Roman numerals are no acronyms.
        assert!(names("ένα ΔΕΛΤΊΟ χθες", "ell").is_empty());
        assert!(names("the XIV century", "eng").is_empty());
    }

    #[test]
    fn a_place_glued_to_unknown_capitalised_words_is_a_longer_name() {
        let found = names("giocava nel Borussia Dortmund da anni", "ita");
        assert!(
            found
                .iter()
                .any(|(s, k, _)| s == "Borussia Dortmund" && *k == EntityType::Org),
            "{found:?}"
        );
        // German capitalises every noun: "Truppen" is no part of a name.
        let found = names("die Truppen Russlands an der Grenze", "deu");
        assert!(
            found
                .iter()
                .any(|(s, k, _)| s == "Russlands" && *k == EntityType::Loc)
        );
        let found = names("he played for Perth Glory in 2005", "eng");
        assert!(
            found
                .iter()
                .all(|(s, k, _)| s != "Perth" || *k != EntityType::Loc)
        );
    }

    #[test]
    fn bare_surname_joins_a_known_person() {
        let line = "Ο Μπορέλ της ΕΕ";
        let words = text::words(line, 0);
        let taken = vec![false; words.tokens.len()];
        let mut people = people::Surnames::default();
        people.add(&people::key("Borrell"), 7);
        let lang = Lang::from_code("ell");
        let marks = Marks::of(line, &words, lang);
        assert_eq!(
            bare_surnames(line, &words, lang, &marks, &taken, &people),
            [(1, 7)]
        );
    }
}
