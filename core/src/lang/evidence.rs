//! What one text says about its own language: its script, the character n-gram scores of
//! its words, and the function words it contains, and the choice they make together among
//! candidate languages.
//!
//! A script of one language (Greek, Korean, ...) decides alone; Han characters are Chinese
//! unless kana show Japanese. In a script shared by several languages the n-gram model
//! ([`super::ngrams`]) scores every one of them; its margin over the runner-up is the
//! confidence, since a long text piles up hundreds of votes while one word gives a few.
//! Function words are the sharpest evidence on a short line, so they overrule an unsure
//! n-gram pick ("Teile diesen Artikel:" is German, not Afrikaans).
//!
//! The script of a text is the one most of its letters are written in, a capitalised word
//! counting a quarter: a Greek headline may quote more Latin letters of names than it has
//! Greek ones.

use super::Lang;
use super::ngrams::{self, Scores};
use super::words::{self, LangSet};

/// Bytes of a text examined at most: plenty for any paragraph's language, and a bound on the
/// work for a pasted multi-megabyte line.
pub(super) const MAX_EXAMINED_BYTES: usize = 4096;

/// The n-gram margin (nats) below which whatlang's trigram profiles, drawn from other text
/// than the n-gram table, decide among the languages within that much of the best: on a word
/// or two the table's few n-grams often leave close languages a few nats apart, and a second
/// model errs on other words. Sentences lead by far more and never pay for the second look.
const SECOND_OPINION_WINDOW: f32 = 4.0;

/// Confidence from which a guess is reliable.
pub(super) const RELIABLE_CONFIDENCE: f64 = 0.9;

/// The n-gram margin (nats) that gives a confidence of 1 − 1/e. Naive Bayes counts every
/// character in up to four n-grams, so its margins are large: on the development texts a
/// margin of 6 nats is right one time in two and one of 20 nine times in ten, which
/// 1 − exp(−margin / 9) follows. A reliable guess needs 21 nats.
const MARGIN_SCALE: f64 = 9.0;

/// How many more function words (each shared word counting as a fraction) the other language
/// needs before it overrules an unsure n-gram pick ...
const WORDS_OVER_UNSURE: f64 = 1.0;
/// ... and a sure one, where only close languages are confused and a longer text carries
/// more function words of both.
const WORDS_OVER_SURE: f64 = 2.0;
const WORDS_OVER_SURE_PER_WORD: f64 = 0.1;

/// Confidence below which the pick is a mere guess, which one function word outweighs even
/// when the pick's word list is incomplete (at this margin, one in two picks is wrong).
const GUESSING_CONFIDENCE: f64 = 0.5;

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
/// themselves (accents written apart, Hebrew points, Arabic harakat, the Devanagari virama
/// and nukta), as the n-gram table's generator reads words.
fn is_word_char(c: char) -> bool {
    c.is_alphabetic()
        || matches!(c, '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}'
            | '\u{0591}'..='\u{05C7}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}'
            | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0900}'..='\u{0903}'
            | '\u{093A}'..='\u{094F}' | '\u{0951}'..='\u{0957}' | '\u{0962}'..='\u{0963}')
}

/// The words of `text`: runs of word characters.
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c| !is_word_char(c)).filter(|w| !w.is_empty())
}

/// The script of a word: plain ASCII is Latin without asking whatlang.
fn script_of(word: &str) -> Option<whatlang::Script> {
    if word.is_ascii() {
        Some(whatlang::Script::Latin)
    } else {
        whatlang::detect_script(word)
    }
}

/// The confidence of an n-gram margin (nats): 0 for a tie, towards 1 as it grows.
fn margin_confidence(margin: f32) -> f64 {
    1.0 - (-f64::from(margin) / MARGIN_SCALE).exp()
}

/// whatlang's pick among the candidates the n-grams can hardly tell apart (those within
/// [`SECOND_OPINION_WINDOW`] of the best), when the best leads by less than that.
fn second_opinion(scores: &Scores, candidates: LangSet, words: &str, margin: f32) -> Option<Lang> {
    if margin >= SECOND_OPINION_WINDOW {
        return None;
    }
    let close = scores.within(candidates, SECOND_OPINION_WINDOW);
    if close.len() < 2 {
        return None;
    }
    let allowed = close.iter().map(|lang| lang.0).collect();
    let info = whatlang::Detector::with_allowlist(allowed).detect(words)?;
    let pick = Lang(info.lang());
    close.contains(pick).then_some(pick)
}

/// How a text's language is read in its script.
enum Reading {
    /// A script of several languages: the n-gram scores of its words, those languages, and the
    /// words themselves, joined by spaces, for whatlang's second opinion.
    Ngrams {
        scores: Scores,
        langs: LangSet,
        words: String,
    },
    /// Any other script: its one language, or whatlang's pick between Chinese and Japanese
    /// (Han characters with or without kana).
    Script(Lang),
}

impl Reading {
    /// Reads the words of `text` written in `script`.
    fn of(text: &str, script: whatlang::Script) -> Option<Self> {
        let langs = LangSet::from_langs(script.langs().iter().map(|&l| Lang(l)));
        if langs.len() > 1 && langs.intersection(ngrams::modelled_languages()) == langs {
            let mut words = String::new();
            for word in words_of(text).filter(|w| script_of(w) == Some(script)) {
                words.push_str(word);
                words.push(' ');
            }
            Some(Reading::Ngrams {
                scores: ngrams::score(words.split_whitespace()),
                langs,
                words,
            })
        } else if script == whatlang::Script::Mandarin {
            // Han characters are Chinese unless kana show Japanese: whatlang tells.
            whatlang::detect(text).map(|info| Reading::Script(Lang(info.lang())))
        } else {
            langs.iter().next().map(Reading::Script)
        }
    }

    /// The most likely of `candidates` and the confidence in it; `None` when no candidate is
    /// written in the script or the words gave no evidence.
    fn best(&self, candidates: LangSet) -> Option<(Lang, f64)> {
        match self {
            Reading::Ngrams {
                scores,
                langs,
                words,
            } => {
                let candidates = langs.intersection(candidates);
                let (lang, margin) = scores.best(candidates)?;
                let lang = second_opinion(scores, candidates, words, margin).unwrap_or(lang);
                Some((lang, margin_confidence(margin)))
            }
            Reading::Script(lang) => candidates.contains(*lang).then_some((*lang, 1.0)),
        }
    }

    /// True when the script alone decides the language.
    fn of_one_language(&self) -> bool {
        matches!(self, Reading::Script(_))
    }
}

/// The reading of the words of the text's second script alone, when they hold at least a
/// quarter of its letters (it is only asked when the main script's reading is unsure): a Greek
/// headline quoting Latin-script names has mostly Latin letters.
fn second_script_reading(text: &str, main: whatlang::Script, letters: usize) -> Option<Reading> {
    let mut counts: Vec<(whatlang::Script, usize)> = Vec::new();
    for word in words_of(text).filter(|w| !w.is_ascii()) {
        let Some(script) = script_of(word).filter(|&s| s != main) else {
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
    for word in words_of(text).filter(|w| script_of(w) == Some(script)) {
        second.push_str(word);
        second.push(' ');
    }
    Reading::of(&second, script)
}

/// Which signal made a choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Signal {
    /// The character n-grams (or the script).
    Characters,
    /// The function words, against the n-grams.
    FunctionWords,
    /// Both: the n-gram pick, whose function words lead.
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
pub(super) struct Evidence {
    /// Letters in the examined part.
    pub(super) letters: usize,
    /// Words (runs of letters) in the examined part.
    pub(super) words: usize,
    /// The reading of the text's main script.
    reading: Option<Reading>,
    /// The reading's pick among all languages, and its confidence.
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

impl Evidence {
    /// Reads the evidence of `text` (only its first [`MAX_EXAMINED_BYTES`]).
    pub(super) fn of(text: &str) -> Self {
        let text = examined(text);
        // An upper-case word in a line that also has lower case is an acronym ("NATO", "EU"),
        // not a function word ("nato" is Slovenian for "then").
        let mixed_case = text.chars().any(char::is_lowercase);
        let mut letters = 0;
        let mut word_count = 0;
        let mut function_words = Vec::new();
        let mut lower = String::new();
        // Letters per script, a capitalised word counting a quarter in a line with lower
        // case: names are quoted in any script ("Ο ράπερ Piotr Krzysztof ... επενδύει στο").
        let mut script_weights: Vec<(whatlang::Script, usize)> = Vec::new();
        for word in words_of(text) {
            word_count += 1;
            let length = word.chars().count();
            letters += length;
            if let Some(script) = script_of(word) {
                let name = mixed_case && word.starts_with(char::is_uppercase);
                let weight = if name { length } else { 4 * length };
                match script_weights.iter_mut().find(|(s, _)| *s == script) {
                    Some((_, w)) => *w += weight,
                    None => script_weights.push((script, weight)),
                }
            }
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
        let script = script_weights
            .into_iter()
            .max_by_key(|&(_, weight)| weight)
            .map(|(script, _)| script);
        let mut reading = script.and_then(|script| Reading::of(text, script));
        let mut own = reading.as_ref().and_then(|r| r.best(LangSet::all()));
        if let (Some(script), Some((_, confidence))) = (script, own)
            && confidence < RELIABLE_CONFIDENCE
            && script.langs().len() > 1
            && let Some(second) = second_script_reading(text, script, letters)
            && let Some(second_own) = second.best(LangSet::all())
            && second_own.1 >= confidence
        {
            reading = Some(second);
            own = Some(second_own);
        }
        Evidence {
            letters,
            words: word_count,
            script_of_one_language: reading.as_ref().is_some_and(Reading::of_one_language),
            reading,
            own,
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
            // Even a single candidate goes through the reading: it may not be written in the
            // text's script at all.
            Some(set) if !set.is_empty() => self.reading.as_ref().and_then(|r| r.best(set)),
            _ => self.own,
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
        // The n-gram pick may have no complete word list (Welsh, Turkmen, Afrikaans ...):
        // its function words are partly unknown, so the others need a lead of twice as many,
        // unless the pick is a mere guess.
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
    use crate::lang::test_support::*;

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
    fn function_words_overrule_an_unsure_pick() {
        // "for us": the n-grams of two short words lean Slovak, both words are Polish.
        let choice = Evidence::of("dla nas").choose(None).unwrap();
        assert_eq!(choice.lang, lang("pol"));
        assert_eq!(choice.signal, Signal::FunctionWords);
        assert_eq!(
            Evidence::of("Teile diesen Artikel:")
                .choose(None)
                .unwrap()
                .lang,
            lang("deu")
        );
        assert_eq!(
            Evidence::of("Become a member").choose(None).unwrap().lang,
            lang("eng")
        );
    }

    #[test]
    fn a_sure_pick_stays() {
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

    #[test]
    fn names_in_another_script_do_not_decide_the_script() {
        for headline in [
            "Ο ράπερ Piotr Krzysztof Liroy-Marzec επενδύει στο Blockchain",
            "Blockchain: Η HUBburger προσφέρει τη συλλογή NFT",
        ] {
            let evidence = Evidence::of(headline);
            assert!(evidence.script_of_one_language, "{headline}");
            assert_eq!(
                evidence.choose(None).unwrap().lang,
                lang("ell"),
                "{headline}"
            );
        }
        // A Russian sentence quoting an English name stays Russian.
        let russian = Evidence::of("Министр встретился с Jens Stoltenberg в Брюсселе");
        assert_eq!(russian.choose(None).unwrap().lang, lang("rus"));
    }

    #[test]
    fn han_characters_are_chinese_unless_kana_show_japanese() {
        assert_eq!(
            Evidence::of("北京是中国的首都").choose(None).unwrap().lang,
            lang("cmn")
        );
        assert_eq!(
            Evidence::of("東京は日本の首都です")
                .choose(None)
                .unwrap()
                .lang,
            lang("jpn")
        );
    }

    #[test]
    fn single_words_of_close_languages_by_their_n_grams() {
        for (word, code) in [
            ("durchströmung", "deu"),
            ("przeciwko", "pol"),
            ("більше", "ukr"),
            ("giornalisti", "ita"),
        ] {
            assert_eq!(
                Evidence::of(word).choose(None).unwrap().lang,
                lang(code),
                "{word}"
            );
        }
    }

    #[test]
    fn whatlang_decides_a_close_call_of_the_n_grams() {
        // Croatian "network" and Serbian "elections" (instrumental): their n-grams lean
        // Slovenian and Macedonian by a few nats only.
        assert_eq!(
            Evidence::of("mreža").choose(None).unwrap().lang,
            lang("hrv")
        );
        assert_eq!(
            Evidence::of("изборима").choose(None).unwrap().lang,
            lang("srp")
        );
    }

    #[test]
    fn no_second_opinion_on_a_clear_lead_or_a_single_candidate() {
        let text = "Die Bundesregierung hat am Mittwoch ein neues Gesetz beschlossen.";
        let Some(Reading::Ngrams {
            scores,
            langs,
            words,
        }) = Evidence::of(text).reading
        else {
            panic!("a Latin-script reading");
        };
        let (best, margin) = scores.best(langs).unwrap();
        assert_eq!(best, lang("deu"));
        assert!(margin >= SECOND_OPINION_WINDOW);
        assert_eq!(second_opinion(&scores, langs, &words, margin), None);
        let german = set(&["deu"]);
        assert_eq!(second_opinion(&scores, german, &words, 0.0), None);
    }

    #[test]
    fn confidence_follows_the_margin() {
        assert_eq!(margin_confidence(0.0), 0.0);
        assert!(margin_confidence(6.0) < 0.5);
        assert!(margin_confidence(21.0) >= RELIABLE_CONFIDENCE);
        assert_eq!(margin_confidence(f32::INFINITY), 1.0);
        let long = Evidence::of(
            "Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer \
             Energien beschlossen.",
        );
        assert!(long.choose(None).unwrap().confidence > RELIABLE_CONFIDENCE);
    }

    #[test]
    fn a_candidate_in_another_script_is_no_answer() {
        assert_eq!(
            Evidence::of("Nachrichten").choose(Some(set(&["ell", "rus"]))),
            None
        );
        assert_eq!(
            Evidence::of("Ειδήσεις")
                .choose(Some(set(&["ell", "deu"])))
                .unwrap()
                .lang,
            lang("ell")
        );
    }
}
