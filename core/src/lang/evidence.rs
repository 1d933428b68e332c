//! What one text says about its own language: whatlang's character statistics and the
//! function words it contains, and the choice they make together among candidate languages.
//!
//! whatlang is right on sentences but guesses wildly on a few words ("Teile diesen Artikel:"
//! comes out Afrikaans, "Become a member" Hungarian); its confidence tells when. Function words
//! are the opposite: rare in a single word, but decisive when present. So whatlang decides,
//! except where the function words clearly disagree with an unsure whatlang.

use super::Lang;
use super::words::{self, LangSet};

/// Bytes of a text examined at most: plenty for any paragraph's language, and a bound on the
/// work for a pasted multi-megabyte line.
pub(super) const MAX_EXAMINED_BYTES: usize = 4096;

/// whatlang's own threshold for a reliable guess.
pub(super) const RELIABLE_CONFIDENCE: f64 = 0.9;

/// How many more function words (each shared word counting as a fraction) the other language
/// needs before it overrules an unsure whatlang ...
const WORDS_OVER_UNSURE: f64 = 1.0;
/// ... and a sure one, where only close languages are confused and a longer text carries
/// more function words of both.
const WORDS_OVER_SURE: f64 = 2.0;
const WORDS_OVER_SURE_PER_WORD: f64 = 0.1;

/// whatlang's confidence below which its pick is a mere guess, which one function word
/// outweighs even when the pick's word list is incomplete.
const GUESSING_CONFIDENCE: f64 = 0.25;

/// The first `MAX_EXAMINED_BYTES` of `text`, cut on a character boundary.
pub(super) fn examined(text: &str) -> &str {
    if text.len() <= MAX_EXAMINED_BYTES {
        return text;
    }
    let mut end = MAX_EXAMINED_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// True for the characters of a word: letters, and the combining marks that are not letters
/// themselves (accents written apart, the Devanagari virama and nukta).
fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '\u{0300}'..='\u{036F}' | '\u{093C}' | '\u{094D}')
}

/// The words of `text`: runs of word characters.
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c| !is_word_char(c)).filter(|w| !w.is_empty())
}

/// whatlang's guess on the words of the text's second script alone, when they hold at least a
/// quarter of its letters (it is only asked when whatlang is unsure of the whole): a Greek
/// headline quoting Latin-script names has mostly Latin letters, and whatlang then guesses
/// some Latin-script language.
fn second_script_guess(
    text: &str,
    main: whatlang::Script,
    letters: usize,
) -> Option<whatlang::Info> {
    let mut counts: Vec<(whatlang::Script, usize)> = Vec::new();
    for word in words_of(text).filter(|w| !w.is_ascii()) {
        let Some(script) = whatlang::detect_script(word).filter(|&s| s != main) else {
            continue;
        };
        let count = word.chars().count();
        match counts.iter_mut().find(|(s, _)| *s == script) {
            Some((_, c)) => *c += count,
            None => counts.push((script, count)),
        }
    }
    let (script, count) = counts.into_iter().max_by_key(|&(_, c)| c)?;
    if count * 4 < letters {
        return None;
    }
    let mut second = String::new();
    for word in words_of(text).filter(|w| whatlang::detect_script(w) == Some(script)) {
        second.push_str(word);
        second.push(' ');
    }
    whatlang::detect(&second)
}

/// Which signal made a choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Signal {
    /// whatlang's character statistics.
    Characters,
    /// The function words, against whatlang.
    FunctionWords,
    /// Both: whatlang's pick, whose function words lead.
    Both,
}

/// A language chosen for a text, with how sure and why.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Choice {
    pub(super) lang: Lang,
    /// 0..=1.
    pub(super) confidence: f64,
    pub(super) signal: Signal,
}

/// The evidence a text carries about its language.
pub(super) struct Evidence<'a> {
    /// The examined part of the text.
    text: &'a str,
    /// Letters in the examined part.
    pub(super) letters: usize,
    /// Words (runs of letters) in the examined part.
    pub(super) words: usize,
    /// whatlang's unrestricted guess and confidence.
    own: Option<(Lang, f64)>,
    /// True when the text's script is written by one language only (Greek, Korean, ...).
    pub(super) script_of_one_language: bool,
    /// For every function word of the text, the languages that use it.
    function_words: Vec<LangSet>,
}

/// The function-word vote among candidates: every word gives one vote, split evenly among the
/// candidates that use it.
struct Vote {
    scores: Vec<(Lang, f64)>,
}

impl Vote {
    fn score(&self, lang: Lang) -> f64 {
        self.scores
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or(0.0, |&(_, s)| s)
    }

    fn best(&self) -> Option<(Lang, f64)> {
        self.scores
            .iter()
            .copied()
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .filter(|&(_, s)| s > 0.0)
    }

    /// How far `lang` is ahead of every other language (negative when behind).
    fn lead(&self, lang: Lang) -> f64 {
        let others = self
            .scores
            .iter()
            .filter(|(l, _)| *l != lang)
            .map(|&(_, s)| s)
            .fold(0.0, f64::max);
        self.score(lang) - others
    }
}

impl<'a> Evidence<'a> {
    /// Reads the evidence of `text` (only its first [`MAX_EXAMINED_BYTES`]).
    pub(super) fn of(text: &'a str) -> Self {
        let text = examined(text);
        let mut info = whatlang::detect(text);
        // An upper-case word in a line that also has lower case is an acronym ("NATO", "EU"),
        // not a function word ("nato" is Slovenian for "then").
        let mixed_case = text.chars().any(char::is_lowercase);
        let mut letters = 0;
        let mut word_count = 0;
        let mut function_words = Vec::new();
        let mut lower = String::new();
        for word in words_of(text) {
            word_count += 1;
            letters += word.chars().count();
            let acronym = mixed_case
                && word.chars().nth(1).is_some()
                && !word.chars().any(char::is_lowercase);
            if acronym {
                continue;
            }
            lower.clear();
            lower.extend(word.chars().flat_map(char::to_lowercase));
            if let Some(set) = words::languages_using(&lower) {
                function_words.push(set);
            }
        }
        let second = info
            .as_ref()
            .filter(|i| i.confidence() < RELIABLE_CONFIDENCE && i.script().langs().len() > 1)
            .and_then(|unsure| {
                second_script_guess(text, unsure.script(), letters)
                    .filter(|second| second.confidence() >= unsure.confidence())
            });
        if second.is_some() {
            info = second;
        }
        Evidence {
            text,
            letters,
            words: word_count,
            own: info.as_ref().map(|i| (Lang(i.lang()), i.confidence())),
            script_of_one_language: info.as_ref().is_some_and(|i| i.script().langs().len() == 1),
            function_words,
        }
    }

    /// The function-word vote among `candidates`.
    fn vote(&self, candidates: LangSet) -> Vote {
        let mut scores: Vec<(Lang, f64)> = Vec::new();
        for &set in &self.function_words {
            let shared = set.intersection(candidates);
            if shared.is_empty() {
                continue;
            }
            let share = 1.0 / shared.len() as f64;
            for lang in shared.iter() {
                match scores.iter_mut().find(|(l, _)| *l == lang) {
                    Some((_, s)) => *s += share,
                    None => scores.push((lang, share)),
                }
            }
        }
        Vote { scores }
    }

    /// The language the function words alone point to among all languages, if one leads by a
    /// whole word: a language the document's context may not offer ("More Stories" is English
    /// in an Italian page).
    pub(super) fn function_word_language(&self) -> Option<Lang> {
        let vote = self.vote(words::listed_languages());
        let (best, _) = vote.best()?;
        (vote.lead(best) >= WORDS_OVER_UNSURE).then_some(best)
    }

    /// Chooses the language of the text among `candidates` (`None`: among all languages).
    pub(super) fn choose(&self, candidates: Option<LangSet>) -> Option<Choice> {
        let detected = match candidates {
            None => self.own,
            Some(set) if set.is_empty() => self.own,
            // Even a single candidate goes through whatlang: it may not be written in the
            // text's script at all.
            Some(set) => whatlang::Detector::with_allowlist(set.iter().map(|l| l.0).collect())
                .detect(self.text)
                .map(|i| (Lang(i.lang()), i.confidence())),
        };
        let vote = self.vote(candidates.unwrap_or_else(words::listed_languages));
        // One function word of its own makes a language an even bet, two make it sure.
        let words_confidence = |lang| (vote.lead(lang) / 2.0).clamp(0.0, 1.0);
        let by_words = vote.best().map(|(lang, _)| Choice {
            lang,
            confidence: words_confidence(lang),
            signal: Signal::FunctionWords,
        });
        let Some((lang, confidence)) = detected else {
            return by_words;
        };
        let by_characters = if vote.lead(lang) >= WORDS_OVER_UNSURE {
            Choice {
                lang,
                confidence: confidence.max(words_confidence(lang)),
                signal: Signal::Both,
            }
        } else {
            Choice {
                lang,
                confidence,
                signal: Signal::Characters,
            }
        };
        let Some(by_words) = by_words.filter(|w| w.lang != lang) else {
            return Some(by_characters);
        };
        // whatlang's pick may have no complete word list (Welsh, Turkmen, Afrikaans ...):
        // its function words are partly unknown, so the others need a lead of twice as many,
        // unless whatlang is merely guessing.
        let listed = words::completely_listed_languages().contains(lang);
        let lead = vote.score(by_words.lang) - vote.score(lang);
        let needed = if confidence < RELIABLE_CONFIDENCE {
            WORDS_OVER_UNSURE
        } else {
            WORDS_OVER_SURE + WORDS_OVER_SURE_PER_WORD * self.words as f64
        } * if listed || confidence < GUESSING_CONFIDENCE {
            1.0
        } else {
            2.0
        };
        Some(if lead >= needed {
            by_words
        } else {
            by_characters
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(code: &str) -> Lang {
        Lang::from_code(code).unwrap()
    }

    fn set(codes: &[&str]) -> LangSet {
        LangSet::from_langs(codes.iter().map(|c| lang(c)))
    }

    #[test]
    fn examined_text_is_capped_on_a_char_boundary() {
        let long = "ä".repeat(MAX_EXAMINED_BYTES);
        let cut = examined(&long);
        assert!(cut.len() <= MAX_EXAMINED_BYTES && cut.len() > MAX_EXAMINED_BYTES - 4);
        assert_eq!(examined("kurz"), "kurz");
    }

    #[test]
    fn counts_letters_and_words() {
        let evidence = Evidence::of("Teile diesen Artikel: 3x!");
        assert_eq!(evidence.letters, 19);
        assert_eq!(evidence.words, 4);
    }

    #[test]
    fn function_words_overrule_an_unsure_whatlang() {
        let choice = Evidence::of("Teile diesen Artikel:").choose(None).unwrap();
        assert_eq!(choice.lang, lang("deu"));
        assert_eq!(choice.signal, Signal::FunctionWords);
        assert_eq!(
            Evidence::of("Become a member").choose(None).unwrap().lang,
            lang("eng")
        );
    }

    #[test]
    fn sure_whatlang_keeps_its_pick() {
        let text = "Sekretarz generalny NATO Jens Stoltenberg zwołał na 12 stycznia \
                    posiedzenie Rady NATO-Rosja. W tle jest groźba rosyjskiej inwazji.";
        let choice = Evidence::of(text).choose(None).unwrap();
        assert_eq!(choice.lang, lang("pol"));
        assert_ne!(choice.signal, Signal::FunctionWords);
    }

    #[test]
    fn candidates_restrict_the_choice() {
        let evidence = Evidence::of("Il presidente");
        let choice = evidence.choose(Some(set(&["ita", "spa"]))).unwrap();
        assert_eq!(choice.lang, lang("ita"));
        let only = evidence.choose(Some(set(&["deu"]))).unwrap();
        assert_eq!(only.lang, lang("deu"));
    }

    #[test]
    fn function_word_language_needs_a_lead() {
        assert_eq!(
            Evidence::of("More Stories").function_word_language(),
            Some(lang("eng"))
        );
        // "og" is Danish and Norwegian alike.
        assert_eq!(Evidence::of("og").function_word_language(), None);
        assert_eq!(Evidence::of("Stoltenberg").function_word_language(), None);
    }

    #[test]
    fn text_without_letters_has_no_language() {
        let evidence = Evidence::of("12:30 — 4/5");
        assert_eq!(evidence.letters, 0);
        assert_eq!(evidence.choose(None), None);
    }

    #[test]
    fn greek_script_belongs_to_one_language() {
        let evidence = Evidence::of("ΜΕΡΙΔΙΟ:");
        assert!(evidence.script_of_one_language);
        assert_eq!(evidence.choose(None).unwrap().lang, lang("ell"));
    }
}
