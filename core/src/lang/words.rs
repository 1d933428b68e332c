//! The function-word table: for a lower-cased word, the languages that use it as a function
//! word (article, preposition, pronoun, conjunction, auxiliary).
//!
//! Function words make up a large share of any text, and close languages differ in exactly
//! these words ("diesen" is German, "become" English, "og" Danish or Norwegian), so a handful
//! of them decides a line that is too short for character statistics. The table is generated
//! from spaCy's stop-word lists by `core/data/lang/generate_function_words.py` and covers the
//! languages whatlang can confuse (those of shared scripts: Latin, Cyrillic, Arabic,
//! Devanagari, Hebrew).

use super::Lang;
use std::collections::HashMap;
use std::sync::LazyLock;

/// `code TAB word word ...` per language; `#` lines are the header.
const TABLE: &str = include_str!("../../data/lang/function_words.tsv");

/// A set of languages: a bit mask over whatlang's language numbers (fewer than 128).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct LangSet(u128);

impl LangSet {
    /// The set of one language.
    pub(super) fn of(lang: Lang) -> Self {
        LangSet(1 << lang.0 as u32)
    }

    /// Every language.
    pub(super) fn all() -> Self {
        LangSet::from_langs(whatlang::Lang::all().iter().map(|&l| Lang(l)))
    }

    /// The set of the given languages.
    pub(super) fn from_langs(langs: impl IntoIterator<Item = Lang>) -> Self {
        langs
            .into_iter()
            .fold(LangSet::default(), |set, lang| set.union(LangSet::of(lang)))
    }

    /// True when `lang` is in the set.
    pub(super) fn contains(self, lang: Lang) -> bool {
        self.0 & LangSet::of(lang).0 != 0
    }

    /// Both sets together.
    pub(super) fn union(self, other: LangSet) -> Self {
        LangSet(self.0 | other.0)
    }

    /// The languages in both sets.
    pub(super) fn intersection(self, other: LangSet) -> Self {
        LangSet(self.0 & other.0)
    }

    /// Number of languages.
    pub(super) fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// True for the empty set.
    pub(super) fn bits(self) -> u128 {
        self.0
    }

    pub(super) fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The languages, in whatlang's order.
    pub(super) fn iter(self) -> impl Iterator<Item = Lang> {
        whatlang::Lang::all()
            .iter()
            .map(|&l| Lang(l))
            .filter(move |&l| self.contains(l))
    }
}

/// Words a list needs to be taken as complete: a short list (Afrikaans has 50 words, Latin
/// 92) misses common function words that a close language's longer list has.
const MIN_COMPLETE_LIST: usize = 100;

/// Word → languages that list it, the set of languages that have a list at all, and those
/// whose list is complete enough that a word missing from it speaks against the language.
struct Table {
    words: HashMap<&'static str, LangSet>,
    listed: LangSet,
    complete: LangSet,
}

static FUNCTION_WORDS: LazyLock<Table> = LazyLock::new(|| {
    // The bit mask holds whatlang's language numbers.
    debug_assert!(whatlang::Lang::all().len() <= 128);
    let mut words: HashMap<&'static str, LangSet> = HashMap::new();
    let mut listed = LangSet::default();
    let mut complete = LangSet::default();
    for row in TABLE.lines().filter(|l| !l.starts_with('#')) {
        let Some((code, list)) = row.split_once('\t') else {
            continue;
        };
        let Some(lang) = Lang::from_code(code) else {
            continue;
        };
        let set = LangSet::of(lang);
        listed = listed.union(set);
        if list.split(' ').count() >= MIN_COMPLETE_LIST {
            complete = complete.union(set);
        }
        for word in list.split(' ').filter(|w| !w.is_empty()) {
            let entry = words.entry(word).or_default();
            *entry = entry.union(set);
        }
    }
    Table {
        words,
        listed,
        complete,
    }
});

/// The languages that use `word` (lower-case) as a function word, if any.
pub(super) fn languages_using(word: &str) -> Option<LangSet> {
    FUNCTION_WORDS.words.get(word).copied()
}

/// The languages the table has a word list for.
pub(super) fn listed_languages() -> LangSet {
    FUNCTION_WORDS.listed
}

/// The languages whose word list is complete enough to count a missing word against them.
pub(super) fn completely_listed_languages() -> LangSet {
    FUNCTION_WORDS.complete
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::test_support::*;

    #[test]
    fn table_knows_function_words_of_several_languages() {
        assert!(languages_using("diesen").unwrap().contains(lang("deu")));
        assert!(languages_using("the").unwrap().contains(lang("eng")));
        assert!(languages_using("że").unwrap().contains(lang("pol")));
        assert!(languages_using("что").unwrap().contains(lang("rus")));
        assert!(languages_using("della").unwrap().contains(lang("ita")));
        assert_eq!(languages_using("stoltenberg"), None);
    }

    #[test]
    fn shared_words_list_every_language() {
        let og = languages_using("og").unwrap();
        assert!(og.contains(lang("dan")) && og.contains(lang("nob")));
        assert!(!og.contains(lang("deu")));
    }

    #[test]
    fn long_function_words_are_left_to_the_ngrams() {
        assert!(languages_using("außerdem").unwrap().contains(lang("deu")));
        assert!(languages_using("whatever").unwrap().contains(lang("eng")));
        assert_eq!(languages_using("dementsprechend"), None);
        assert_eq!(languages_using("thereafter"), None);
        assert_eq!(languages_using("quantunque"), None);
    }

    #[test]
    fn lang_set_operations() {
        let set = LangSet::from_langs([lang("deu"), lang("eng")]);
        assert_eq!(set.len(), 2);
        assert!(set.contains(lang("eng")) && !set.contains(lang("ita")));
        assert_eq!(set.intersection(LangSet::of(lang("eng"))).len(), 1);
        assert!(set.intersection(LangSet::of(lang("ita"))).is_empty());
        assert_eq!(set.iter().count(), 2);
    }

    #[test]
    fn languages_without_a_shared_script_have_no_list() {
        assert!(listed_languages().contains(lang("deu")));
        assert!(!listed_languages().contains(lang("ell")));
        assert!(completely_listed_languages().contains(lang("deu")));
        assert!(listed_languages().contains(lang("afr")));
        assert!(!completely_listed_languages().contains(lang("afr")));
    }
}
