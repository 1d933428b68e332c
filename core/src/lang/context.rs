//! Deciding every line's language in the context of the document (the body of
//! [`resolve`](super::resolve)).
//!
//! 1. The languages of the reliable lines are the document's candidates.
//! 2. A reliable line keeps its guess. Any other line is detected again among the candidates
//!    (two-pass detection), joined by the language its function words point to, if any.
//! 3. A line that gives no signal even then takes the document's language, or in a mixed
//!    document the language of its nearest detected neighbours.
//! 4. The body's lines, weighted by characters, give the shares and the document's language.

use super::evidence::{Evidence, Signal};
use super::words::LangSet;
use super::{
    Certainty, Lang, LanguageShare, Languages, LineGuess, LineLanguage, dominant_language,
    line_chars,
};
use crate::clean::{LineClass, LineKind};
use crate::document::Document;
use std::collections::HashMap;

/// Confidence among two or more candidates from which a re-detected line counts as detected;
/// below it, the n-grams found no real difference between them.
const MIN_CALL_CONFIDENCE: f64 = 0.1;

/// Confidence from which a line's own guess counts as detected in a document without any
/// reliable line to compare it with.
const MIN_ALONE_CONFIDENCE: f64 = 0.5;

/// Share of the reliable lines' characters that a language of a single reliable line needs to
/// be a candidate for the other lines.
const MIN_CANDIDATE_SHARE: f64 = 0.03;

/// Share of the body a language needs to be reported: less is a stray line, not a language
/// of the article.
const MIN_SHARE: f64 = 0.05;

/// Shares are rounded to 1 / this.
const SHARE_PRECISION: f64 = 10_000.0;

/// A line's language after the line's own evidence, before neighbours are consulted.
#[derive(Clone, Copy)]
enum Slot {
    Blank,
    /// Decided, and whether function words backed the decision.
    Decided(LineLanguage, bool),
    /// Nothing to call on its own: take the context's language.
    Open,
}

/// See the module documentation.
pub(super) fn resolve(
    doc: &Document,
    guesses: &[Option<LineGuess>],
    classes: &[Option<LineClass>],
) -> Languages {
    let reliable = reliable_languages(doc, guesses);
    let mut slots = decide_lines(doc, guesses, reliable);
    // A language that function words establish on a line of its own is a candidate for the
    // other lines too (English menu items around a German article).
    let candidates = reliable.union(LangSet::from_langs(slots.iter().filter_map(
        |slot| match slot {
            Slot::Decided(line, true) => Some(line.lang),
            _ => None,
        },
    )));
    if candidates != reliable {
        slots = decide_lines(doc, guesses, candidates);
    }
    let is_body = |index: usize| {
        classes
            .get(index)
            .and_then(Option::as_ref)
            .is_some_and(|c| c.kind == LineKind::Body)
    };
    let article = dominant_language(doc, guesses, is_body)
        .or_else(|| dominant_language(doc, guesses, |_| true));
    let mixed = candidates.len() > 1;
    let neighbours = Neighbours::of(&slots);
    let lines: Vec<Option<LineLanguage>> = (0..slots.len())
        .map(|index| match slots[index] {
            Slot::Blank => None,
            Slot::Decided(decided, _) => Some(decided),
            Slot::Open => {
                let neighbours = if mixed {
                    neighbours.language(doc, index, article)
                } else {
                    None
                };
                neighbours.or(article).map(|lang| LineLanguage {
                    lang,
                    certainty: Certainty::FromContext,
                })
            }
        })
        .collect();
    let any_body = (0..lines.len()).any(is_body);
    let shares = shares(doc, &lines, |index| !any_body || is_body(index));
    Languages {
        document: shares.first().map(|s| s.lang).or(article),
        shares,
        lines,
    }
}

/// The languages of the document's reliable lines, without a language of a single line that
/// holds a negligible part of them: one stray misdetected line must not make every short line
/// of the page a candidate for its language.
fn reliable_languages(doc: &Document, guesses: &[Option<LineGuess>]) -> LangSet {
    let mut weights: Vec<(Lang, usize, usize)> = Vec::new();
    for (index, guess) in guesses.iter().enumerate() {
        let Some(LineGuess {
            lang: Some(lang),
            reliable: true,
            ..
        }) = *guess
        else {
            continue;
        };
        let weight = line_chars(doc, index);
        match weights.iter_mut().find(|(l, _, _)| *l == lang) {
            Some((_, w, n)) => {
                *w += weight;
                *n += 1;
            }
            None => weights.push((lang, weight, 1)),
        }
    }
    let total: usize = weights.iter().map(|&(_, w, _)| w).sum();
    LangSet::from_langs(
        weights
            .into_iter()
            .filter(|&(_, w, n)| n > 1 || w as f64 >= MIN_CANDIDATE_SHARE * total as f64)
            .map(|(lang, _, _)| lang),
    )
}

/// Every line's slot given the document's candidate languages.
fn decide_lines(doc: &Document, guesses: &[Option<LineGuess>], candidates: LangSet) -> Vec<Slot> {
    // Repeated lines (menus, stamps) are decided once.
    let mut seen: HashMap<&str, Slot> = HashMap::new();
    guesses
        .iter()
        .enumerate()
        .map(|(index, guess)| match guess {
            None => Slot::Blank,
            Some(guess) => {
                let text = doc.line_text(index);
                *seen
                    .entry(text)
                    .or_insert_with(|| decide(text, guess, candidates))
            }
        })
        .collect()
}

/// The language of one non-blank line from its own text, given the document's candidates.
fn decide(text: &str, guess: &LineGuess, candidates: LangSet) -> Slot {
    let detected = |lang, by_words| {
        Slot::Decided(
            LineLanguage {
                lang,
                certainty: Certainty::Detected,
            },
            by_words,
        )
    };
    match guess.lang {
        Some(lang) if guess.reliable => return detected(lang, false),
        None => return Slot::Open,
        Some(_) => {}
    }
    if candidates.is_empty() {
        // No line of the document is sure of itself: the line's own guess stands if it is an
        // even bet at least.
        return match guess.lang {
            Some(lang) if guess.confidence >= MIN_ALONE_CONFIDENCE => detected(lang, false),
            _ => Slot::Open,
        };
    }
    let evidence = Evidence::of(text);
    let candidates = match evidence.function_word_language() {
        Some(lang) => candidates.union(LangSet::of(lang)),
        None => candidates,
    };
    let Some(choice) = evidence.choose(Some(candidates)) else {
        // No candidate is written in the line's script (a Russian line in a German page):
        // the document offers nothing better than the line's own guess.
        return guess.lang.map_or(Slot::Open, |lang| detected(lang, false));
    };
    let by_words = choice.signal != Signal::Characters;
    let called = by_words
        || guess.lang == Some(choice.lang)
        || (candidates.len() > 1 && choice.confidence >= MIN_CALL_CONFIDENCE);
    if called {
        detected(choice.lang, by_words)
    } else {
        Slot::Open
    }
}

/// For every line, the language of the nearest line detected before it and after it.
struct Neighbours {
    before: Vec<Option<Lang>>,
    after: Vec<Option<Lang>>,
}

impl Neighbours {
    fn of(slots: &[Slot]) -> Self {
        let detected = |slot: &Slot| match slot {
            Slot::Decided(
                LineLanguage {
                    lang,
                    certainty: Certainty::Detected,
                },
                _,
            ) => Some(*lang),
            _ => None,
        };
        let mut before = Vec::with_capacity(slots.len());
        let mut last = None;
        for slot in slots {
            before.push(last);
            last = detected(slot).or(last);
        }
        let mut after = vec![None; slots.len()];
        let mut next = None;
        for (index, slot) in slots.iter().enumerate().rev() {
            after[index] = next;
            next = detected(slot).or(next);
        }
        Neighbours { before, after }
    }

    /// The neighbours' language for the line at `index`: theirs if they agree or only one
    /// exists; if they differ, the one of the two the line itself is closer to, or else the
    /// article's.
    fn language(&self, doc: &Document, index: usize, article: Option<Lang>) -> Option<Lang> {
        match (self.before[index], self.after[index]) {
            (Some(b), Some(a)) if a != b => {
                let pair = LangSet::from_langs([b, a]);
                let evidence = Evidence::of(doc.line_text(index));
                let closer = (evidence.letters > 0)
                    .then(|| evidence.choose(Some(pair)))
                    .flatten()
                    .map(|c| c.lang);
                closer.or(article.filter(|&l| pair.contains(l))).or(Some(b))
            }
            (b, a) => b.or(a),
        }
    }
}

/// The share of every language over the lines `in_scope` accepts, by characters, without
/// languages below [`MIN_SHARE`] or never detected on a line of their own; largest first.
fn shares(
    doc: &Document,
    lines: &[Option<LineLanguage>],
    in_scope: impl Fn(usize) -> bool,
) -> Vec<LanguageShare> {
    let mut weights: Vec<(Lang, usize, bool)> = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let Some(line) = line.filter(|_| in_scope(index)) else {
            continue;
        };
        let weight = line_chars(doc, index);
        let detected = line.certainty == Certainty::Detected;
        match weights.iter_mut().find(|(l, _, _)| *l == line.lang) {
            Some((_, w, d)) => {
                *w += weight;
                *d |= detected;
            }
            None => weights.push((line.lang, weight, detected)),
        }
    }
    let total: usize = weights.iter().map(|&(_, w, _)| w).sum();
    weights.retain(|&(_, w, detected)| detected && w as f64 >= MIN_SHARE * total as f64);
    let kept: usize = weights.iter().map(|&(_, w, _)| w).sum();
    let mut shares: Vec<LanguageShare> = weights
        .into_iter()
        .map(|(lang, w, _)| LanguageShare {
            lang,
            // Four decimals: more is noise, and a short decimal survives a JSON round trip.
            share: (w as f64 / kept as f64 * SHARE_PRECISION).round() / SHARE_PRECISION,
        })
        .collect();
    shares.sort_by(|a, b| b.share.total_cmp(&a.share));
    shares
}

#[cfg(test)]
mod tests {
    use super::super::{guess_lines, resolve};
    use super::*;
    use crate::clean::{Reason, ReasonKind};
    use crate::lang::test_support::lang;

    fn body() -> LineClass {
        LineClass {
            kind: LineKind::Body,
            reason: None,
        }
    }

    fn boilerplate() -> LineClass {
        LineClass {
            kind: LineKind::Boilerplate,
            reason: Some(Reason {
                kind: ReasonKind::Navigation,
                evidence: None,
            }),
        }
    }

    /// Resolves `text` with every line of the given class (`None`: every line body).
    fn resolve_with(text: &str, class: impl Fn(&str) -> LineClass) -> (Document, Languages) {
        let doc = Document::parse(text);
        let guesses = guess_lines(&doc);
        let classes: Vec<Option<LineClass>> = doc
            .lines()
            .iter()
            .map(|l| (!l.is_blank()).then(|| class(doc.slice(l.span))))
            .collect();
        let languages = resolve(&doc, &guesses, &classes);
        (doc, languages)
    }

    fn resolve_body(text: &str) -> (Document, Languages) {
        resolve_with(text, |_| body())
    }

    /// The decided language of the line whose text starts with `start`.
    fn line_of(doc: &Document, languages: &Languages, start: &str) -> LineLanguage {
        let index = (0..doc.lines().len())
            .find(|&i| doc.line_text(i).starts_with(start))
            .unwrap();
        languages.lines[index].unwrap()
    }

    const GERMAN: &str = "Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung \
        erneuerbarer Energien beschlossen, das im kommenden Jahr in Kraft treten soll.\n\n\
        Nach Angaben des Ministeriums sollen vor allem kleine Betriebe von den neuen Regeln \
        profitieren, die bisher kaum Zugang zu Fördermitteln hatten.\n\n\
        Die Opposition kündigte an, gegen das Gesetz vor dem Bundesverfassungsgericht zu \
        klagen, sobald es verabschiedet ist.\n";

    #[test]
    fn reliable_lines_keep_their_detection() {
        let (doc, languages) = resolve_body(GERMAN);
        let line = line_of(&doc, &languages, "Nach Angaben");
        assert_eq!(line.lang, lang("deu"));
        assert_eq!(line.certainty, Certainty::Detected);
        assert_eq!(languages.document, Some(lang("deu")));
        assert_eq!(languages.shares.len(), 1);
        assert_eq!(languages.shares[0].share, 1.0);
    }

    #[test]
    fn a_line_too_short_to_call_takes_the_document_language() {
        let (doc, languages) = resolve_body(&format!("{GERMAN}\nTrending\n\n12:30\n"));
        for start in ["Trending", "12:30"] {
            let line = line_of(&doc, &languages, start);
            assert_eq!(line.lang, lang("deu"), "{start}");
            assert_eq!(line.certainty, Certainty::FromContext, "{start}");
        }
    }

    #[test]
    fn unreliable_lines_are_detected_again_among_the_document_languages() {
        // Short lines that words of other languages resemble ("Bilder", "abonnieren").
        let (doc, languages) = resolve_body(&format!(
            "{GERMAN}\nBilder des Tages\n\nNewsletter abonnieren\n"
        ));
        assert_eq!(
            line_of(&doc, &languages, "Bilder").lang,
            lang("deu"),
            "Bilder des Tages"
        );
        assert_eq!(
            line_of(&doc, &languages, "Newsletter").lang,
            lang("deu"),
            "Newsletter abonnieren"
        );
    }

    #[test]
    fn a_mixed_document_reports_both_languages_and_their_shares() {
        let text = "Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung \
            erneuerbarer Energien beschlossen.\n\n\
            The minister said the plan would cut emissions by a third before the end of the \
            decade.\n\n\
            Nach Angaben des Ministeriums sollen vor allem kleine Betriebe profitieren.\n\n\
            Critics say the money will not reach the people who need it most.\n\n\
            Read more\n";
        let (doc, languages) = resolve_body(text);
        let codes: Vec<&str> = languages.shares.iter().map(|s| s.lang.code()).collect();
        assert_eq!(codes, ["deu", "eng"]);
        let total: f64 = languages.shares.iter().map(|s| s.share).sum();
        assert!((total - 1.0).abs() < 1e-3);
        assert!(languages.shares[1].share > 0.3, "{:?}", languages.shares);
        assert_eq!(languages.document, Some(lang("deu")));
        let read_more = line_of(&doc, &languages, "Read more");
        assert_eq!(read_more.lang, lang("eng"));
    }

    #[test]
    fn a_stray_line_is_no_language_of_the_body() {
        let text = format!(
            "{}\nEl gobierno aprobó el miércoles un nuevo plan de ayudas \
             para las familias afectadas por la subida de los precios.\n",
            GERMAN.repeat(8)
        );
        let (doc, languages) = resolve_body(&text);
        assert_eq!(languages.shares.len(), 1, "{:?}", languages.shares);
        assert_eq!(languages.shares[0].lang, lang("deu"));
        // The line itself keeps its language.
        assert_eq!(line_of(&doc, &languages, "El gobierno").lang, lang("spa"));
    }

    #[test]
    fn function_words_bring_a_language_the_page_lacks() {
        let text = "Il governo ha approvato mercoledì un nuovo decreto per sostenere le \
            famiglie colpite dall'aumento dei prezzi dell'energia.\n\n\
            More Stories\n\n\
            Le opposizioni hanno criticato il provvedimento, definendolo insufficiente.\n";
        let (doc, languages) = resolve_body(text);
        let line = line_of(&doc, &languages, "More Stories");
        assert_eq!(line.lang, lang("eng"));
        assert_eq!(line.certainty, Certainty::Detected);
        assert_eq!(languages.document, Some(lang("ita")));
    }

    #[test]
    fn an_open_line_of_a_mixed_document_takes_its_neighbours_language() {
        let text = "Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung \
            erneuerbarer Energien beschlossen.\n\n\
            The minister said the plan would cut emissions by a third before the end of the \
            decade.\n\n\
            12:30\n\n\
            Critics say the money will not reach the people who need it most.\n";
        let (doc, languages) = resolve_body(text);
        let clock = line_of(&doc, &languages, "12:30");
        assert_eq!(clock.lang, lang("eng"));
        assert_eq!(clock.certainty, Certainty::FromContext);
    }

    #[test]
    fn a_line_in_another_script_keeps_its_own_guess() {
        let text = format!("{GERMAN}\nПравительство утвердило новый план.\n");
        let (doc, languages) = resolve_body(&text);
        let line = line_of(&doc, &languages, "Правительство");
        assert_eq!(line.lang, lang("rus"));
        assert_eq!(line.certainty, Certainty::Detected);
    }

    #[test]
    fn non_body_lines_get_a_language_but_no_share() {
        let menu = "Subscribe to our newsletter and get the best stories every morning.";
        let text = format!("{menu}\n\n{GERMAN}");
        let (doc, languages) =
            resolve_with(
                &text,
                |line| {
                    if line == menu { boilerplate() } else { body() }
                },
            );
        assert_eq!(line_of(&doc, &languages, "Subscribe").lang, lang("eng"));
        assert_eq!(languages.document, Some(lang("deu")));
        assert_eq!(languages.shares.len(), 1);
    }

    #[test]
    fn the_document_language_comes_from_the_body() {
        // More English characters than German, but the English lines are page furniture.
        let menu = [
            "Subscribe to our newsletter and get the best stories every single morning.",
            "We use cookies to improve your experience on our website and for analytics.",
            "Follow us on social media to stay up to date with the latest news and events.",
        ];
        let text = format!(
            "{}\n\nDie Regierung hat am Mittwoch den Haushalt für das kommende Jahr beschlossen.\n",
            menu.join("\n")
        );
        let (_, languages) = resolve_with(&text, |line| {
            if menu.contains(&line) {
                boilerplate()
            } else {
                body()
            }
        });
        assert_eq!(languages.document, Some(lang("deu")));
    }

    #[test]
    fn short_lines_of_polish_greek_and_russian_pages() {
        for (page, short, code) in [
            (
                "Rząd przyjął w środę nowy plan wsparcia dla małych firm, który wejdzie w \
                 życie w przyszłym roku. Minister finansów zapowiedział dalsze zmiany.",
                "Czytaj także",
                "pol",
            ),
            (
                "Η κυβέρνηση ενέκρινε την Τετάρτη ένα νέο σχέδιο στήριξης των μικρών \
                 επιχειρήσεων, το οποίο θα τεθεί σε ισχύ τον επόμενο χρόνο.",
                "Μοιραστείτε",
                "ell",
            ),
            (
                "Правительство России в среду утвердило новый план поддержки малого \
                 бизнеса, который вступит в силу в следующем году.",
                "Поделиться",
                "rus",
            ),
        ] {
            let (doc, languages) = resolve_body(&format!("{page}\n\n{short}\n"));
            assert_eq!(line_of(&doc, &languages, short).lang, lang(code), "{short}");
            assert_eq!(languages.document, Some(lang(code)));
        }
    }

    #[test]
    fn a_document_without_any_reliable_line_keeps_its_lines_own_guesses() {
        let (doc, languages) = resolve_body("Teile diesen Artikel:");
        let line = line_of(&doc, &languages, "Teile");
        assert_eq!(line.lang, lang("deu"));
        assert_eq!(line.certainty, Certainty::Detected);
        let (_, single) = resolve_body("Trending");
        assert_eq!(
            single.lines[0].unwrap().certainty,
            Certainty::FromContext,
            "one word without support is not called"
        );
    }

    #[test]
    fn empty_and_letterless_documents() {
        let (_, languages) = resolve_body("");
        assert_eq!(languages.document, None);
        assert!(languages.shares.is_empty());
        assert_eq!(languages.lines, [None]);
        let (_, numbers) = resolve_body("12:30\n4/5");
        assert_eq!(numbers.document, None);
        assert_eq!(numbers.lines, [None, None]);
    }

    #[test]
    fn huge_and_binary_documents_resolve_quickly() {
        let sentence = "Der Rat der Europäischen Union hat die Sanktionen verlängert. ";
        let huge = format!(
            "{}\n\u{0}\u{1}\u{FFFD}\u{7F}ÿþ\n{GERMAN}",
            sentence.repeat(4_000_000 / sentence.len())
        );
        let start = std::time::Instant::now();
        let (_, languages) = resolve_body(&huge);
        assert!(start.elapsed().as_secs() < 3, "took {:?}", start.elapsed());
        assert_eq!(languages.document, Some(lang("deu")));
    }
}
