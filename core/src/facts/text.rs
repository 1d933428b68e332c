//! The reading tools every fact finder shares: tokens and the cue lexicons.
//!
//! Takes the text of one line and returns its [`Token`]s (words, numbers, single punctuation
//! marks, each knowing whether a space precedes it); loads the tables under `core/data/facts/`
//! once ([`calendar`], [`numbers`], [`cues`]) and answers "is this word a month, a verb of
//! saying, a currency, ... in one of these languages".
//!
//! Why tokens and tables rather than one regex per language: the same date or quotation is
//! written with the words of fifty languages, and the words differ by case and inflection
//! ("stycznia", "styczniu"; "Ιανουαρίου", "Ιανουάριο"). A table keyed by the lower-cased word
//! lets one grammar of tokens ("day, month, year") serve every language, and a word that means
//! different things in two languages ("listopad" is November in Polish, October in Croatian)
//! is read in the line's own language.

use crate::document::Span;
use std::collections::HashMap;
use std::sync::LazyLock;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with inner hyphens: "Nato-Beamter", "two-day").
    Word,
    /// ASCII digits.
    Number,
    /// One character that is neither.
    Punct,
}

/// A word, number or punctuation mark of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// What it is.
    pub kind: TokenKind,
    /// Where it is (bytes into the document).
    pub span: Span,
    /// True when no white space separates it from the token before.
    pub glued: bool,
}

fn is_word_char(c: char) -> bool {
    (c.is_alphanumeric() && !c.is_ascii_digit()) || ('\u{0300}'..='\u{036F}').contains(&c)
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Splits `text` (which starts at byte `base` of the document) into tokens.
pub fn tokenize(text: &str, base: usize) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut glued = false;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            glued = false;
            continue;
        }
        let (kind, mut end) = (
            if is_word_char(c) {
                TokenKind::Word
            } else if c.is_ascii_digit() {
                TokenKind::Number
            } else {
                TokenKind::Punct
            },
            start + c.len_utf8(),
        );
        match kind {
            TokenKind::Word => {
                while let Some(&(i, n)) = chars.peek() {
                    let hyphen_inside = is_hyphen(n)
                        && text[i + n.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(is_word_char);
                    if !(is_word_char(n) || hyphen_inside) {
                        break;
                    }
                    end = i + n.len_utf8();
                    chars.next();
                }
            }
            TokenKind::Number => {
                while let Some(&(i, n)) = chars.peek() {
                    if !n.is_ascii_digit() {
                        break;
                    }
                    end = i + 1;
                    chars.next();
                }
            }
            TokenKind::Punct => {}
        }
        tokens.push(Token {
            kind,
            span: Span::new(base + start, base + end),
            glued,
        });
        glued = true;
    }
    tokens
}

/// The lower-cased text of every token, parallel to the tokens.
pub fn lower_all(doc_text: &str, tokens: &[Token]) -> Vec<String> {
    tokens
        .iter()
        .map(|t| doc_text[t.span.range()].to_lowercase())
        .collect()
}

fn is_apostrophe_char(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | '`')
}

/// True for an apostrophe, which the tokenizer keeps apart ("dall’aprile", "d'après").
pub fn is_apostrophe(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(is_apostrophe_char) && chars.next().is_none()
}

/// The tables of `core/data/facts/`, parsed once.
pub(super) mod tables {
    pub const CALENDAR: &str = include_str!("../../data/facts/calendar.tsv");
    pub const NUMBERS: &str = include_str!("../../data/facts/numbers.tsv");
    pub const CUES: &str = include_str!("../../data/facts/cues.tsv");
    pub const AGENCIES: &str = include_str!("../../data/facts/agencies.tsv");
}

/// Rows of a tab-separated table, comments left out.
pub(super) fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

/// True when `lang` is one of `langs`, or when nothing is known about the languages.
fn preferred(lang: &str, langs: &[&str]) -> bool {
    lang == "*" || langs.is_empty() || langs.contains(&lang)
}

/// A month or weekday name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalendarWord {
    /// Month 1..=12.
    Month(u8),
    /// Weekday 1..=7, Monday first.
    Weekday(u8),
}

#[derive(Clone, Copy, Debug)]
struct CalendarEntry {
    lang: &'static str,
    word: CalendarWord,
    abbreviated: bool,
}

/// How a language orders the fields of a numeric date ("12/01/2022").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldOrder {
    /// Day, month, year.
    Dmy,
    /// Month, day, year.
    Mdy,
    /// Year, month, day.
    Ymd,
}

/// Month and weekday names of every language (from CLDR, see `calendar.tsv`).
pub struct Calendar {
    words: HashMap<&'static str, Vec<CalendarEntry>>,
    /// Full month names by language, for abbreviations CLDR does not list ("Sierp.", "Sept").
    months: HashMap<&'static str, Vec<(&'static str, u8)>>,
    numeric: HashMap<&'static str, (FieldOrder, char)>,
    capitalised_weekdays: Vec<&'static str>,
}

/// The shortest abbreviation read as a month by its prefix.
const MIN_ABBREVIATION: usize = 3;

impl Calendar {
    fn load() -> Self {
        let mut words: HashMap<&'static str, Vec<CalendarEntry>> = HashMap::new();
        let mut months: HashMap<&'static str, Vec<(&'static str, u8)>> = HashMap::new();
        let mut numeric = HashMap::new();
        let mut capitalised_weekdays = Vec::new();
        for row in rows(tables::CALENDAR) {
            match row.as_slice() {
                [lang, "numeric", order, separator] => {
                    let order = match *order {
                        "MDY" => FieldOrder::Mdy,
                        "YMD" => FieldOrder::Ymd,
                        _ => FieldOrder::Dmy,
                    };
                    numeric.insert(*lang, (order, separator.chars().next().unwrap_or('/')));
                }
                [lang, "capitalised", kinds] if kinds.split(' ').any(|k| k == "weekday") => {
                    capitalised_weekdays.push(*lang);
                }
                [lang, kind, number, wide, abbreviated] => {
                    let Ok(n) = number.parse::<u8>() else {
                        continue;
                    };
                    let word = if *kind == "month" {
                        CalendarWord::Month(n)
                    } else {
                        CalendarWord::Weekday(n)
                    };
                    for (forms, abbreviated) in [(wide, false), (abbreviated, true)] {
                        for form in forms.split(' ').filter(|f| !f.is_empty()) {
                            words.entry(form).or_default().push(CalendarEntry {
                                lang,
                                word,
                                abbreviated,
                            });
                            if *kind == "month" && !abbreviated {
                                months.entry(*lang).or_default().push((form, n));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        Calendar {
            words,
            months,
            numeric,
            capitalised_weekdays,
        }
    }

    /// What the lower-cased `word` names in the languages `langs` (most likely first), and
    /// in which language.
    ///
    /// A full name of another language counts when every language that has the word agrees
    /// on its meaning; abbreviations ("mar", "sie", and any unambiguous prefix of a month
    /// name such as "Sierp.") count only in `langs`, where they are read next to a number.
    pub fn lookup(
        &self,
        word: &str,
        langs: &[&str],
        abbreviations: bool,
    ) -> Option<(CalendarWord, &'static str)> {
        let entries = self.words.get(word).map_or(&[][..], Vec::as_slice);
        let usable = |e: &&CalendarEntry| abbreviations || !e.abbreviated;
        if let Some(e) = langs
            .iter()
            .find_map(|l| entries.iter().filter(usable).find(|e| e.lang == *l))
        {
            return Some((e.word, e.lang));
        }
        let mut full = entries.iter().filter(|e| !e.abbreviated);
        if let Some(first) = full.next() {
            return full
                .all(|e| e.word == first.word)
                .then_some((first.word, first.lang));
        }
        if !abbreviations || word.chars().count() < MIN_ABBREVIATION {
            return None;
        }
        langs.iter().find_map(|lang| {
            let (&lang, forms) = self.months.get_key_value(*lang)?;
            let mut matches = forms
                .iter()
                .filter(|(form, _)| form.len() > word.len() && form.starts_with(word))
                .map(|&(_, m)| m);
            let first = matches.next()?;
            matches
                .all(|m| m == first)
                .then_some((CalendarWord::Month(first), lang))
        })
    }

    /// True when the lower-cased `word` is the full name of a month in one of `langs`.
    pub fn is_month_in(&self, word: &str, langs: &[&str]) -> bool {
        self.words.get(word).is_some_and(|entries| {
            entries.iter().any(|e| {
                !e.abbreviated
                    && matches!(e.word, CalendarWord::Month(_))
                    && langs.contains(&e.lang)
            })
        })
    }

    /// True when `lang` writes weekday names capitalised (there "τρίτη" is "third").
    pub fn capitalises_weekdays(&self, lang: &str) -> bool {
        self.capitalised_weekdays.contains(&lang)
    }

    /// The field order and separator of numeric dates in the first of `langs` CLDR knows.
    pub fn numeric(&self, langs: &[&str]) -> Option<(FieldOrder, char)> {
        langs.iter().find_map(|l| self.numeric.get(l).copied())
    }
}

/// The month and weekday names.
pub fn calendar() -> &'static Calendar {
    static CALENDAR: LazyLock<Calendar> = LazyLock::new(Calendar::load);
    &CALENDAR
}

/// Decimal and grouping symbols and scale words ("Mio.", "milioni") of every language.
pub struct Numbers {
    symbols: HashMap<&'static str, (char, char)>,
    scales: Vec<(&'static str, Vec<&'static str>, f64)>,
}

impl Numbers {
    fn load() -> Self {
        let mut symbols = HashMap::new();
        let mut scales = Vec::new();
        for row in rows(tables::NUMBERS) {
            match row.as_slice() {
                [lang, "symbols", decimal, group] => {
                    let symbol = |s: &str| {
                        if s == "space" {
                            ' '
                        } else {
                            s.chars().next().unwrap_or(' ')
                        }
                    };
                    symbols.insert(*lang, (symbol(decimal), symbol(group)));
                }
                [lang, "scale", multiplier, words] => {
                    if let Ok(m) = multiplier.parse::<f64>() {
                        scales.push((*lang, words.split(" | ").collect(), m));
                    }
                }
                _ => {}
            }
        }
        Numbers { symbols, scales }
    }

    /// The decimal separator of the first of `langs` that CLDR knows.
    pub fn decimal_separator(&self, langs: &[&str]) -> Option<char> {
        langs
            .iter()
            .find_map(|l| self.symbols.get(l).map(|&(d, _)| d))
    }

    /// The grouping separator of the first of `langs` that CLDR knows.
    pub fn group_separator(&self, langs: &[&str]) -> Option<char> {
        langs
            .iter()
            .find_map(|l| self.symbols.get(l).map(|&(_, g)| g))
    }

    /// The multiplier of the scale word that starts `words` (lower-cased words, dots
    /// dropped), and how many words it takes: ("20,5 millones" → 10⁶, 1). Longest first, in
    /// the languages `langs` only: "billion" is 10⁹ in English and 10¹² in German, "km" a
    /// thousand million in Catalan.
    pub fn scale(&self, words: &[&str], langs: &[&str]) -> Option<(f64, usize)> {
        let mut best: Option<(f64, usize, bool)> = None;
        for (lang, forms, multiplier) in &self.scales {
            let own = langs.contains(lang);
            if !preferred(lang, langs) {
                continue;
            }
            for form in forms {
                let n = form.split(' ').count();
                let matches = n <= words.len() && form.split(' ').zip(words).all(|(f, w)| f == *w);
                let better = best.is_none_or(|(_, bn, bown)| (n, own) > (bn, bown));
                if matches && better {
                    best = Some((*multiplier, n, own));
                }
            }
        }
        best.map(|(m, n, _)| (m, n))
    }
}

/// The number formats.
pub fn numbers() -> &'static Numbers {
    static NUMBERS: LazyLock<Numbers> = LazyLock::new(Numbers::load);
    &NUMBERS
}

/// The kinds of cue word in `cues.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cue {
    /// Verbs of saying.
    Say,
    /// "According to".
    According,
    /// Nouns that describe a speaker.
    Role,
    /// Subject pronouns.
    Pronoun,
    /// Words that open reported speech ("that", "dass", "ότι").
    That,
    /// Words before a year.
    YearBefore,
    /// Words after a year.
    YearAfter,
    /// Words before a month name alone.
    MonthBefore,
    /// Words before a bare numeric day and month.
    DatePrep,
    /// Currency words and symbols.
    Currency,
    /// "Per cent".
    Percent,
    /// Number words.
    NumberWord,
    /// Credit labels ("Source:").
    Credit,
    /// "News agency".
    Agency,
    /// Editorial labels ("BREAKING").
    Label,
}

impl Cue {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "say" => Cue::Say,
            "according" => Cue::According,
            "role" => Cue::Role,
            "pronoun" => Cue::Pronoun,
            "that" => Cue::That,
            "yearbefore" => Cue::YearBefore,
            "yearafter" => Cue::YearAfter,
            "monthbefore" => Cue::MonthBefore,
            "dateprep" => Cue::DatePrep,
            "currency" => Cue::Currency,
            "percent" => Cue::Percent,
            "numberword" => Cue::NumberWord,
            "credit" => Cue::Credit,
            "agency" => Cue::Agency,
            "label" => Cue::Label,
            _ => return None,
        })
    }
}

/// One cue form: its words (a stem when `stem`), language and value.
#[derive(Clone, Debug)]
struct CueForm {
    words: Vec<&'static str>,
    stem: bool,
    lang: &'static str,
    value: &'static str,
}

impl CueForm {
    /// True when the form is exactly `words`, in one of `langs`.
    fn fits(&self, words: &[&str], langs: &[&str]) -> bool {
        let n = self.words.len();
        preferred(self.lang, langs)
            && words.len() == n
            && self
                .words
                .iter()
                .zip(words)
                .enumerate()
                .all(|(i, (fw, w))| {
                    if self.stem && i + 1 == n {
                        matches_stem(w, fw)
                    } else {
                        fw == w
                    }
                })
    }
}

/// The cue lexicons (`cues.tsv`), indexed by kind and by the first and last word of each
/// form (stems of one word, which no word indexes, are kept apart).
pub struct Cues {
    forms: Vec<CueForm>,
    by_first: HashMap<(Cue, &'static str), Vec<usize>>,
    by_last: HashMap<(Cue, &'static str), Vec<usize>>,
    stems: HashMap<Cue, Vec<usize>>,
}

/// How many letters a stem form may add ("powiedzia*" + "ł").
const STEM_SLACK: usize = 4;

/// True when `word` is `stem` plus at most [`STEM_SLACK`] letters.
pub fn matches_stem(word: &str, stem: &str) -> bool {
    word.strip_prefix(stem)
        .is_some_and(|rest| rest.chars().count() <= STEM_SLACK)
}

impl Cues {
    fn load() -> Self {
        let mut forms: Vec<(Cue, CueForm)> = Vec::new();
        for row in rows(tables::CUES) {
            let [kind, lang, list] = row.as_slice() else {
                continue;
            };
            let Some(cue) = Cue::parse(kind) else {
                continue;
            };
            for item in list.split(" | ") {
                let (form, value) = item.split_once('=').unwrap_or((item, item));
                let (form, stem) = match form.strip_suffix('*') {
                    Some(f) => (f, true),
                    None => (form, false),
                };
                let value = value.strip_suffix('*').unwrap_or(value);
                let words = form
                    .split(|c: char| c == ' ' || is_apostrophe_char(c))
                    .filter(|w| !w.is_empty())
                    .collect::<Vec<_>>();
                if !words.is_empty() {
                    let form = CueForm {
                        words,
                        stem,
                        lang,
                        value: value.trim(),
                    };
                    forms.push((cue, form));
                }
            }
        }
        // Longest forms first, so that "a principios de" wins over "de".
        forms.sort_by_key(|(_, f)| std::cmp::Reverse(f.words.len()));
        let mut by_first: HashMap<(Cue, &'static str), Vec<usize>> = HashMap::new();
        let mut by_last: HashMap<(Cue, &'static str), Vec<usize>> = HashMap::new();
        let mut stems: HashMap<Cue, Vec<usize>> = HashMap::new();
        for (i, (cue, f)) in forms.iter().enumerate() {
            if f.stem && f.words.len() == 1 {
                stems.entry(*cue).or_default().push(i);
                continue;
            }
            by_first.entry((*cue, f.words[0])).or_default().push(i);
            if !f.stem {
                let last = f.words[f.words.len() - 1];
                by_last.entry((*cue, last)).or_default().push(i);
            } else {
                stems.entry(*cue).or_default().push(i);
            }
        }
        Cues {
            forms: forms.into_iter().map(|(_, f)| f).collect(),
            by_first,
            by_last,
            stems,
        }
    }

    /// The forms of kind `cue` that may match `word` first (or last), longest first.
    fn candidates<'s>(
        &'s self,
        index: &'s HashMap<(Cue, &'static str), Vec<usize>>,
        cue: Cue,
        word: &str,
    ) -> impl Iterator<Item = &'s CueForm> + 's {
        let mut ids: Vec<usize> = index.get(&(cue, word)).cloned().unwrap_or_default();
        ids.extend(self.stems.get(&cue).into_iter().flatten());
        ids.sort_unstable();
        ids.dedup();
        ids.into_iter().map(move |i| &self.forms[i])
    }

    /// The cue of kind `cue` that starts at `words[0]`, in the languages `langs`: how many
    /// words it takes and its value. `words` are lower-cased words (apostrophes left out).
    pub fn match_at(
        &self,
        cue: Cue,
        words: &[&str],
        langs: &[&str],
    ) -> Option<(usize, &'static str)> {
        let first = words.first()?;
        self.candidates(&self.by_first, cue, first).find_map(|f| {
            let n = f.words.len();
            (n <= words.len() && f.fits(&words[..n], langs)).then_some((n, f.value))
        })
    }

    /// The cue of kind `cue` that ends at the last of `words` (lower-cased, in order).
    pub fn match_ending(
        &self,
        cue: Cue,
        words: &[&str],
        langs: &[&str],
    ) -> Option<(usize, &'static str)> {
        let last = words.last()?;
        self.candidates(&self.by_last, cue, last).find_map(|f| {
            let start = words.len().checked_sub(f.words.len())?;
            f.fits(&words[start..], langs)
                .then_some((f.words.len(), f.value))
        })
    }

    /// True when the lower-cased `word` is a cue of kind `cue`, whole or (for nouns of
    /// speakers) as the last part of a compound ("Nato-Beamter", "Regierungssprecher").
    pub fn is(&self, cue: Cue, word: &str, langs: &[&str]) -> bool {
        if self.match_at(cue, &[word], langs).is_some() {
            return true;
        }
        cue == Cue::Role
            && word.char_indices().skip(1).any(|(i, _)| {
                let tail = word[i..].trim_start_matches(['-', '\u{2010}']);
                tail.chars().count() >= MIN_COMPOUND_TAIL
                    && self
                        .candidates(&self.by_first, cue, tail)
                        .any(|f| f.words.len() == 1 && f.fits(&[tail], langs))
            })
    }
}

/// The shortest noun of speakers read as the end of a compound ("-beamter", "-sprecher").
const MIN_COMPOUND_TAIL: usize = 5;

/// The cue lexicons.
pub fn cues() -> &'static Cues {
    static CUES: LazyLock<Cues> = LazyLock::new(Cues::load);
    &CUES
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, tokens: &[Token]) -> Vec<&'a str> {
        tokens.iter().map(|t| &text[t.span.range()]).collect()
    }

    #[test]
    fn tokens_split_words_numbers_and_marks() {
        let text = "am 4. Januar, «Nato-Beamter» 14april dall’aprile";
        let tokens = tokenize(text, 0);
        assert_eq!(
            texts(text, &tokens),
            [
                "am",
                "4",
                ".",
                "Januar",
                ",",
                "«",
                "Nato-Beamter",
                "»",
                "14",
                "april",
                "dall",
                "’",
                "aprile"
            ]
        );
        assert!(tokens[2].glued && !tokens[3].glued && tokens[9].glued);
    }

    #[test]
    fn token_spans_are_offset_by_the_base() {
        let tokens = tokenize("Τρίτη 4", 10);
        assert_eq!(tokens[0].span, Span::new(10, 20));
        assert_eq!(tokens[1].span, Span::new(21, 22));
    }

    #[test]
    fn months_resolve_in_the_line_language_first() {
        let cal = calendar();
        let word = |w: &str, langs: &[&str]| cal.lookup(w, langs, false).map(|(w, _)| w);
        assert_eq!(word("listopada", &["pol"]), Some(CalendarWord::Month(11)));
        assert_eq!(word("listopada", &["hrv"]), Some(CalendarWord::Month(10)));
        // Unknown language: the languages disagree, so the word is not read as a month.
        assert_eq!(word("listopada", &[]), None);
        assert_eq!(word("ιανουαρίου", &[]), Some(CalendarWord::Month(1)));
        assert_eq!(word("τρίτη", &["ell"]), Some(CalendarWord::Weekday(2)));
        assert!(cal.capitalises_weekdays("ell") && !cal.capitalises_weekdays("pol"));
    }

    #[test]
    fn abbreviations_count_only_in_the_line_language() {
        let cal = calendar();
        let word = |w: &str, langs: &[&str], abbr| cal.lookup(w, langs, abbr).map(|(w, _)| w);
        assert_eq!(word("sie", &["pol"], true), Some(CalendarWord::Month(8)));
        assert_eq!(word("sie", &["deu"], true), None);
        assert_eq!(word("sie", &["pol"], false), None);
        // Prefixes of one month's name: "sierp." is August, "jui" is June or July.
        assert_eq!(word("sierp", &["pol"], true), Some(CalendarWord::Month(8)));
        assert_eq!(word("sept", &["eng"], true), Some(CalendarWord::Month(9)));
        assert_eq!(word("jui", &["fra"], true), None);
        assert_eq!(word("sierp", &["pol"], false), None);
    }

    #[test]
    fn case_forms_beyond_cldr_are_months() {
        let cal = calendar();
        for (form, lang, month) in [
            ("styczniu", "pol", 1),
            ("οκτώβριο", "ell", 10),
            ("январе", "rus", 1),
        ] {
            assert_eq!(
                cal.lookup(form, &[lang], false),
                Some((CalendarWord::Month(month), lang))
            );
        }
    }

    #[test]
    fn numeric_field_order_comes_from_cldr() {
        assert_eq!(calendar().numeric(&["eng"]), Some((FieldOrder::Mdy, '/')));
        assert_eq!(calendar().numeric(&["deu"]), Some((FieldOrder::Dmy, '.')));
    }

    #[test]
    fn scale_words_prefer_the_line_language() {
        let n = numbers();
        assert_eq!(n.scale(&["millones", "de"], &["spa"]), Some((1e6, 1)));
        assert_eq!(n.scale(&["mil", "millones"], &["spa"]), Some((1e9, 2)));
        assert_eq!(n.scale(&["billion"], &["eng"]), Some((1e9, 1)));
        assert_eq!(n.scale(&["billion"], &["deu"]), Some((1e12, 1)));
        assert_eq!(n.decimal_separator(&["deu"]), Some(','));
        assert_eq!(n.decimal_separator(&["eng"]), Some('.'));
    }

    #[test]
    fn cues_match_words_stems_and_phrases() {
        let c = cues();
        assert_eq!(
            c.match_at(Cue::Say, &["powiedziała"], &["pol"]),
            Some((1, "powiedzia"))
        );
        assert!(
            c.match_at(Cue::Say, &["powiedziałabym", "x"], &["pol"])
                .is_none()
        );
        assert_eq!(
            c.match_at(Cue::According, &["according", "to", "an"], &["eng"])
                .map(|m| m.0),
            Some(2)
        );
        assert_eq!(
            c.match_at(Cue::Currency, &["dólares"], &["spa"]),
            Some((1, "USD"))
        );
        assert_eq!(
            c.match_ending(Cue::MonthBefore, &["legte", "mitte"], &["deu"])
                .map(|m| m.0),
            Some(1)
        );
    }

    #[test]
    fn role_nouns_match_as_compound_tails() {
        let c = cues();
        assert!(c.is(Cue::Role, "nato-beamter", &["deu"]));
        assert!(c.is(Cue::Role, "regierungssprecher", &["deu"]));
        assert!(c.is(Cue::Role, "αξιωματούχος", &["ell"]));
        assert!(c.is(Cue::Role, "urzędnik", &["pol"]));
        assert!(!c.is(Cue::Role, "russland", &["deu"]));
    }
}
