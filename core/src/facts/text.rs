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
use std::hash::{BuildHasherDefault, Hasher};
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

/// Words after a number that make it a time of day ("10.30 Uhr", "16:08 UTC").
pub const TIME_WORDS: &[&str] = &[
    "uhr", "h", "godz", "godzina", "godzinie", "ώρα", "ч", "óra", "klo", "utc", "gmt", "cet",
    "cest",
];

/// The sentences of one line (`span` of `text`), in order. A sentence ends after ".", "!",
/// "?" or "…" (and the closing quotes and brackets after them) where white space and a capital
/// letter, a digit or an opening quote follow; not after a day number ("am 4. Januar"), an
/// initial ("J. Smith") or a short lower-case abbreviation before a number ("ca. 30").
pub fn sentences(text: &str, span: Span) -> Vec<Span> {
    let line = &text[span.range()];
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, n)) = chars.peek() {
            if !matches!(
                n,
                '.' | '!' | '?' | '…' | '"' | '\'' | '”' | '’' | '»' | '«' | ')' | ']'
            ) {
                break;
            }
            end = j + n.len_utf8();
            chars.next();
        }
        let rest = &line[end..];
        let next = rest.trim_start();
        let spaced = next.len() < rest.len();
        let opens = next.chars().next().is_some_and(|n| {
            n.is_uppercase()
                || n.is_ascii_digit()
                || matches!(n, '"' | '„' | '“' | '«' | '(' | '‘' | '»')
        });
        let word_before = line[start..i]
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or_default();
        let before_digit = next.chars().next().is_some_and(|n| n.is_ascii_digit());
        let abbreviation = c == '.'
            && (word_before.chars().count() == 1
                || (!word_before.is_empty()
                    && word_before.len() <= 2
                    && word_before.chars().all(|d| d.is_ascii_digit()))
                || (before_digit
                    && word_before.chars().next().is_some_and(char::is_lowercase)
                    && word_before.chars().count() <= 3));
        if spaced && opens && !abbreviation {
            push_trimmed(&mut sentences, line, span.start, start, end);
            start = end + (rest.len() - next.len());
        }
    }
    push_trimmed(&mut sentences, line, span.start, start, line.len());
    sentences
}

/// Adds `line[from..to]` without its surrounding white space, if anything is left.
fn push_trimmed(out: &mut Vec<Span>, line: &str, base: usize, from: usize, to: usize) {
    let piece = &line[from..to];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(Span::new(
            base + from + lead,
            base + from + lead + trimmed.len(),
        ));
    }
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

/// FNV-1a, the hasher of the lexicon tables: they are read-only and keyed by short words,
/// where SipHash's guard against chosen keys buys nothing and costs most of a look-up.
#[derive(Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash map of a lexicon table.
pub type Map<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

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
    words: Map<&'static str, Vec<CalendarEntry>>,
    /// Full month names by language, for abbreviations CLDR does not list ("Sierp.", "Sept").
    months: Map<&'static str, Vec<(&'static str, u8)>>,
    numeric: Map<&'static str, (FieldOrder, char)>,
    capitalised_weekdays: Vec<&'static str>,
}

/// The shortest abbreviation read as a month by its prefix.
const MIN_ABBREVIATION: usize = 3;

impl Calendar {
    fn load() -> Self {
        let mut words: Map<&'static str, Vec<CalendarEntry>> = Map::default();
        let mut months: Map<&'static str, Vec<(&'static str, u8)>> = Map::default();
        let mut numeric = Map::default();
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

    /// Every month and weekday name and abbreviation, of every language, and the prefixes of
    /// month names that [`Calendar::lookup`] reads as abbreviations ("sierp").
    pub fn words(&self) -> impl Iterator<Item = &'static str> + '_ {
        let prefixes = self.months.values().flatten().flat_map(|&(form, _)| {
            form.char_indices()
                .skip(MIN_ABBREVIATION)
                .map(move |(i, _)| &form[..i])
        });
        self.words.keys().copied().chain(prefixes)
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

/// Decimal marks, scale words ("Mio.", "milioni") and number words ("two",
/// "dwóch", "third") of every language.
pub struct Numbers {
    decimal_marks: Map<&'static str, char>,
    scales: Vec<(&'static str, Vec<&'static str>, f64)>,
    /// Number words by their first word: language, words, value, ordinal.
    words: Map<&'static str, Vec<NumberWord>>,
}

/// A spelled-out number ("twenty-one", "vinte e um", "trzeciego").
#[derive(Clone, Debug)]
struct NumberWord {
    lang: &'static str,
    words: Vec<&'static str>,
    value: u32,
    ordinal: bool,
}

impl Numbers {
    fn load() -> Self {
        let mut decimal_marks = Map::default();
        let mut scales = Vec::new();
        let mut words: Map<&'static str, Vec<NumberWord>> = Map::default();
        for row in rows(tables::NUMBERS) {
            match row.as_slice() {
                // The grouping mark is not needed: any of . , ' and space groups digits.
                [lang, "symbols", decimal, _group] => {
                    if let Some(mark) = decimal.chars().next() {
                        decimal_marks.insert(*lang, mark);
                    }
                }
                [lang, "scale", multiplier, forms] => {
                    if let Ok(m) = multiplier.parse::<f64>() {
                        scales.push((*lang, forms.split(" | ").collect(), m));
                    }
                }
                [lang, kind @ ("cardinal" | "ordinal"), value, forms] => {
                    let Ok(value) = value.parse::<u32>() else {
                        continue;
                    };
                    for form in forms.split(" | ") {
                        let parts: Vec<&'static str> = form.split(' ').collect();
                        let entry = NumberWord {
                            lang,
                            words: parts.clone(),
                            value,
                            ordinal: *kind == "ordinal",
                        };
                        words.entry(parts[0]).or_default().push(entry);
                    }
                }
                _ => {}
            }
        }
        for entries in words.values_mut() {
            entries.sort_by_key(|w| std::cmp::Reverse(w.words.len()));
        }
        Numbers {
            decimal_marks,
            scales,
            words,
        }
    }

    /// The first word of every spelled-out number, of every language.
    pub fn first_words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.words.keys().copied()
    }

    /// The number spelled out at the start of `words` (lower-cased) in one of `langs`: its
    /// value, how many words it takes, and whether it is an ordinal ("third" → 3). The
    /// longest spelling wins ("vinte e um" over "vinte").
    pub fn word_at(&self, words: &[&str], langs: &[&str]) -> Option<(u32, usize, bool)> {
        let first = words.first()?;
        let entries = self.words.get(first)?;
        let fits = |w: &&NumberWord| {
            w.words.len() <= words.len() && w.words.iter().zip(words).all(|(a, b)| a == b)
        };
        // The line's own languages first: "un" is one in French, nothing in Polish.
        let own = langs
            .iter()
            .find_map(|l| entries.iter().filter(fits).find(|w| w.lang == *l));
        let chosen = own.or_else(|| {
            if !langs.is_empty() {
                return None;
            }
            entries.iter().find(fits)
        })?;
        Some((chosen.value, chosen.words.len(), chosen.ordinal))
    }

    /// The decimal separator of the first of `langs` that CLDR knows.
    pub fn decimal_separator(&self, langs: &[&str]) -> Option<char> {
        langs
            .iter()
            .find_map(|l| self.decimal_marks.get(l).copied())
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
    /// Credit labels ("Source:").
    Credit,
    /// "News agency".
    Agency,
    /// Editorial labels ("BREAKING").
    Label,
    /// Evidence of the past tense.
    Past,
    /// Evidence of the future.
    Future,
    /// Words that move a period or name by whole units ("last" −1, "this" 0, "next" +1).
    Shift,
    /// Words after a span of time that count it from the story's day ("later" +1).
    Later,
    /// Indefinite articles that count one ("a week ago").
    Article,
    /// Words before a noun ("la mañana" is "the morning").
    Determiner,
    /// Words after which a past ending is a participle ("to be completed").
    Passive,
    /// Words that join two dates of a list or range ("April and June").
    Conjunction,
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
            "credit" => Cue::Credit,
            "agency" => Cue::Agency,
            "label" => Cue::Label,
            "past" => Cue::Past,
            "future" => Cue::Future,
            "shift" => Cue::Shift,
            "later" => Cue::Later,
            "article" => Cue::Article,
            "determiner" => Cue::Determiner,
            "passive" => Cue::Passive,
            "conjunction" => Cue::Conjunction,
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
    by_first: Map<(Cue, &'static str), Vec<usize>>,
    by_last: Map<(Cue, &'static str), Vec<usize>>,
    stems: Map<Cue, Vec<usize>>,
    /// Word endings ("-ed"), by kind: language and ending.
    endings: Map<Cue, Vec<(&'static str, &'static str)>>,
}

/// How many letters a word must have before an ending ("-ed" needs "need" to be longer).
const MIN_STEM_BEFORE_ENDING: usize = 3;

/// How many letters a stem form may add ("powiedzia*" + "ł").
const STEM_SLACK: usize = 4;

/// True when `word` is `stem` plus at most `STEM_SLACK` letters.
pub fn matches_stem(word: &str, stem: &str) -> bool {
    word.strip_prefix(stem)
        .is_some_and(|rest| rest.chars().count() <= STEM_SLACK)
}

impl Cues {
    fn load() -> Self {
        let mut forms: Vec<(Cue, CueForm)> = Vec::new();
        let mut endings: Map<Cue, Vec<(&'static str, &'static str)>> = Map::default();
        for row in rows(tables::CUES) {
            let [kind, lang, list] = row.as_slice() else {
                continue;
            };
            let Some(cue) = Cue::parse(kind) else {
                continue;
            };
            for item in list.split(" | ") {
                if let Some(ending) = item.strip_prefix('-').filter(|e| !e.is_empty()) {
                    endings.entry(cue).or_default().push((lang, ending.trim()));
                    continue;
                }
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
        let mut by_first: Map<(Cue, &'static str), Vec<usize>> = Map::default();
        let mut by_last: Map<(Cue, &'static str), Vec<usize>> = Map::default();
        let mut stems: Map<Cue, Vec<usize>> = Map::default();
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
            endings,
        }
    }

    /// The first word of every form of kind `cue`, of every language (stems left out).
    pub fn first_words(&self, cue: Cue) -> impl Iterator<Item = &'static str> + '_ {
        self.by_first
            .keys()
            .filter(move |(c, _)| *c == cue)
            .map(|&(_, w)| w)
    }

    /// True when the lower-cased `word` ends like a cue of kind `cue` in one of `langs`
    /// ("announced" for the English past "-ed"), with at least three letters before the ending.
    pub fn has_ending(&self, cue: Cue, word: &str, langs: &[&str]) -> bool {
        self.endings.get(&cue).is_some_and(|endings| {
            endings.iter().any(|&(lang, ending)| {
                preferred(lang, langs)
                    && word.strip_suffix(ending).is_some_and(|stem| {
                        stem.chars().count() >= MIN_STEM_BEFORE_ENDING
                            && stem.chars().all(char::is_alphabetic)
                    })
            })
        })
    }

    /// The forms of kind `cue` that may match `word` first (or last), longest first.
    fn candidates<'s>(
        &'s self,
        index: &'s Map<(Cue, &'static str), Vec<usize>>,
        cue: Cue,
        word: &'s str,
    ) -> impl Iterator<Item = &'s CueForm> + 's {
        let own = index.get(&(cue, word)).map_or(&[][..], Vec::as_slice);
        let stems = self.stems.get(&cue).map_or(&[][..], Vec::as_slice);
        // Both lists are ascending (longest forms first): merge them in that order.
        let (mut a, mut b) = (0, 0);
        std::iter::from_fn(move || {
            let next = match (own.get(a), stems.get(b)) {
                (Some(&x), Some(&y)) if x == y => {
                    a += 1;
                    b += 1;
                    x
                }
                (Some(&x), Some(&y)) if x < y => {
                    a += 1;
                    x
                }
                (_, Some(&y)) => {
                    b += 1;
                    y
                }
                (Some(&x), None) => {
                    a += 1;
                    x
                }
                (None, None) => return None,
            };
            Some(&self.forms[next])
        })
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
    fn sentences_end_at_marks_before_capitals() {
        let text = "Er sagte am 4. Januar: «Nein.» Dann ging er. J. Smith kam ca. 30 Min. später! 2022 war gut";
        let spans = sentences(text, Span::new(0, text.len()));
        let got: Vec<&str> = spans.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(
            got,
            [
                "Er sagte am 4. Januar: «Nein.»",
                "Dann ging er.",
                "J. Smith kam ca. 30 Min. später!",
                "2022 war gut"
            ]
        );
        let greek = "Είπε ότι «όχι». Η Τρίτη";
        assert_eq!(sentences(greek, Span::new(0, greek.len())).len(), 2);
        assert!(sentences("   ", Span::new(0, 3)).is_empty());
        assert_eq!(sentences("x.", Span::new(0, 2)), [Span::new(0, 2)]);
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
