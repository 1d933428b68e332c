//! Who the article credits: news agencies, and the place of its dateline.
//!
//! Takes the passages (and the entities, for the dateline's canonical place) and returns the
//! agencies credited, under their usual names ("Reuters", "AFP", "PAP", "ANSA", "dpa", ...),
//! and the [`Dateline`] the first body paragraph opens with ("BRUXELLES –", "WASHINGTON
//! (Reuters) -", "ATHENS, Jan 12 -", "Paris (AFP) –").
//!
//! Agencies come from a list of the wire services of many countries (`agencies.tsv`) with
//! the forms they are written in, inflected ones included ("agencja Reutera"). An
//! unmistakable name counts wherever the article names it; a short acronym or a name that is
//! also a word ("AP", "ansa", "Lusa") counts only in capitals and in a credit: in brackets,
//! beside a slash ("REUTERS/Name", "PAP / Name"), after a credit label ("Źródło: PAP") or
//! the word "agency", or after a dash that ends the line ("— AP").
//!
//! A dateline is one to four words in capitals (or a capitalised place followed by an
//! agency in brackets) at the very start of the first body paragraph, before a dash. Its
//! place is the canonical name of the entity written there, else the words in title case.

use super::text::{self, Cue, Token, TokenKind};
use super::{Dateline, Passage};
use crate::clean::LineKind;
use crate::document::{Document, Span};
use crate::entities::Entity;
use std::sync::LazyLock;

/// One agency of `agencies.tsv`.
struct Agency {
    name: &'static str,
    credit_only: bool,
    forms: Vec<Vec<&'static str>>,
}

fn agencies_table() -> &'static [Agency] {
    static AGENCIES: LazyLock<Vec<Agency>> = LazyLock::new(|| {
        text::rows(text::tables::AGENCIES)
            .filter_map(|row| match row.as_slice() {
                [name, how, forms] => Some(Agency {
                    name,
                    credit_only: *how == "credit",
                    forms: forms.split(" | ").map(|f| f.split(' ').collect()).collect(),
                }),
                _ => None,
            })
            .collect()
    });
    &AGENCIES
}

/// The agency a lower-cased word names on its own, if any ("reutera" → Reuters).
pub fn agency_name(word: &str) -> Option<&'static str> {
    agencies_table()
        .iter()
        .find(|a| a.forms.iter().any(|f| f.len() == 1 && f[0] == word))
        .map(|a| a.name)
}

/// Dashes of datelines and credits.
const DASHES: &[&str] = &["–", "—", "―", "-"];

/// The longest number of words in a dateline's place ("RIO DE JANEIRO").
const PLACE_WORDS: usize = 4;

/// The agencies the passages credit, in the order they are first named.
pub fn agencies(doc: &Document, passages: &[Passage]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for passage in passages {
        let tokens = text::tokenize(doc.slice(passage.span), passage.span.start);
        let lower = text::lower_all(doc.text(), &tokens);
        let line = Line {
            doc,
            tokens: &tokens,
            lower: &lower,
            passage,
        };
        for i in 0..tokens.len() {
            if let Some(name) = line.agency_at(i)
                && !names.iter().any(|n| n == name)
            {
                names.push(name.to_owned());
            }
        }
    }
    names
}

/// One passage, tokenized.
struct Line<'a> {
    doc: &'a Document,
    tokens: &'a [Token],
    lower: &'a [String],
    passage: &'a Passage,
}

impl Line<'_> {
    fn lower(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", String::as_str)
    }

    fn written(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| self.doc.slice(t.span))
    }

    /// The agency whose name starts at token `i`, when it is credited there.
    fn agency_at(&self, i: usize) -> Option<&'static str> {
        if self.tokens[i].kind != TokenKind::Word {
            return None;
        }
        agencies_table().iter().find_map(|a| {
            let n = a.forms.iter().find_map(|form| {
                let fits = form.len() <= self.tokens.len() - i
                    && form.iter().enumerate().all(|(k, f)| {
                        self.tokens[i + k].kind == TokenKind::Word && self.lower(i + k) == *f
                    });
                fits.then_some(form.len())
            })?;
            let capitals = (i..i + n).all(|k| self.written(k).chars().all(|c| !c.is_lowercase()));
            (!a.credit_only || (capitals || n > 1) && self.is_credit(i, i + n)).then_some(a.name)
        })
    }

    /// True when the name at tokens `from..to` stands in a credit.
    fn is_credit(&self, from: usize, to: usize) -> bool {
        let before = from.checked_sub(1).map_or("", |k| self.lower(k));
        let after = self.lower(to);
        let cues = text::cues();
        let words_before: Vec<&str> = self.lower[..from]
            .iter()
            .zip(self.tokens)
            .rev()
            .skip_while(|(s, _)| *s == ":")
            .take_while(|(_, t)| t.kind == TokenKind::Word)
            .map(|(s, _)| s.as_str())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let bracketed = before == "(" || after == ")" || before == "/" || after == "/";
        let labelled = before == ":"
            && words_before
                .last()
                .is_some_and(|w| cues.is(Cue::Credit, w, &self.passage.langs));
        let agency_word = cues
            .match_ending(Cue::Agency, &words_before, &self.passage.langs)
            .is_some()
            && before != ":";
        let closing_dash = DASHES.contains(&before) && to == self.tokens.len();
        let credit_line = matches!(self.passage.kind, LineKind::Meta | LineKind::Caption)
            && self.tokens.len() <= 8;
        bracketed || labelled || agency_word || closing_dash || credit_line
    }
}

/// The dateline the first body paragraph opens with.
pub fn dateline(doc: &Document, passages: &[Passage], entities: &[Entity]) -> Option<Dateline> {
    let passage = passages.iter().find(|p| p.kind == LineKind::Body)?;
    let tokens = text::tokenize(doc.slice(passage.span), passage.span.start);
    let word = |i: usize| {
        tokens
            .get(i)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| doc.slice(t.span))
    };
    let is_capitals = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| !c.is_lowercase())
    };
    let is_title = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
    };
    // The place: words in capitals ("BRUXELLES", "RIO DE JANEIRO", "ST. PETERSBURG"), or
    // capitalised words when an agency in brackets follows ("Paris (AFP) –").
    let capitals = (0..PLACE_WORDS)
        .take_while(|&i| word(i).is_some_and(is_capitals))
        .count();
    let title = (0..PLACE_WORDS)
        .take_while(|&i| word(i).is_some_and(is_title))
        .count();
    let (words, needs_agency) = if capitals > 0 {
        (capitals, false)
    } else {
        (title, true)
    };
    if words == 0 {
        return None;
    }
    let mut i = words;
    // ", Ukraine", ", Jan 12": a region or a date before the dash.
    if tokens.get(i).is_some_and(|t| doc.slice(t.span) == ",") {
        i += 1;
        let limit = i + 4;
        while i < limit.min(tokens.len())
            && !matches!(doc.slice(tokens[i].span), "(" | "." | ",")
            && !DASHES.contains(&doc.slice(tokens[i].span))
        {
            i += 1;
        }
    }
    let mut agency = false;
    if tokens.get(i).is_some_and(|t| doc.slice(t.span) == "(") {
        let close = (i + 1..tokens.len().min(i + 8)).find(|&k| doc.slice(tokens[k].span) == ")")?;
        agency = true;
        i = close + 1;
    }
    let dash = tokens.get(i)?;
    let spaced = tokens.get(i + 1).is_some_and(|t| !t.glued);
    if !DASHES.contains(&doc.slice(dash.span)) || !spaced || (needs_agency && !agency) {
        return None;
    }
    let span = Span::new(tokens[0].span.start, tokens[words - 1].span.end);
    let written = doc.slice(span);
    let lower = written.to_lowercase();
    let first = lower.split(' ').next().unwrap_or_default();
    let cues = text::cues();
    let not_a_place = cues
        .match_at(Cue::Label, &lower.split(' ').collect::<Vec<_>>(), &[])
        .is_some()
        || agency_name(first).is_some()
        || text::calendar()
            .lookup(first, &passage.langs, false)
            .is_some();
    if not_a_place {
        return None;
    }
    let place = entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.overlaps(span)))
        .map_or_else(|| title_case(written), |e| e.name.clone());
    Some(Dateline { span, place })
}

/// "BRUXELLES" → "Bruxelles", "NEW YORK" → "New York", "SANKT-PETERBURG" → "Sankt-Peterburg".
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for part in s.split_inclusive([' ', '-']) {
        let lower = part.to_lowercase();
        let mut chars = lower.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::EntityType;

    fn credited(text: &str, kind: LineKind, langs: &[&'static str]) -> Vec<String> {
        let doc = Document::parse(text);
        agencies(&doc, &Passage::every_line(&doc, kind, langs))
    }

    fn place(text: &str, entities: &[Entity]) -> Option<(String, String)> {
        let doc = Document::parse(text);
        dateline(
            &doc,
            &Passage::every_line(&doc, LineKind::Body, &["eng"]),
            entities,
        )
        .map(|d| (doc.slice(d.span).to_owned(), d.place))
    }

    #[test]
    fn agencies_in_every_common_form() {
        assert_eq!(
            credited("Źródło: Reuters", LineKind::Meta, &["pol"]),
            ["Reuters"]
        );
        assert_eq!(
            credited(
                "– poinformowała we wtorek agencja Reutera.",
                LineKind::Body,
                &["pol"]
            ),
            ["Reuters"]
        );
        assert_eq!(
            credited("Reuters podaje, że posiedzenie", LineKind::Body, &["pol"]),
            ["Reuters"]
        );
        assert_eq!(
            credited("WASHINGTON (Reuters) - The talks", LineKind::Body, &["eng"]),
            ["Reuters"]
        );
        assert_eq!(
            credited("The talks ended late. — AFP", LineKind::Body, &["eng"]),
            ["AFP"]
        );
        assert_eq!(
            credited(
                "Flags fly. REUTERS/Pascal Rossignol/File Photo",
                LineKind::Caption,
                &["eng"]
            ),
            ["Reuters"]
        );
        assert_eq!(
            credited("BERLIN (dpa/AFP) – Die Gespräche", LineKind::Body, &["deu"]),
            ["dpa", "AFP"]
        );
    }

    #[test]
    fn short_names_need_a_credit() {
        assert_eq!(
            credited(
                "Jens Stoltenberg Źródło: PAP / STEPHANIE LECOCQ",
                LineKind::Caption,
                &["pol"]
            ),
            ["PAP"]
        );
        assert_eq!(
            credited("NEW YORK (AP) — Stocks fell", LineKind::Body, &["eng"]),
            ["AP"]
        );
        assert_eq!(
            credited("secondo l'agenzia ANSA, il", LineKind::Body, &["ita"]),
            ["ANSA"]
        );
        assert!(credited("l'ansa del fiume e la pap", LineKind::Body, &["ita"]).is_empty());
        assert!(credited("an AP course in physics", LineKind::Body, &["eng"]).is_empty());
        assert!(credited("Michael Bloomberg said", LineKind::Body, &["eng"]).is_empty());
    }

    #[test]
    fn datelines_map_to_their_place() {
        assert_eq!(
            place("BRUXELLES – Il leader della Nato ha detto", &[]),
            Some(("BRUXELLES".into(), "Bruxelles".into()))
        );
        assert_eq!(
            place("WASHINGTON (Reuters) - The U.S.", &[]).map(|p| p.1),
            Some("Washington".into())
        );
        assert_eq!(
            place("ATHENS, Jan 12 - Greece said", &[]).map(|p| p.1),
            Some("Athens".into())
        );
        assert_eq!(
            place("RIO DE JANEIRO – Brazil", &[]).map(|p| p.1),
            Some("Rio De Janeiro".into())
        );
        assert_eq!(
            place("Paris (AFP) – La France", &[]).map(|p| p.1),
            Some("Paris".into())
        );
        assert_eq!(
            place("ΑΘΗΝΑ – Η κυβέρνηση", &[]).map(|p| p.1),
            Some("Αθηνα".into())
        );
    }

    #[test]
    fn the_place_takes_the_entity_name() {
        let doc = Document::parse("BRUXELLES – Il leader della Nato");
        let brussels = Entity {
            name: "Brussels".into(),
            kind: EntityType::Loc,
            mentions: vec![Span::new(0, 9)],
        };
        let d = dateline(
            &doc,
            &Passage::every_line(&doc, LineKind::Body, &["ita"]),
            &[brussels],
        )
        .unwrap();
        assert_eq!(d.place, "Brussels");
    }

    #[test]
    fn openings_that_are_not_datelines() {
        assert_eq!(place("BREAKING – Talks collapse", &[]), None);
        assert_eq!(place("Paris – the talks", &[]), None);
        assert_eq!(place("NATO-Chef plant Sondertreffen", &[]), None);
        assert_eq!(place("A – B", &[]), None);
        assert_eq!(place("The talks ended", &[]), None);
    }

    #[test]
    fn title_case_keeps_words_and_hyphens() {
        assert_eq!(title_case("NEW YORK"), "New York");
        assert_eq!(title_case("SANKT-PETERBURG"), "Sankt-Peterburg");
        assert_eq!(title_case("ΠΕΙΡΑΙΑΣ"), "Πειραιας");
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "",
            "(",
            "REUTERS/",
            "– AP",
            "ABC (",
            "ABC, ",
            "ÉÉ – x",
            "((((((((((",
        ] {
            let _ = credited(text, LineKind::Caption, &[]);
            let _ = place(text, &[]);
        }
    }
}
