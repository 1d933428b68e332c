//! Quotations and who said them.
//!
//! Takes the passages and the entities, and returns every quotation (the words between the
//! marks) with its speaker: the canonical name of a person the entities stage found, a name
//! written in the text, or the description of an unnamed speaker ("NATO official",
//! "αξιωματούχος του ΝΑΤΟ").
//!
//! Quotation marks of every European convention are paired: « », » «, “ ”, „ “, „ ”, ‚ ‘,
//! ‘ ’, " ", ” ”, and the dash that opens a quoted statement at the start of a paragraph in
//! Polish, Russian and other news ("– Każdy dialog z Rosją ... – powiedział urzędnik"). A
//! quotation may run over several lines: the next paragraph either repeats the opening mark
//! (the convention for quotes of several paragraphs) or holds the closing one. A quotation
//! never closed ends with its paragraph, or where scraping glued the next sentence to it
//! ("…mit RusslandDieser NATO-Beamte…").
//!
//! The speaker is found as a reader finds it, in this order: a verb of saying (or "that")
//! right before the quote names its subject before it ("Borrell believes “…”", "πιστεύει ότι
//! «…»"); a verb of saying or "according to" right after it names the speaker around it
//! ("«…», ha detto il segretario generale Jens Stoltenberg", "“…,” the NATO official said",
//! "– …– powiedział urzędnik Sojuszu"); a verb of saying elsewhere in the sentence; and when
//! the verb has no subject ("«…», ha detto.") or a pronoun ("he said"), the person of the
//! sentence before. Within a stretch of text a person the entities stage found comes first,
//! then a capitalised name, then a noun of speakers (from the cue lexicon) with the words
//! that qualify it ("NATO official", "urzędnik Sojuszu"). A quote with no attribution of its
//! own right after another one continues that speaker.

use super::text::{self, Cue, Token, TokenKind};
use super::{Passage, Quote};
use crate::document::{Document, Span};
use crate::entities::{Entity, EntityType};
use std::collections::HashSet;

/// Opening marks and the marks that close them.
const PAIRS: &[(char, &[char])] = &[
    ('«', &['»']),
    ('»', &['«']),
    ('“', &['”', '“']),
    ('„', &['“', '”']),
    ('‚', &['‘', '’']),
    ('‘', &['’']),
    ('"', &['"']),
    ('”', &['”']),
];

/// Closing marks accepted when a quotation's own closing mark never comes (scraped text
/// mixes styles: «…”).
const ANY_CLOSING: &[char] = &['»', '”', '“', '"'];

/// Dashes that open a quoted statement at the start of a paragraph.
const DASHES: &[char] = &['–', '—', '―', '-'];

/// How many following paragraphs a quotation may run into.
const CONTINUATION_LINES: usize = 4;

/// A quotation found in the text: the words inside the marks and where its marks are.
#[derive(Clone, Copy, Debug)]
struct Found {
    /// The quoted words.
    inner: Span,
    /// The opening mark.
    open: Span,
    /// Where the attribution after the quotation can start (after the closing mark).
    after: usize,
    /// Index of the passage where it closes.
    last: usize,
    /// The quotation closed with a dash before its attribution.
    dash: bool,
}

/// Finds the quotations of the passages and their speakers.
pub fn find(doc: &Document, passages: &[Passage], entities: &[Entity]) -> Vec<Quote> {
    let passages = with_article_languages(passages);
    let passages = passages.as_slice();
    let found = find_marks(doc, passages);
    let inner: Vec<Span> = found.iter().map(|f| f.inner).collect();
    let sentences: Vec<Span> = passages
        .iter()
        .flat_map(|p| sentences(doc.text(), p.span, &inner))
        .collect();
    let ctx = Context::new(doc, passages, entities, inner, sentences);
    let mut quotes: Vec<Quote> = Vec::with_capacity(found.len());
    let mut previous: Option<(usize, Option<String>)> = None;
    for f in &found {
        let speaker = ctx.speaker(f).or_else(|| {
            // No attribution of its own: it continues the quotation just before it.
            previous
                .as_ref()
                .filter(|(end, _)| ctx.adjacent(*end, f.open.start))
                .and_then(|(_, s)| s.clone())
        });
        previous = Some((f.inner.end, speaker.clone()));
        quotes.push(Quote {
            span: f.inner,
            speaker,
        });
    }
    quotes
}

/// The passages with every language of the article after their own: cue words are read in
/// all of them, since a line too short for its language to be told ("“…”, the spokesperson
/// said.") is often in the other language of a mixed article.
fn with_article_languages(passages: &[Passage]) -> Vec<Passage> {
    let mut all: Vec<&'static str> = Vec::new();
    for lang in passages.iter().flat_map(|p| p.langs.iter().copied()) {
        if !all.contains(&lang) {
            all.push(lang);
        }
    }
    passages
        .iter()
        .map(|p| {
            let mut langs = p.langs.clone();
            langs.extend(all.iter().filter(|l| !p.langs.contains(l)));
            Passage { langs, ..p.clone() }
        })
        .collect()
}

/// Finds every quotation in the passages.
fn find_marks(doc: &Document, passages: &[Passage]) -> Vec<Found> {
    let text = doc.text();
    let mut found: Vec<Found> = Vec::new();
    // The end of a quotation that ran over into the following lines.
    let mut covered: usize = 0;
    for (index, passage) in passages.iter().enumerate() {
        let line = doc.slice(passage.span);
        let base = passage.span.start;
        let mut from = covered.saturating_sub(base).min(line.len());
        if from > 0 {
            // Resume on a character boundary after the quotation's closing mark.
            while !line.is_char_boundary(from) {
                from += 1;
            }
        } else if let Some(dash) = dash_quotes(text, passage, index, &found) {
            from = dash.iter().map(|d| d.after - base).max().unwrap_or(0);
            found.extend(dash);
        }
        while let Some((offset, open)) = line[from..]
            .char_indices()
            .find(|&(o, c)| is_opening(line, from + o, c))
        {
            let open_at = from + offset;
            let inner_start = open_at + open.len_utf8();
            let Some(f) = close(
                text,
                passages,
                index,
                base + open_at,
                base + inner_start,
                open,
            ) else {
                from = inner_start;
                continue;
            };
            let resume = if f.last == index {
                f.after - base
            } else {
                covered = f.after;
                line.len()
            };
            // Quotations are found in order: only the last one can overlap.
            if word_count(&text[f.inner.range()]) >= 2
                && found.last().is_none_or(|g| !g.inner.overlaps(f.inner))
            {
                found.push(f);
            }
            from = resume.max(inner_start);
        }
    }
    found.sort_by_key(|f| f.open.start);
    found
}

/// Words of a quotation: a single quoted word is a term or a name, not a statement.
fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// True when `c` at byte `at` of `line` opens a quotation. Guillemets and low marks always
/// do; marks that also close or serve as apostrophes do only at the start of a word.
fn is_opening(line: &str, at: usize, c: char) -> bool {
    if !PAIRS.iter().any(|(o, _)| *o == c) {
        return false;
    }
    let before = line[..at].chars().next_back();
    let after = line[at + c.len_utf8()..].chars().next();
    match c {
        // French sets guillemets off with a space: « Nous sommes prêts ».
        '«' => after.is_some(),
        '„' => after.is_some_and(|a| !a.is_whitespace()),
        _ => {
            before.is_none_or(|b| b.is_whitespace() || "([{—–-:/".contains(b))
                && after.is_some_and(|a| a.is_alphanumeric() || "….'‘\"".contains(a))
        }
    }
}

/// True when `c` at byte `at` of `text` can close a quotation (not an apostrophe inside a
/// word: "Russia’s").
fn is_closing(text: &str, at: usize, c: char) -> bool {
    let after = text[at + c.len_utf8()..].chars().next();
    let before = text[..at].chars().next_back();
    match c {
        '’' | '‘' | '"' => {
            after.is_none_or(|a| !a.is_alphanumeric()) && before.is_some_and(|b| !b.is_whitespace())
        }
        _ => true,
    }
}

/// Finds where the quotation opened at `open_at` closes: on its line, on a following line
/// (which may repeat the opening mark), or — never closed — at the end of its line or at a
/// glued sentence boundary.
fn close(
    text: &str,
    passages: &[Passage],
    index: usize,
    open_at: usize,
    inner_start: usize,
    open: char,
) -> Option<Found> {
    let closers = PAIRS
        .iter()
        .find(|(o, _)| *o == open)
        .map_or(&[][..], |(_, c)| c);
    let search = |from: usize, to: usize, marks: &[char]| {
        text[from..to]
            .char_indices()
            .find(|&(o, c)| marks.contains(&c) && is_closing(text, from + o, c))
            .map(|(o, c)| (from + o, c))
    };
    let line_end = passages[index].span.end;
    let found = |last: usize, close_at: usize, mark: char| {
        let inner = trim(text, Span::new(inner_start, close_at));
        (!inner.is_empty()).then_some(Found {
            inner,
            open: Span::new(open_at, inner_start),
            after: close_at + mark.len_utf8(),
            last,
            dash: false,
        })
    };
    if let Some((at, mark)) = search(inner_start, line_end, closers) {
        return found(index, at, mark);
    }
    // The following paragraphs: a repeated opening mark continues the quotation; a closing
    // mark before any opening one ends it.
    let following = passages
        .iter()
        .enumerate()
        .skip(index + 1)
        .take(CONTINUATION_LINES);
    for (next, passage) in following {
        let span = passage.span;
        let line = &text[span.range()];
        let continues = line.starts_with(open);
        let from = if continues {
            span.start + open.len_utf8()
        } else {
            span.start
        };
        let first_open = line
            .char_indices()
            .find(|&(o, c)| o > 0 && is_opening(line, o, c))
            .map_or(span.end, |(o, _)| span.start + o);
        match search(from, first_open, closers) {
            Some((at, mark)) => return found(next, at, mark),
            None if continues => continue,
            None => break,
        }
    }
    if let Some((at, mark)) = search(inner_start, line_end, ANY_CLOSING) {
        return found(index, at, mark);
    }
    let end = glued_boundary(text, inner_start, line_end).unwrap_or(line_end);
    let inner = trim(text, Span::new(inner_start, end));
    (!inner.is_empty()).then_some(Found {
        inner,
        open: Span::new(open_at, inner_start),
        after: end,
        last: index,
        dash: false,
    })
}

/// The first place in `text[from..to]` where a lower-case letter is followed at once by a
/// capitalised word: two sentences that scraping glued together ("RusslandDieser").
fn glued_boundary(text: &str, from: usize, to: usize) -> Option<usize> {
    let mut chars = text[from..to].char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        let &(at, next) = chars.peek()?;
        let third = text[from + at + next.len_utf8()..to].chars().next();
        if c.is_lowercase() && next.is_uppercase() && third.is_some_and(char::is_lowercase) {
            return Some(from + at);
        }
    }
    None
}

/// The span without surrounding white space and punctuation that belongs outside the marks.
fn trim(text: &str, span: Span) -> Span {
    let s = &text[span.range()];
    let start = span.start + (s.len() - s.trim_start().len());
    let trimmed = s.trim();
    Span::new(start, start + trimmed.len())
}

/// Dash quotations of a paragraph that opens with a dash: each runs to the next spaced dash
/// that is followed by a verb of saying, or to the end of the paragraph when the paragraph
/// before was a dash quotation too (a statement in several paragraphs).
fn dash_quotes(text: &str, passage: &Passage, index: usize, found: &[Found]) -> Option<Vec<Found>> {
    let line = &text[passage.span.range()];
    let base = passage.span.start;
    let first = line.chars().next()?;
    if !DASHES.contains(&first) || !line[first.len_utf8()..].starts_with(' ') {
        return None;
    }
    let continued = found.last().is_some_and(|f| f.dash && f.last + 1 == index);
    let mut quotes = Vec::new();
    let mut open = Span::new(base, base + first.len_utf8());
    let mut start = first.len_utf8();
    loop {
        let rest = &line[start..];
        // The attribution dash: " – " followed by a verb of saying within three words.
        let attribution = rest
            .match_indices(|c: char| DASHES.contains(&c))
            .find(|&(o, d)| {
                rest[..o].ends_with(' ')
                    && rest[o + d.len()..].starts_with(' ')
                    && says(&rest[o + d.len()..], &passage.langs)
            });
        let (end, after) = match attribution {
            Some((o, d)) => (start + o, start + o + d.len()),
            None if continued || !quotes.is_empty() => (line.len(), line.len()),
            None => break,
        };
        let inner = trim(text, Span::new(base + start, base + end));
        if !inner.is_empty() {
            quotes.push(Found {
                inner,
                open,
                after: base + after,
                last: index,
                dash: true,
            });
        }
        // After the attribution's sentence, ". – " opens the next part of the statement.
        let resume = line[after..]
            .find(". ")
            .map(|o| after + o + 2)
            .filter(|&r| {
                let mut chars = line[r..].chars();
                chars.next().is_some_and(|c| DASHES.contains(&c)) && chars.next() == Some(' ')
            });
        match resume {
            Some(r) if attribution.is_some() => {
                let dash = line[r..].chars().next().map_or(1, char::len_utf8);
                open = Span::new(base + r, base + r + dash);
                start = r + dash;
            }
            _ => break,
        }
    }
    (!quotes.is_empty()).then_some(quotes)
}

/// True when a verb of saying comes within the first three words of `s`.
fn says(s: &str, langs: &[&str]) -> bool {
    let words: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .take(3)
        .map(str::to_lowercase)
        .collect();
    let cues = text::cues();
    (0..words.len()).any(|i| {
        let rest: Vec<&str> = words[i..].iter().map(String::as_str).collect();
        cues.match_at(Cue::Say, &rest, langs).is_some()
    })
}

/// The span of `sorted` (ordered, not overlapping) that holds byte `at`.
fn span_at(sorted: &[Span], at: usize) -> Option<usize> {
    let i = sorted.partition_point(|s| s.end < at);
    sorted.get(i).filter(|s| s.start <= at).map(|_| i)
}

/// Sentences of a passage: split after `.`, `!`, `?` or `…` before a capital, a digit, a
/// dash or a quotation mark, never inside a quotation (`quotes`, in order) or after an
/// initial ("Wendy R.").
fn sentences(text: &str, span: Span, quotes: &[Span]) -> Vec<Span> {
    let line = &text[span.range()];
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        let mut j = k + 1;
        while chars.get(j).is_some_and(|&(_, c)| "»”“\"')’".contains(c)) {
            j += 1;
        }
        let spaced = chars.get(j).is_some_and(|&(_, c)| c.is_whitespace());
        let next = chars.get(j + 1).map(|&(_, c)| c);
        let opens =
            next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || "«„“\"–—".contains(n));
        let initial = c == '.'
            && k >= 1
            && chars[k - 1].1.is_uppercase()
            && (k < 2 || !chars[k - 2].1.is_alphanumeric());
        // A full stop inside a quotation ends no sentence, unless it ends the quotation too.
        let pos = span.start + at;
        let inside = span_at(quotes, pos)
            .is_some_and(|q| quotes[q].start < pos && pos + c.len_utf8() < quotes[q].end);
        if spaced && opens && !initial && !inside {
            let end = chars.get(j).map_or(line.len(), |&(o, _)| o);
            out.push(Span::new(span.start + start, span.start + end));
            start = end;
        }
    }
    out.push(Span::new(span.start + start, span.end));
    out.into_iter()
        .map(|s| trim(text, s))
        .filter(|s| !s.is_empty())
        .collect()
}

/// What speaker resolution reads: the text, its entities and the quotations.
struct Context<'a> {
    doc: &'a Document,
    passages: &'a [Passage],
    people: Vec<(Span, &'a str)>,
    others: Vec<Span>,
    /// The quotations' words, in order.
    quotes: Vec<Span>,
    /// Every sentence of the passages, in order.
    sentences: Vec<Span>,
    /// Words written capitalised inside a sentence somewhere in the article: names, which a
    /// capital at the start of a sentence alone does not show.
    capitalised: HashSet<String>,
    /// Words written in lower case somewhere in the article: not names ("il", "the").
    lowercase: HashSet<String>,
}

/// How far before and after a quotation its attribution is looked for: a bound on the work
/// for one quotation in a paragraph of megabytes.
const WINDOW: usize = 600;

/// A token of a stretch of text, with its lower-cased form.
struct Word<'t> {
    token: Token,
    lower: String,
    written: &'t str,
}

/// A speaker found in a stretch of text, by how sure the finding is.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Candidate {
    /// A person of the entities stage.
    Person(String),
    /// A capitalised name in the text.
    Name(String),
    /// A noun of speakers and its qualifiers ("NATO official").
    Description(String),
}

impl Candidate {
    /// The speaker as the report shows it.
    fn into_name(self) -> String {
        match self {
            Candidate::Person(s) | Candidate::Name(s) | Candidate::Description(s) => s,
        }
    }
}

/// What a stretch of text says about a speaker.
enum Finding {
    /// The speaker, named or described.
    Speaker(String),
    /// A verb of saying without a subject, or with a pronoun: the previous sentence's person.
    Previous,
    /// No attribution here: look further.
    Nothing,
}

impl<'a> Context<'a> {
    fn new(
        doc: &'a Document,
        passages: &'a [Passage],
        entities: &'a [Entity],
        quotes: Vec<Span>,
        sentences: Vec<Span>,
    ) -> Self {
        let mut people = Vec::new();
        let mut others = Vec::new();
        for e in entities {
            for &m in &e.mentions {
                if e.kind == EntityType::Per {
                    people.push((m, e.name.as_str()));
                } else {
                    others.push(m);
                }
            }
        }
        let mut capitalised = HashSet::new();
        let mut lowercase = HashSet::new();
        for p in passages {
            for t in text::tokenize(doc.slice(p.span), p.span.start) {
                let written = doc.slice(t.span);
                if t.kind != TokenKind::Word {
                    continue;
                }
                if written.chars().next().is_some_and(char::is_lowercase) {
                    lowercase.insert(written.to_owned());
                } else if is_capitalised(written)
                    && !starts_sentence(doc.text(), p.span.start, t.span.start)
                {
                    capitalised.insert(written.to_lowercase());
                }
            }
        }
        Context {
            doc,
            passages,
            people,
            others,
            quotes,
            sentences,
            capitalised,
            lowercase,
        }
    }

    /// True when byte `start` is in the sentence where byte `end` is, or in the next one.
    fn adjacent(&self, end: usize, start: usize) -> bool {
        match (
            span_at(&self.sentences, end),
            span_at(&self.sentences, start),
        ) {
            (Some(a), Some(b)) => a <= b && b - a <= 1,
            _ => false,
        }
    }

    /// The tokens of `span` outside every quotation.
    fn words(&self, span: Span) -> Vec<Word<'a>> {
        let doc: &'a Document = self.doc;
        text::tokenize(doc.slice(span), span.start)
            .into_iter()
            .filter(|t| {
                !span_at(&self.quotes, t.span.start)
                    .is_some_and(|q| self.quotes[q].contains(t.span))
            })
            .map(|token| {
                let written = doc.slice(token.span);
                Word {
                    token,
                    lower: written.to_lowercase(),
                    written,
                }
            })
            .collect()
    }

    /// The passage holding byte `offset`.
    fn passage_at(&self, offset: usize) -> Option<&'a Passage> {
        let passages: &'a [Passage] = self.passages;
        let i = passages.partition_point(|p| p.span.end < offset);
        passages.get(i).filter(|p| p.span.start <= offset)
    }

    fn langs_at(&self, offset: usize) -> &'a [&'static str] {
        self.passage_at(offset).map_or(&[], |p| p.langs.as_slice())
    }

    /// The sentence holding byte `offset`, and the one before it (across paragraphs).
    fn sentence_at(&self, offset: usize) -> (Option<Span>, Option<Span>) {
        let all = &self.sentences;
        match span_at(all, offset) {
            Some(i) => (Some(all[i]), i.checked_sub(1).map(|p| all[p])),
            None => {
                let before = all.partition_point(|s| s.end <= offset);
                (None, before.checked_sub(1).map(|p| all[p]))
            }
        }
    }

    /// `span` cut to at most [`WINDOW`] bytes on the side away from `anchor` (on character
    /// boundaries).
    fn clamp(&self, span: Span, anchor: usize) -> Span {
        let text = self.doc.text();
        let mut start = span.start.max(anchor.saturating_sub(WINDOW));
        while !text.is_char_boundary(start) {
            start += 1;
        }
        let mut end = span.end.min(anchor + WINDOW).max(start);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        Span::new(start, end.max(start))
    }

    /// The speaker of a quotation.
    fn speaker(&self, f: &Found) -> Option<String> {
        let (sentence, previous) = self.sentence_at(f.open.start);
        let sentence = self.clamp(sentence.unwrap_or(f.inner), f.open.start);
        let (closing_sentence, _) = self.sentence_at(f.after.min(self.doc.text().len()));
        let tail_end = closing_sentence.map_or(f.after, |s| s.end.max(f.after));
        let lead = self.words(Span::new(sentence.start.min(f.open.start), f.open.start));
        let tail = self.words(self.clamp(Span::new(f.after.min(tail_end), tail_end), f.after));
        let langs = self.langs_at(f.open.start);
        let from_previous = || previous.and_then(|p| self.person_of(self.clamp(p, p.end)));
        let findings = [
            self.lead_verb(&lead, langs),
            self.tail_verb(&tail, langs),
            self.any_verb(sentence, langs),
        ];
        for finding in findings {
            match finding {
                Finding::Speaker(s) => return Some(s),
                Finding::Previous => return from_previous(),
                Finding::Nothing => {}
            }
        }
        None
    }

    /// "X said (that|:) «…»": a verb of saying among the last words before the quotation.
    fn lead_verb(&self, lead: &[Word], langs: &[&str]) -> Finding {
        let cues = text::cues();
        let mut k = lead.len();
        let mut skipped = 0;
        while k > 0 && skipped < 3 {
            let w = &lead[k - 1];
            let lower = [w.lower.as_str()];
            if cues.match_at(Cue::Say, &lower, langs).is_some() {
                return match self.find_in(&lead[..k - 1], langs) {
                    Some(c) => Finding::Speaker(c.into_name()),
                    None => Finding::Nothing,
                };
            }
            let skippable = w.token.kind == TokenKind::Punct
                || cues.match_at(Cue::That, &lower, langs).is_some();
            if !skippable {
                return Finding::Nothing;
            }
            k -= 1;
            skipped += 1;
        }
        Finding::Nothing
    }

    /// "«…», ha detto X" / "“…,” X said" / "…, according to X": a verb of saying or
    /// "according to" in the rest of the sentence after the quotation.
    fn tail_verb(&self, tail: &[Word], langs: &[&str]) -> Finding {
        let cues = text::cues();
        let lower: Vec<&str> = tail.iter().map(|w| w.lower.as_str()).collect();
        for k in 0..tail.len() {
            if tail[k].token.kind != TokenKind::Word {
                if k > 0 && matches!(tail[k].written, "." | "!" | "?" | "«" | "„" | "“") {
                    break;
                }
                continue;
            }
            if let Some((n, _)) = cues.match_at(Cue::According, &lower[k..], langs) {
                return match self.find_in(&tail[k + n..], langs) {
                    Some(c) => Finding::Speaker(c.into_name()),
                    None => Finding::Nothing,
                };
            }
            if cues.match_at(Cue::Say, &lower[k..], langs).is_some() {
                return self.around_verb(&tail[..k], &tail[k + 1..], langs);
            }
        }
        Finding::Nothing
    }

    /// A verb of saying anywhere else in the sentence.
    fn any_verb(&self, sentence: Span, langs: &[&str]) -> Finding {
        let words = self.words(sentence);
        let cues = text::cues();
        let lower: Vec<&str> = words.iter().map(|w| w.lower.as_str()).collect();
        for k in 0..words.len() {
            let according = cues.match_at(Cue::According, &lower[k..], langs);
            if let Some(c) = according.and_then(|(n, _)| self.find_in(&words[k + n..], langs)) {
                return Finding::Speaker(c.into_name());
            }
            if words[k].token.kind == TokenKind::Word
                && cues.match_at(Cue::Say, &lower[k..], langs).is_some()
            {
                let start = words[..k]
                    .iter()
                    .rposition(|w| matches!(w.written, "," | ";" | ":" | "(" | "–" | "—"))
                    .map_or(0, |p| p + 1);
                return self.around_verb(&words[start..k], &words[k + 1..], langs);
            }
        }
        Finding::Nothing
    }

    /// The speaker of a verb of saying: its subject before it, else after it (inverted:
    /// "ha detto X", "said X"); a pronoun or no subject points to the sentence before.
    fn around_verb(&self, before: &[Word], after: &[Word], langs: &[&str]) -> Finding {
        if let Some(c) = self.find_in(before, langs) {
            return Finding::Speaker(c.into_name());
        }
        let cues = text::cues();
        let clause: Vec<&Word> = after
            .iter()
            .take_while(|w| !matches!(w.written, "." | "!" | "?" | ";" | "«" | "„" | "“" | "\""))
            .collect();
        let pronoun_first = |words: &[&Word]| {
            words
                .iter()
                .find(|w| w.token.kind == TokenKind::Word)
                .is_some_and(|w| {
                    cues.match_at(Cue::Pronoun, &[w.lower.as_str()], langs)
                        .is_some()
                })
        };
        let pronoun_before = before.last().is_some_and(|w| {
            cues.match_at(Cue::Pronoun, &[w.lower.as_str()], langs)
                .is_some()
        });
        if pronoun_first(&clause) || pronoun_before {
            return Finding::Previous;
        }
        // The inverted subject stands before the first comma: "ha affermato Stoltenberg,
        // aggiungendo che…".
        let upto = clause
            .iter()
            .position(|w| w.written == ",")
            .unwrap_or(clause.len());
        match self.find_in_refs(&clause[..upto], langs) {
            Some(c) => Finding::Speaker(c.into_name()),
            // No subject on either side ("«…», ha detto."): the language dropped it.
            None => Finding::Previous,
        }
    }

    /// The person of a sentence: the subject of its verb of saying, else its first person.
    fn person_of(&self, sentence: Span) -> Option<String> {
        let langs = self.langs_at(sentence.start);
        if let Finding::Speaker(s) = self.any_verb(sentence, langs) {
            return Some(s);
        }
        let words = self.words(sentence);
        self.find_in(&words, langs)
            .filter(|c| !matches!(c, Candidate::Description(_)))
            .map(Candidate::into_name)
    }

    fn find_in(&self, words: &[Word], langs: &[&str]) -> Option<Candidate> {
        let refs: Vec<&Word> = words.iter().collect();
        self.find_in_refs(&refs, langs)
    }

    /// The best speaker in a stretch: a person, else a name, else a described speaker, the
    /// first of its kind in the stretch (the subject before a verb comes first in its
    /// clause; after a verb, the nearest to it).
    fn find_in_refs(&self, words: &[&Word], langs: &[&str]) -> Option<Candidate> {
        let candidates: Vec<(Span, Candidate)> = (0..words.len())
            .filter_map(|i| self.candidate_at(words, i, langs))
            .collect();
        // A name inside a description qualifies it ("urzędnik Sojuszu"): not a speaker.
        let described = |span: Span| {
            candidates
                .iter()
                .any(|(d, c)| matches!(c, Candidate::Description(_)) && d.contains(span))
        };
        candidates
            .iter()
            .filter(|(span, c)| !(matches!(c, Candidate::Name(_)) && described(*span)))
            .min_by_key(|(_, c)| match c {
                Candidate::Person(_) => 0,
                Candidate::Name(_) => 1,
                Candidate::Description(_) => 2,
            })
            .map(|(_, c)| c.clone())
    }

    /// The speaker that the word at `i` names or describes, if any, and where it is written.
    fn candidate_at(&self, words: &[&Word], i: usize, langs: &[&str]) -> Option<(Span, Candidate)> {
        let w = words[i];
        if w.token.kind != TokenKind::Word {
            return None;
        }
        if let Some(&(m, name)) = self.people.iter().find(|(m, _)| m.overlaps(w.token.span)) {
            return Some((m, Candidate::Person(name.to_owned())));
        }
        if self.is_name(words, i, langs) {
            let mut end = i + 1;
            while end < words.len()
                && ((self.is_name(words, end, langs) && !words[end].token.glued)
                    || is_initial(words, end))
            {
                end += 1;
            }
            while end > i + 1 && !self.is_name(words, end - 1, langs) {
                end -= 1;
            }
            let span = Span::new(w.token.span.start, words[end - 1].token.span.end);
            return Some((span, Candidate::Name(self.doc.slice(span).to_owned())));
        }
        if text::cues().is(Cue::Role, &w.lower, langs) {
            let span = self.describe(words, i);
            return Some((
                span,
                Candidate::Description(self.doc.slice(span).to_owned()),
            ));
        }
        None
    }

    /// True when the word at `i` is a capitalised name (not an acronym, a month, a cue word,
    /// another kind of entity, or a capital that only starts the sentence). German writes
    /// every noun capitalised: there a name also needs the place of one ([`Self::named_in_german`]).
    fn is_name(&self, words: &[&Word], i: usize, langs: &[&str]) -> bool {
        let w = words[i];
        if w.token.kind != TokenKind::Word
            || !is_capitalised(w.written)
            || (langs.first() == Some(&"deu") && !self.named_in_german(words, i, langs))
        {
            return false;
        }
        let cues = text::cues();
        let cue_word = [
            Cue::Say,
            Cue::Role,
            Cue::Pronoun,
            Cue::According,
            Cue::That,
            Cue::YearBefore,
            Cue::MonthBefore,
        ]
        .iter()
        .any(|&c| cues.is(c, &w.lower, langs));
        let calendar_word = text::calendar().lookup(&w.lower, langs, false).is_some();
        let other_entity = self.others.iter().any(|m| m.overlaps(w.token.span));
        let agency = super::sources::agency_name(&w.lower).is_some();
        let line_start = self
            .passage_at(w.token.span.start)
            .map_or(0, |p| p.span.start);
        let initial = starts_sentence(self.doc.text(), line_start, w.token.span.start);
        let common_word = self.lowercase.contains(&w.lower);
        !(cue_word || calendar_word || other_entity || agency || common_word)
            && (!initial || self.capitalised.contains(&w.lower))
    }

    /// True when the capitalised German word at `i` stands where a name stands rather than a
    /// noun: never after an article ("der Minister"); right after a verb of saying or a noun
    /// of speakers ("sagte Scholz", "Nato-Generalsekretär Stoltenberg"), or beside another
    /// capitalised word that no article precedes ("Jens Stoltenberg").
    fn named_in_german(&self, words: &[&Word], i: usize, langs: &[&str]) -> bool {
        let cues = text::cues();
        let word = |j: usize| words.get(j).filter(|w| w.token.kind == TokenKind::Word);
        let after_article = |j: usize| {
            j > 0 && word(j - 1).is_some_and(|w| cues.is(Cue::Determiner, &w.lower, langs))
        };
        if after_article(i) {
            return false;
        }
        let cued = i > 0
            && word(i - 1).is_some_and(|w| {
                cues.is(Cue::Say, &w.lower, langs) || cues.is(Cue::Role, &w.lower, langs)
            });
        let capital = |j: usize| {
            word(j).is_some_and(|w| {
                is_capitalised(w.written)
                    && !is_acronym(w.written)
                    && !cues.is(Cue::Role, &w.lower, langs)
                    && !cues.is(Cue::Say, &w.lower, langs)
            })
        };
        let pair = (capital(i + 1) && !words[i + 1].token.glued)
            || (i > 0 && capital(i - 1) && !after_article(i - 1) && !words[i].token.glued);
        cued || pair
    }

    /// The description of a speaker around the noun at `i`: the capitalised words before it
    /// ("NATO official") and a qualifier after it ("αξιωματούχος του ΝΑΤΟ", "urzędnik
    /// Sojuszu", "official of the alliance").
    fn describe(&self, words: &[&Word], i: usize) -> Span {
        let langs = self.langs_at(words[i].token.span.start);
        let mut start = i;
        while start > 0
            && i - start < 2
            && (is_acronym(words[start - 1].written) || self.is_name(words, start - 1, langs))
        {
            start -= 1;
        }
        let mut end = i + 1;
        let capital = |k: usize| {
            words.get(k).is_some_and(|w| {
                w.token.kind == TokenKind::Word
                    && w.written.chars().next().is_some_and(char::is_uppercase)
            })
        };
        if capital(end) {
            end += 1;
        } else if words
            .get(end)
            .is_some_and(|w| QUALIFIERS.contains(&w.lower.as_str()))
        {
            let mut k = end + 1;
            if words
                .get(k)
                .is_some_and(|w| ARTICLES.contains(&w.lower.as_str()))
            {
                k += 1;
            }
            if capital(k) {
                end = k + 1;
            }
        }
        Span::new(words[start].token.span.start, words[end - 1].token.span.end)
    }
}

/// Words that attach a qualifier to a noun of speakers ("official of the alliance",
/// "αξιωματούχος του ΝΑΤΟ", "funzionario della NATO").
const QUALIFIERS: &[&str] = &[
    "of", "des", "der", "de", "du", "della", "dello", "del", "dei", "degli", "di", "do", "da",
    "dos", "das", "van", "του", "της", "των", "из", "z", "ze",
];

/// Articles between a qualifier and its noun ("official of the Alliance").
const ARTICLES: &[&str] = &[
    "the", "la", "le", "les", "il", "lo", "los", "el", "die", "den", "dem", "het", "a", "o",
];

/// True when the word at byte `at` starts a sentence (or its paragraph, which starts at
/// `line_start`): a capital there says nothing about a name. An initial ("Sergey A.
/// Ryabkov") ends no sentence.
fn starts_sentence(text: &str, line_start: usize, at: usize) -> bool {
    let before = text[line_start..at]
        .trim_end_matches(|c: char| c.is_whitespace() || "«»„“”\"'‘’(".contains(c));
    let mut chars = before.chars().rev();
    match chars.next() {
        None => true,
        Some('.') => {
            let word: String = chars.take_while(|c| c.is_alphanumeric()).collect();
            !(word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        }
        Some('!' | '?' | '…' | ':') => true,
        Some('–' | '—' | '-') => before.trim_end_matches(['–', '—', '-']).trim().is_empty(),
        Some(_) => false,
    }
}

/// An acronym: two or more letters, all capitals ("NATO", "EU", "ΝΑΤΟ").
fn is_acronym(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(char::is_uppercase)
}

fn is_capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

/// A one-letter initial with its dot ("Wendy R. Sherman").
fn is_initial(words: &[&Word], i: usize) -> bool {
    let w = words[i];
    (w.written.chars().count() == 1 && w.written.chars().all(char::is_uppercase))
        || (w.written == "." && i > 0 && words[i - 1].written.chars().count() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::LineKind;

    fn passages(doc: &Document, langs: &[&'static str]) -> Vec<Passage> {
        Passage::every_line(doc, LineKind::Body, langs)
    }

    /// A person entity with every occurrence of its surfaces in the text.
    fn person(doc: &Document, name: &str, surfaces: &[&str]) -> Entity {
        let mut mentions: Vec<Span> = surfaces
            .iter()
            .flat_map(|s| {
                doc.text()
                    .match_indices(s)
                    .map(|(i, _)| Span::new(i, i + s.len()))
                    .collect::<Vec<_>>()
            })
            .collect();
        mentions.sort();
        Entity {
            name: name.to_owned(),
            kind: EntityType::Per,
            mentions,
        }
    }

    fn quotes(
        text: &str,
        langs: &[&'static str],
        people: &[(&str, &[&str])],
    ) -> Vec<(String, Option<String>)> {
        let doc = Document::parse(text);
        let entities: Vec<Entity> = people.iter().map(|(n, s)| person(&doc, n, s)).collect();
        find(&doc, &passages(&doc, langs), &entities)
            .into_iter()
            .map(|q| (doc.slice(q.span).to_owned(), q.speaker))
            .collect()
    }

    fn speaker(text: &str, langs: &[&'static str], people: &[(&str, &[&str])]) -> Option<String> {
        let q = quotes(text, langs, people);
        assert_eq!(q.len(), 1, "{q:?}");
        q[0].1.clone()
    }

    #[test]
    fn every_mark_convention_pairs() {
        for (text, inner) in [
            ("Er sagte: „Wir sind bereit“, so.", "Wir sind bereit"),
            ("Powiedział: „Jesteśmy gotowi”.", "Jesteśmy gotowi"),
            ("Il a dit : « Nous sommes prêts ».", "Nous sommes prêts"),
            ("Er sagte: »Wir sind bereit«.", "Wir sind bereit"),
            ("He said: “We are ready.”", "We are ready."),
            ("He said: \"We are ready\".", "We are ready"),
            ("Er sagte: ‚Wir sind bereit‘.", "Wir sind bereit"),
            (
                "Russia’s envoy said ‘we are ready’ and left.",
                "we are ready",
            ),
        ] {
            let q = quotes(text, &[], &[]);
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            assert_eq!(q[0].0, inner, "{text}");
        }
    }

    #[test]
    fn single_words_and_apostrophes_are_not_quotations() {
        assert!(quotes("the “hawks” and Russia’s ‘allies’ aren’t", &["eng"], &[]).is_empty());
    }

    #[test]
    fn quotations_span_paragraphs() {
        let text = "«First paragraph of the statement.\n«Second paragraph ends here», he said.";
        let q = quotes(text, &["eng"], &[]);
        assert_eq!(q.len(), 1);
        assert!(q[0].0.starts_with("First paragraph") && q[0].0.ends_with("ends here"));
        let broken = "“The talks were long\nand hard,” Stoltenberg said.";
        assert_eq!(
            quotes(broken, &["eng"], &[])[0].0,
            "The talks were long\nand hard,"
        );
    }

    #[test]
    fn straight_quotes_continue_into_the_next_paragraph() {
        let text = "\"We will be back.\n\"Nothing is agreed,\" Stoltenberg said.";
        let q = quotes(text, &["eng"], &[]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].0.starts_with("We will") && q[0].0.ends_with("agreed,"));
        assert_eq!(q[0].1.as_deref(), Some("Stoltenberg"));
    }

    #[test]
    fn german_names_stand_where_names_stand() {
        let said = "„Wir sind bereit“, sagte Olaf Scholz am Montag.";
        assert_eq!(speaker(said, &["deu"], &[]).as_deref(), Some("Olaf Scholz"));
        let role = "„Wir sind bereit“, sagte Kanzler Scholz.";
        assert!(speaker(role, &["deu"], &[]).is_some_and(|s| s.ends_with("Scholz")));
        // A noun after an article is no name: the speaker is the described one.
        let noun = "„Wir sind bereit“, sagte der Minister in Berlin.";
        assert_ne!(speaker(noun, &["deu"], &[]).as_deref(), Some("Berlin"));
        assert_ne!(
            speaker(noun, &["deu"], &[]).as_deref(),
            Some("Minister in Berlin")
        );
    }

    #[test]
    fn an_unclosed_quotation_ends_at_a_glued_sentence() {
        let text = "Für dieses Treffen „Wir sind in Kontakt mit RusslandDieser NATO-Beamte hat lediglich angegeben.";
        let q = quotes(text, &["deu"], &[]);
        assert_eq!(q[0].0, "Wir sind in Kontakt mit Russland");
        assert_eq!(q[0].1.as_deref(), Some("NATO-Beamte"));
    }

    #[test]
    fn polish_dash_quotations() {
        let text = "– Każdy dialog z Rosją musiałby przebiegać na zasadzie wzajemności – powiedział anonimowy urzędnik Sojuszu cytowany w materiale.";
        let q = quotes(text, &["pol"], &[]);
        assert_eq!(
            q[0].0,
            "Każdy dialog z Rosją musiałby przebiegać na zasadzie wzajemności"
        );
        assert_eq!(q[0].1.as_deref(), Some("urzędnik Sojuszu"));
        let two = "– Nie ma zgody – powiedział Jan Kowalski. – Rozmowy będą trwały dalej.";
        let q = quotes(two, &["pol"], &[("Jan Kowalski", &["Jan Kowalski"])]);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].0, "Rozmowy będą trwały dalej.");
        assert_eq!(q[1].1.as_deref(), Some("Jan Kowalski"));
    }

    #[test]
    fn a_list_item_dash_is_not_a_quotation() {
        assert!(quotes("– eine Liste von Punkten", &["deu"], &[]).is_empty());
    }

    #[test]
    fn the_verb_after_names_the_speaker_after_it() {
        let text = "«Non sarà facile colmare le nostre divergenze», ha detto il segretario generale della NATO Jens Stoltenberg in una conferenza stampa.";
        let people: &[(&str, &[&str])] =
            &[("Jens Stoltenberg", &["Jens Stoltenberg", "Stoltenberg"])];
        assert_eq!(
            speaker(text, &["ita"], people).as_deref(),
            Some("Jens Stoltenberg")
        );
        // Without entities, the capitalised name.
        assert_eq!(
            speaker(text, &["ita"], &[]).as_deref(),
            Some("Jens Stoltenberg")
        );
    }

    #[test]
    fn a_described_speaker_keeps_the_description() {
        let greek = "«Οποιοσδήποτε διάλογος με τη Ρωσία θα πρέπει να προχωρήσει», δήλωσε ο αξιωματούχος του ΝΑΤΟ.";
        assert_eq!(
            speaker(greek, &["ell"], &[]).as_deref(),
            Some("αξιωματούχος του ΝΑΤΟ")
        );
        let english = "“Any dialogue with Russia would have to proceed,” the NATO official said.";
        assert_eq!(
            speaker(english, &["eng"], &[]).as_deref(),
            Some("NATO official")
        );
        let german =
            "„Jeder Dialog mit Russland muss auf Gegenseitigkeit beruhen“, sagte ein Nato-Beamter.";
        assert_eq!(
            speaker(german, &["deu"], &[]).as_deref(),
            Some("Nato-Beamter")
        );
    }

    #[test]
    fn the_verb_before_names_its_subject() {
        let text = "Ο Μπορέλ της ΕΕ, ο οποίος ήταν κεντρικός στις κυρώσεις σε Ρώσους αξιωματούχους το 2021, πιστεύει ότι «η ΕΕ δεν μπορεί να είναι ουδέτερος θεατής», σύμφωνα με εκπρόσωπο της ΕΕ.";
        let people: &[(&str, &[&str])] = &[("Josep Borrell", &["Μπορέλ"])];
        assert_eq!(
            speaker(text, &["ell"], people).as_deref(),
            Some("Josep Borrell")
        );
        let english = "The EU’s Borrell, who was central to sanctions on top Russian officials in 2021, believes “the EU cannot be a neutral spectator”, according to an EU spokesperson.";
        assert_eq!(
            speaker(english, &["eng"], &[("Josep Borrell", &["Borrell"])]).as_deref(),
            Some("Josep Borrell")
        );
        assert_eq!(speaker(english, &["eng"], &[]).as_deref(), Some("Borrell"));
    }

    #[test]
    fn according_to_names_the_speaker() {
        let text = "The talks “will go on next week”, according to a NATO spokesperson.";
        assert_eq!(
            speaker(text, &["eng"], &[]).as_deref(),
            Some("NATO spokesperson")
        );
        let polish = "Rozmowy „będą trwały dalej”, według rzecznika NATO.";
        assert_eq!(
            speaker(polish, &["pol"], &[]).as_deref(),
            Some("rzecznika NATO")
        );
    }

    #[test]
    fn a_verb_without_subject_points_to_the_sentence_before() {
        let text = "La signora Sherman ha detto che gli Stati Uniti erano pronti a tenere ulteriori colloqui.\n«Se la Russia si allontana, sarà abbastanza chiaro che non sono mai stati seri», ha detto.";
        let people: &[(&str, &[&str])] = &[("Wendy Sherman", &["Wendy R. Sherman", "Sherman"])];
        assert_eq!(
            speaker(text, &["ita"], people).as_deref(),
            Some("Wendy Sherman")
        );
        let english =
            "Stoltenberg met the envoys on Monday.\n“We remain open to dialogue,” he said.";
        assert_eq!(
            speaker(english, &["eng"], &[("Jens Stoltenberg", &["Stoltenberg"])]).as_deref(),
            Some("Jens Stoltenberg")
        );
    }

    #[test]
    fn a_verb_elsewhere_in_the_sentence() {
        let text = "Stoltenberg ha affermato che gli alleati hanno esortato la Russia a «ridurre immediatamente la situazione in Ucraina», dove sono ammassati.";
        assert_eq!(
            speaker(text, &["ita"], &[("Jens Stoltenberg", &["Stoltenberg"])]).as_deref(),
            Some("Jens Stoltenberg")
        );
    }

    #[test]
    fn a_quotation_right_after_another_continues_its_speaker() {
        let text = "“We are ready,” Stoltenberg said. “The door remains open.”";
        let q = quotes(text, &["eng"], &[("Jens Stoltenberg", &["Stoltenberg"])]);
        assert_eq!(q.len(), 2);
        assert_eq!(q[1].1.as_deref(), Some("Jens Stoltenberg"));
    }

    #[test]
    fn sentences_split_outside_quotations_and_initials() {
        let text = "Wendy R. Sherman spoke. She said: «One. Two.» Then left.";
        let doc = Document::parse(text);
        let inner = doc.text().find("One").unwrap();
        let quote = Span::new(inner, doc.text().find('»').unwrap());
        let s: Vec<&str> = sentences(doc.text(), doc.lines()[0].span, &[quote])
            .into_iter()
            .map(|s| doc.slice(s))
            .collect();
        assert_eq!(
            s,
            [
                "Wendy R. Sherman spoke.",
                "She said: «One. Two.»",
                "Then left."
            ]
        );
    }

    #[test]
    fn dbg_strategic() {
        let text = "The EU’s Borrell, who was central, believes “the EU cannot be a neutral spectator”, according to an EU spokesperson.\nThe European Union sees Ukraine as a “strategic partner”, the spokesperson said.";
        let q = quotes(text, &["eng", "deu"], &[]);
        assert_eq!(q[1].1.as_deref(), Some("spokesperson"));
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "«",
            "»«",
            "„",
            "– ",
            "–",
            "\"\"\"",
            "“”",
            "« »",
            "«a",
            "– a – said",
            "‘’‘’",
            "«x\n«y\n«z",
        ] {
            let _ = quotes(text, &["eng"], &[]);
            let _ = quotes(text, &[], &[]);
        }
    }
}
