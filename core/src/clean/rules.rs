//! The decision for every line: its kind and reason, from its cue, its place and its language.
//!
//! Takes the measured lines, the [`Article`] and the [`Header`] and returns one
//! [`LineClass`] per measured line.
//!
//! Why it works: the place of a line relative to the core decides what an uncued line is. In
//! the core it is body (a short line between paragraphs is a subheading); between the
//! headline and the core it describes the photo above the article (a caption) unless it is a
//! fragment; above the headline it is navigation; after the core it is the page's tail:
//! teasers, footers, notices. A cue overrides place: "Advertisement" is a label wherever it
//! stands, "Source: Reuters" is a credit, and a line after "Read also:" or next to a
//! "2 days ago" stamp is a teaser. Inside the core, only strong cues count, so a paragraph
//! that mentions a newsletter once stays body.

use super::article::Article;
use super::cues::{Cue, CueKind};
use super::features::{Line, REPEAT_MIN_WORDS};
use super::headline::Header;
use super::{LineClass, LineKind, Reason, ReasonKind};
use std::collections::{HashMap, HashSet};

/// Where a line stands relative to the headline and the core.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Zone {
    /// Above the headline (or above the core when there is no headline).
    Above,
    /// Between the headline and the core.
    Header,
    /// In the core.
    Core,
    /// After the core.
    After,
}

/// Teasers run at most this many lines after a rail heading ("More stories").
const RAIL_LENGTH: usize = 40;
/// A line of a notice word and at most this many words is a prompt ("Free sign up", "Jetzt
/// registrieren"), even inside the article.
const NOTICE_PROMPT_WORDS: usize = 6;

/// A non-body class with its reason.
fn class(kind: LineKind, reason: ReasonKind, evidence: Option<String>) -> LineClass {
    LineClass {
        kind,
        reason: Some(Reason {
            kind: reason,
            evidence,
        }),
    }
}

/// Boilerplate, with its reason.
fn boilerplate(reason: ReasonKind, evidence: Option<String>) -> LineClass {
    class(LineKind::Boilerplate, reason, evidence)
}

/// Article text: no reason needed.
fn body() -> LineClass {
    LineClass {
        kind: LineKind::Body,
        reason: None,
    }
}

/// Classifies every measured line.
pub(super) fn assign(lines: &[Line], article: &Article, header: &Header) -> Vec<LineClass> {
    let core = &article.core;
    let zone = |p: usize| match header.headline {
        _ if core.contains(&p) => Zone::Core,
        _ if p >= core.end && !core.is_empty() => Zone::After,
        Some(h) if p > h => Zone::Header,
        _ => Zone::Above,
    };
    let teasers = teaser_lines(lines, |p| zone(p) == Zone::Core);
    let repeats: HashSet<usize> = header.repeats.iter().copied().collect();
    let breadcrumbs: HashMap<usize, &String> = header
        .breadcrumbs
        .iter()
        .map(|(p, words)| (*p, words))
        .collect();
    let contents: HashSet<usize> = article.contents.iter().copied().collect();
    let mut seen = HashSet::with_capacity(lines.len());
    lines
        .iter()
        .enumerate()
        .map(|(p, line)| {
            // A table of contents announces the subheadings that the core prints again:
            // those are not repeats.
            let in_contents = contents.contains(&p);
            let repeated = !in_contents && !seen.insert(line.key) && line.words >= REPEAT_MIN_WORDS;
            let zone = zone(p);
            if header.headline == Some(p) {
                return class(LineKind::Headline, ReasonKind::Headline, None);
            }
            if repeats.contains(&p) {
                return boilerplate(ReasonKind::RepeatedHeadline, None);
            }
            if in_contents {
                return boilerplate(ReasonKind::Navigation, Some("table of contents".to_owned()));
            }
            if let Some(words) = breadcrumbs.get(&p) {
                return boilerplate(ReasonKind::Navigation, Some((*words).clone()));
            }
            let near_core =
                matches!(zone, Zone::Header | Zone::Core) || p + 1 == core.start || p == core.end;
            if let Some(class) = line
                .cue
                .as_ref()
                .and_then(|cue| from_cue(cue, line, zone, near_core))
            {
                return class;
            }
            if teasers.contains(&p) {
                return boilerplate(ReasonKind::Teaser, None);
            }
            if article.author_box.contains(&p) && line.is_prose() {
                return boilerplate(ReasonKind::AuthorBio, None);
            }
            if zone == Zone::Core {
                return if repeated {
                    boilerplate(ReasonKind::RepeatedLine, None)
                } else {
                    body()
                };
            }
            // Between headline and core, running text is the standfirst (a lead set apart
            // by the photo and the share buttons) or a sentence announcing the text below
            // it ("Er sagte:"), and so is the lead the article found, a subtitle included,
            // and a heading whose colon hands over to the core ("Key points:"); shorter
            // lines describe the photo.
            if zone == Zone::Header
                && (p == article.lead
                    || (line.is_prose() && line.sentence_end)
                    || line.introduces()
                    || (line.announces && p + 1 == core.start))
            {
                return body();
            }
            if zone == Zone::Header && line.words >= 3 {
                return class(LineKind::Caption, ReasonKind::Caption, None);
            }
            if let Some(lang) = article.foreign[p] {
                return boilerplate(ReasonKind::ForeignLanguage, Some(lang.code().to_owned()));
            }
            if repeated {
                return boilerplate(ReasonKind::RepeatedLine, None);
            }
            outside(line, zone)
        })
        .collect()
}

/// The class a cue gives its line, if it decides it there.
fn from_cue(cue: &Cue, line: &Line, zone: Zone, near_core: bool) -> Option<LineClass> {
    let evidence = Some(cue.evidence.clone());
    let topic_sentence = line.sentence_end && line.words > NOTICE_PROMPT_WORDS;
    Some(match cue.kind {
        CueKind::Share => boilerplate(ReasonKind::SharePrompt, evidence),
        CueKind::Ad => boilerplate(ReasonKind::Advertisement, evidence),
        CueKind::ReadAlso if cue.bare => boilerplate(ReasonKind::Navigation, evidence),
        CueKind::ReadAlso | CueKind::Stamp | CueKind::GluedTeaser => {
            boilerplate(ReasonKind::Teaser, evidence)
        }
        CueKind::Rail | CueKind::Comments | CueKind::CommentAuthor | CueKind::Nav => {
            boilerplate(ReasonKind::Navigation, evidence)
        }
        // A publication stamp with its date is about the article where it stands by it; a
        // bare label or a date elsewhere on the page ("today" in the header) is not.
        CueKind::Published | CueKind::Date if near_core && !cue.bare => {
            class(LineKind::Meta, ReasonKind::Timestamp, evidence)
        }
        CueKind::Published | CueKind::Date => boilerplate(ReasonKind::Timestamp, evidence),
        CueKind::Credit => class(LineKind::Meta, ReasonKind::Credit, evidence),
        CueKind::CaptionCredit => class(LineKind::Caption, ReasonKind::Caption, evidence),
        CueKind::Byline => class(LineKind::Meta, ReasonKind::Byline, evidence),
        // One notice word inside a sentence of the article is a topic, not a notice.
        CueKind::Consent if zone == Zone::Core && cue.hits < 2 && topic_sentence => {
            return None;
        }
        CueKind::Consent => boilerplate(ReasonKind::ConsentNotice, evidence),
        CueKind::Footer => boilerplate(ReasonKind::Footer, evidence),
    })
}

/// Lines that belong to teasers: the link after a bare "Read also:" (in the core too), and
/// outside the core the list after a rail heading ("More stories") and the titles next to a
/// relative time stamp.
fn teaser_lines(lines: &[Line], in_core: impl Fn(usize) -> bool) -> HashSet<usize> {
    let mut teasers = HashSet::new();
    let plain = |p: usize| lines.get(p).is_some_and(|l| l.cue.is_none());
    // A teaser title is short; running text next to a stamp is something else (a footer).
    let title = |p: usize| plain(p) && !lines[p].is_prose();
    for (p, line) in lines.iter().enumerate() {
        let Some(cue) = &line.cue else { continue };
        match cue.kind {
            CueKind::ReadAlso if cue.bare && title(p + 1) => {
                teasers.insert(p + 1);
            }
            // A heading alone heads a list; "Tags: a, b, c" holds its own.
            CueKind::Rail if cue.bare && !in_core(p) => {
                teasers.extend(
                    (p + 1..lines.len().min(p + 1 + RAIL_LENGTH))
                        .take_while(|&q| plain(q) && !in_core(q)),
                );
            }
            CueKind::Stamp => {
                for q in [p.wrapping_sub(1), p + 1] {
                    if title(q) && !in_core(q) {
                        teasers.insert(q);
                    }
                }
            }
            _ => {}
        }
    }
    teasers
}

/// An uncued line outside the core and its header.
fn outside(line: &Line, zone: Zone) -> LineClass {
    if line.is_prose() || line.weight >= 60 {
        let reason = if zone == Zone::After && line.is_prose() {
            ReasonKind::Footer
        } else {
            ReasonKind::OutsideArticle
        };
        return boilerplate(reason, None);
    }
    if line.words <= 4 && line.capitalised && !line.sentence_end {
        return boilerplate(ReasonKind::Navigation, None);
    }
    boilerplate(ReasonKind::Fragment, None)
}

#[cfg(test)]
mod tests {
    use crate::clean::{LineKind, ReasonKind, classify};
    use crate::document::Document;
    use crate::{lang, layout};

    /// Every non-blank line with its kind and reason kind.
    fn classes(text: &str) -> Vec<(String, LineKind, Option<ReasonKind>)> {
        let doc = Document::parse(text);
        let classes = classify(&doc, &layout::blocks(&doc), &lang::guess_lines(&doc));
        assert_eq!(classes.len(), doc.lines().len());
        classes
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let c = c.as_ref()?;
                Some((
                    doc.line_text(i).to_owned(),
                    c.kind,
                    c.reason.as_ref().map(|r| r.kind),
                ))
            })
            .collect()
    }

    fn of(
        found: &[(String, LineKind, Option<ReasonKind>)],
        line: &str,
    ) -> (LineKind, Option<ReasonKind>) {
        found
            .iter()
            .find(|(text, _, _)| text == line)
            .map(|(_, kind, reason)| (*kind, *reason))
            .unwrap_or_else(|| panic!("no line {line:?} in {found:#?}"))
    }

    const EN: [&str; 3] = [
        "The finance ministers of the eurozone agreed on Monday evening to extend the emergency \
         credit line for another six months, after a meeting that lasted more than nine hours.",
        "Officials said the decision had been delayed by a dispute over the conditions attached \
         to the loans, which several northern member states had wanted to make stricter.",
        "The central bank welcomed the agreement in a short statement and said it would keep \
         its own programme of bond purchases unchanged until the end of the year.",
    ];
    const DE: [&str; 3] = [
        "Die Finanzminister der Eurozone haben sich am Montagabend darauf geeinigt, die \
         Notkreditlinie um weitere sechs Monate zu verlängern, nach einer Sitzung von neun Stunden.",
        "Nach Angaben von Beamten hatte sich die Entscheidung wegen eines Streits über die \
         Bedingungen verzögert, die mehrere nördliche Mitgliedstaaten verschärfen wollten.",
        "Die Zentralbank begrüßte die Einigung in einer kurzen Erklärung und kündigte an, ihr \
         eigenes Programm zum Kauf von Anleihen bis zum Jahresende unverändert fortzuführen.",
    ];
    const PL: [&str; 3] = [
        "Ministrowie finansów strefy euro uzgodnili w poniedziałek wieczorem przedłużenie \
         awaryjnej linii kredytowej o kolejne sześć miesięcy, po posiedzeniu trwającym dziewięć godzin.",
        "Według urzędników decyzja opóźniła się z powodu sporu o warunki pożyczek, które kilka \
         państw członkowskich z północy chciało zaostrzyć jeszcze przed końcem miesiąca.",
        "Bank centralny z zadowoleniem przyjął porozumienie w krótkim komunikacie i zapowiedział, \
         że do końca roku nie zmieni swojego programu skupu obligacji skarbowych.",
    ];
    const EL: [&str; 3] = [
        "Οι υπουργοί Οικονομικών της ευρωζώνης συμφώνησαν τη Δευτέρα το βράδυ να παρατείνουν \
         την έκτακτη πιστωτική γραμμή για άλλους έξι μήνες, μετά από συνεδρίαση εννέα ωρών.",
        "Σύμφωνα με αξιωματούχους, η απόφαση καθυστέρησε λόγω διαφωνίας για τους όρους των \
         δανείων, τους οποίους ορισμένα βόρεια κράτη μέλη ήθελαν να κάνουν αυστηρότερους.",
        "Η κεντρική τράπεζα χαιρέτισε τη συμφωνία με σύντομη ανακοίνωση και δήλωσε ότι θα \
         διατηρήσει αμετάβλητο το πρόγραμμα αγοράς ομολόγων μέχρι το τέλος του έτους.",
    ];
    const IT: [&str; 3] = [
        "I ministri delle finanze dell'eurozona hanno concordato lunedì sera di prorogare la \
         linea di credito di emergenza per altri sei mesi, dopo una riunione durata nove ore.",
        "Secondo i funzionari la decisione era stata rinviata a causa di una disputa sulle \
         condizioni dei prestiti, che diversi stati membri del nord volevano rendere più severe.",
        "La banca centrale ha accolto con favore l'accordo in una breve nota e ha detto che \
         manterrà invariato il suo programma di acquisto di titoli fino alla fine dell'anno.",
    ];
    const ES_BLURB: &str = "Periodista apasionada por la economía y los viajes. Escribe sobre \
                            mercados, bancos centrales y política europea desde hace diez años.";

    fn article(paragraphs: [&str; 3]) -> String {
        paragraphs.join("\n\n")
    }

    #[test]
    fn a_standfirst_below_the_headline_is_body_in_three_languages() {
        for (paragraphs, headline, standfirst) in [
            (
                DE,
                "Nato-Gipfel endet ohne Einigung",
                "Die Minister wollen im Herbst über die Finanzierung beraten",
            ),
            (
                EN,
                "Eurozone extends the emergency fund",
                "The ministers will meet again in the autumn to discuss the details",
            ),
            (
                PL,
                "Szczyt NATO bez porozumienia",
                "Ministrowie spotkają się jesienią, aby omówić szczegóły finansowania",
            ),
        ] {
            let [first, second, third] = paragraphs;
            let text = format!(
                "Start\n\n{headline}\n\n{standfirst}\n\n12.01.2022\n\n{first}\n\n\
                 {second}\n\n{third}"
            );
            let found = classes(&text);
            assert_eq!(of(&found, headline).0, LineKind::Headline, "{headline}");
            assert_eq!(
                of(&found, standfirst),
                (LineKind::Body, None),
                "{standfirst}"
            );
        }
    }

    #[test]
    fn a_table_of_contents_between_lead_and_article_in_three_languages() {
        for (paragraphs, heading, sections) in [
            (
                DE,
                "Inhaltsverzeichnis",
                [
                    "Was beschlossen wurde",
                    "Warum es so lange dauerte",
                    "Wie es weitergeht",
                ],
            ),
            (
                EN,
                "Contents",
                ["What was agreed", "Why it took so long", "What comes next"],
            ),
            (
                PL,
                "Spis treści",
                ["Co uzgodniono", "Dlaczego trwało to tak długo", "Co dalej"],
            ),
        ] {
            let [lead, first, second] = paragraphs;
            let [s1, s2, s3] = sections;
            let text = format!(
                "Start\n\nEin Titel der Seite\n\n{lead}\n\n{heading}\n{s1}\n{s2}\n{s3}\n\n\
                 {s1}\n\n{first}\n\n{s2}\n\n{second}\n\n{s3}\n\n{first} {second}\n\nImpressum"
            );
            let found = classes(&text);
            assert_eq!(of(&found, lead), (LineKind::Body, None), "{heading}");
            let entries: Vec<_> = found.iter().filter(|(t, _, _)| t == s1).collect();
            assert_eq!(entries.len(), 2);
            assert_eq!(entries[0].2, Some(ReasonKind::Navigation), "{s1}");
            assert_eq!(entries[1].1, LineKind::Body, "{s1}");
            let body = found
                .iter()
                .filter(|(t, k, _)| t == s3 && *k == LineKind::Body);
            assert_eq!(body.count(), 1, "{s3}");
        }
    }

    #[test]
    fn a_sentence_introducing_the_text_under_the_headline_is_body_in_three_languages() {
        for (paragraphs, headline, intro) in [
            (
                DE,
                "Einigung in der Nacht",
                "Der Vorsitzende der Eurogruppe sagte dazu nach der Sitzung:",
            ),
            (
                EN,
                "A deal in the night",
                "The president of the Eurogroup said after the meeting:",
            ),
            (
                PL,
                "Porozumienie w nocy",
                "Przewodniczący Eurogrupy powiedział po posiedzeniu, że:",
            ),
        ] {
            let text = format!(
                "Start\n\n{headline}\n\n{intro}\n\nFoto: Reuters\n\n{}",
                article(paragraphs)
            );
            let found = classes(&text);
            assert_eq!(of(&found, headline).0, LineKind::Headline, "{headline}");
            assert_eq!(of(&found, intro), (LineKind::Body, None), "{intro}");
        }
    }

    #[test]
    fn headline_above_the_core_in_three_languages() {
        for (title, body) in [
            ("Eurozone extends emergency credit line", EN),
            ("Eurozone verlängert Notkreditlinie um sechs Monate", DE),
            ("Strefa euro przedłuża awaryjną linię kredytową", PL),
        ] {
            let text = format!("Home\nNews\n\n{title}\n\n{}", article(body));
            let found = classes(&text);
            assert_eq!(
                of(&found, title),
                (LineKind::Headline, Some(ReasonKind::Headline))
            );
            assert_eq!(of(&found, body[0]).0, LineKind::Body);
        }
    }

    #[test]
    fn no_headline_when_the_page_starts_with_the_article() {
        let found = classes(&IT.join("\n"));
        assert!(found.iter().all(|(_, kind, _)| *kind == LineKind::Body));
    }

    #[test]
    fn repeated_headline_in_three_languages() {
        for (title, body) in [
            ("Eurozone extends emergency credit line", EN),
            ("Eurozone verlängert Notkreditlinie", DE),
            ("Strefa euro przedłuża linię kredytową", PL),
        ] {
            let text = format!("{title}\n\n{title}\n\n{}", article(body));
            let found = classes(&text);
            assert_eq!(found[0].1, LineKind::Headline);
            assert_eq!(found[1].2, Some(ReasonKind::RepeatedHeadline));
        }
    }

    #[test]
    fn subheadings_inside_the_article_are_body() {
        for (sub, body) in [
            ("Talks in Brussels and Geneva", EN),
            ("gegenseitige Vorwürfe", DE),
            ("Narady w Brukseli", PL),
        ] {
            let text = format!("{}\n\n{}\n\n{sub}\n\n{}", body[0], body[1], body[2]);
            assert_eq!(of(&classes(&text), sub), (LineKind::Body, None));
        }
    }

    #[test]
    fn advertisement_labels_inside_the_article() {
        for (label, body) in [("Advertisement", EN), ("Werbung", DE), ("Διαφήμιση", EL)] {
            let text = format!("{}\n\n{}\n\n{label}\n\n{}", body[0], body[1], body[2]);
            let found = classes(&text);
            assert_eq!(
                of(&found, label),
                (LineKind::Boilerplate, Some(ReasonKind::Advertisement))
            );
            assert_eq!(of(&found, body[2]).0, LineKind::Body);
        }
    }

    #[test]
    fn share_prompts_end_the_article() {
        for (prompt, footer, body) in [
            (
                "Share this article:",
                "The views expressed in contributed articles are solely those of their authors and \
                 do not reflect the position of the publisher, which accepts no responsibility.",
                EN,
            ),
            (
                "Teile diesen Artikel:",
                "Die in Gastbeiträgen geäußerten Ansichten sind ausschließlich die ihrer Autoren \
                 und spiegeln nicht die Haltung des Verlags wider, der keine Verantwortung trägt.",
                DE,
            ),
            (
                "Μοιραστείτε αυτό το άρθρο:",
                "Οι απόψεις που εκφράζονται στα άρθρα συνεργατών ανήκουν αποκλειστικά στους \
                 συγγραφείς τους και δεν εκφράζουν τη θέση του εκδότη, ο οποίος δεν ευθύνεται.",
                EL,
            ),
        ] {
            let text = format!("{}\n\n{prompt}\n\n{footer}", article(body));
            let found = classes(&text);
            assert_eq!(
                of(&found, prompt),
                (LineKind::Boilerplate, Some(ReasonKind::SharePrompt))
            );
            assert_eq!(
                of(&found, footer),
                (LineKind::Boilerplate, Some(ReasonKind::Footer))
            );
        }
    }

    #[test]
    fn read_also_and_its_teaser() {
        for (cue, teaser, body) in [
            ("Czytaj też:", "Były minister zdradza kulisy negocjacji", PL),
            (
                "Lesen Sie auch:",
                "Was die Einigung für Sparer bedeutet",
                DE,
            ),
            ("Read also:", "What the deal means for savers", EN),
        ] {
            let text = format!(
                "{}\n\n{cue}\n{teaser}\n\n{}\n\n{}",
                body[0], body[1], body[2]
            );
            let found = classes(&text);
            assert_eq!(
                of(&found, cue),
                (LineKind::Boilerplate, Some(ReasonKind::Navigation))
            );
            assert_eq!(
                of(&found, teaser),
                (LineKind::Boilerplate, Some(ReasonKind::Teaser))
            );
            assert_eq!(of(&found, body[2]).0, LineKind::Body);
        }
    }

    #[test]
    fn teaser_rails_with_relative_time_stamps() {
        for (stamps, body) in [
            (["Economy4 days ago", "Politics2 days ago"], EN),
            (["Οικονομία2 μέρες πριν", "Πολιτικήπριν 2 εβδομάδες"], EL),
            (["Wirtschaft vor 3 Stunden", "Politik vor 2 Tagen"], DE),
        ] {
            let rail = format!(
                "{}\nA teaser title about another story\n{}\nAnother teaser title here",
                stamps[0], stamps[1]
            );
            let text = format!("{}\n\nShare\n\n{rail}", article(body));
            let found = classes(&text);
            for stamp in stamps {
                assert_eq!(
                    of(&found, stamp),
                    (LineKind::Boilerplate, Some(ReasonKind::Teaser))
                );
            }
            assert_eq!(
                of(&found, "Another teaser title here"),
                (LineKind::Boilerplate, Some(ReasonKind::Teaser))
            );
        }
    }

    #[test]
    fn teaser_cards_glued_to_their_summaries_in_three_languages() {
        for (card, body) in [
            (
                "Ministers Agree On New Budget RulesThe finance ministers met in Brussels on Monday",
                EN,
            ),
            (
                "Neue Regeln Für Mieter Ab JanuarWas sich für Mieter im neuen Jahr alles ändert",
                DE,
            ),
            (
                "Nowe Przepisy Dla Najemców Od StyczniaCo zmieni się dla najemców w nowym roku",
                PL,
            ),
        ] {
            let text = format!("{}\n\nShare\n\n{card}\n{card}2", article(body));
            assert_eq!(
                of(&classes(&text), card),
                (LineKind::Boilerplate, Some(ReasonKind::Teaser)),
                "{card}"
            );
        }
    }

    #[test]
    fn comment_author_lines_in_three_languages() {
        for (author, body) in [
            ("Jane says:", EN),
            ("Hans schreibt:", DE),
            ("Anna napisała:", PL),
        ] {
            let text = format!(
                "{}\n\n{author}\n12.01.2022 10:34\n{}",
                article(body),
                body[0]
            );
            assert_eq!(
                of(&classes(&text), author),
                (LineKind::Boilerplate, Some(ReasonKind::Navigation)),
                "{author}"
            );
        }
    }

    #[test]
    fn cookie_notices_inside_the_article_in_three_languages() {
        for (notice, body) in [
            (
                "We use cookies to give you the best experience on our website.",
                EN,
            ),
            (
                "Informujemy, że nasza strona korzysta z plików cookies w celach statystycznych.",
                PL,
            ),
            (
                "Diese Website verwendet Cookies, damit wir Ihnen das beste Erlebnis bieten können.",
                DE,
            ),
        ] {
            let text = format!("{}\n\n{notice}\n\n{}\n\n{}", body[0], body[1], body[2]);
            assert_eq!(
                of(&classes(&text), notice),
                (LineKind::Boilerplate, Some(ReasonKind::ConsentNotice)),
                "{notice}"
            );
        }
    }

    #[test]
    fn rail_headings_and_their_lists() {
        for (heading, body) in [
            ("More Stories", IT),
            ("Meistgelesen", DE),
            ("Najczęściej czytane", PL),
        ] {
            let text = format!(
                "{}\n{heading}\nUna notizia del giorno in breve\nUn'altra notizia in breve",
                article(body)
            );
            let found = classes(&text);
            assert_eq!(
                of(&found, heading),
                (LineKind::Boilerplate, Some(ReasonKind::Navigation))
            );
            assert_eq!(
                of(&found, "Un'altra notizia in breve"),
                (LineKind::Boilerplate, Some(ReasonKind::Teaser))
            );
        }
    }

    #[test]
    fn menus_above_the_headline_are_navigation() {
        for (menu, body) in [("Startseite", DE), ("Αρχική", EL), ("Defence", EN)] {
            let text = format!("{menu}\n\nA title above the text\n\n{}", article(body));
            assert_eq!(
                of(&classes(&text), menu),
                (LineKind::Boilerplate, Some(ReasonKind::Navigation))
            );
        }
    }

    #[test]
    fn consent_notices_in_three_languages() {
        for (notice, body) in [
            (
                "We use cookies to personalise content. See our privacy policy.",
                EN,
            ),
            (
                "Wir verwenden Cookies. Details finden Sie in unserer Datenschutzerklärung.",
                DE,
            ),
            (
                "Χρησιμοποιούμε cookies. Δείτε την πολιτική απορρήτου μας.",
                EL,
            ),
        ] {
            let text = format!("{notice}\n\nA title above the text\n\n{}", article(body));
            assert_eq!(
                of(&classes(&text), notice),
                (LineKind::Boilerplate, Some(ReasonKind::ConsentNotice))
            );
        }
    }

    #[test]
    fn sign_up_prompts_inside_the_article() {
        for (prompt, body) in [
            ("Get our daily edition by email Free Sign Up", EN),
            ("Jetzt registrieren", DE),
            ("Zapisz się do newslettera", PL),
        ] {
            let text = format!("{}\n\n{}\n\n{prompt}\n\n{}", body[0], body[1], body[2]);
            assert_eq!(
                of(&classes(&text), prompt),
                (LineKind::Boilerplate, Some(ReasonKind::ConsentNotice)),
                "{prompt}"
            );
        }
    }

    #[test]
    fn a_newsletter_mentioned_in_the_article_stays_body() {
        let line = "The ministry said it would publish the figures in its weekly newsletter.";
        let text = format!("{}\n\n{}\n\n{line}\n\n{}", EN[0], EN[1], EN[2]);
        assert_eq!(of(&classes(&text), line), (LineKind::Body, None));
    }

    #[test]
    fn captions_before_the_article() {
        for (caption, body) in [
            (
                "Ministers arrive for the meeting in Brussels, March 2, 2023. REUTERS/Yves Herman",
                EN,
            ),
            (
                "Minister finansów przed posiedzeniem Źródło: PAP / Radek Pietruszka",
                PL,
            ),
            (
                "Die Minister vor dem Treffen in Brüssel. Foto: Michael Kappeler/dpa",
                DE,
            ),
        ] {
            let text = format!("A title above the text\n\n{caption}\n\n{}", article(body));
            assert_eq!(
                of(&classes(&text), caption),
                (LineKind::Caption, Some(ReasonKind::Caption))
            );
        }
        // Without a credit: the line glued to the article below the title.
        let text = format!(
            "A title above the text\n\nMinister finansów w Brukseli\n{}",
            article(PL)
        );
        assert_eq!(
            of(&classes(&text), "Minister finansów w Brukseli").0,
            LineKind::Caption
        );
    }

    #[test]
    fn a_heading_handing_over_to_the_article_is_body() {
        for (heading, body) in [
            ("Key points of the ruling:", EN),
            ("Leitsätze des Gerichts:", DE),
            ("Najważniejsze punkty wyroku:", PL),
        ] {
            let text = format!("A title above the text\n\n{heading}\n\n{}", article(body));
            assert_eq!(of(&classes(&text), heading).0, LineKind::Body, "{heading}");
        }
    }

    #[test]
    fn credits_are_meta() {
        for (credit, body) in [
            ("Źródło: Reuters", PL),
            ("Quelle: dpa", DE),
            ("Source: AFP", EN),
        ] {
            let text = format!("{}\n\n{credit}", article(body));
            assert_eq!(
                of(&classes(&text), credit),
                (LineKind::Meta, Some(ReasonKind::Credit))
            );
        }
    }

    #[test]
    fn bylines_are_meta() {
        for (byline, body) in [
            ("By Jane Doe", EN),
            ("Von Hans Müller", DE),
            ("Autor: Jan Kowalski", PL),
        ] {
            let text = format!("A title above the text\n\n{byline}\n\n{}", article(body));
            assert_eq!(
                of(&classes(&text), byline),
                (LineKind::Meta, Some(ReasonKind::Byline))
            );
        }
    }

    #[test]
    fn publication_stamps() {
        for (bare, dated, body) in [
            ("Published", "Published 12.01.2022 10:34", EN),
            ("Veröffentlicht", "Veröffentlicht am 12.01.2022", DE),
            ("Opublikowano", "Opublikowano: 12.01.2022, 10:34", PL),
        ] {
            let text = format!(
                "A title above the text\n\n{bare}\n\n{dated}\n\n{}",
                article(body)
            );
            let found = classes(&text);
            assert_eq!(
                of(&found, bare),
                (LineKind::Boilerplate, Some(ReasonKind::Timestamp))
            );
            assert_eq!(
                of(&found, dated),
                (LineKind::Meta, Some(ReasonKind::Timestamp))
            );
        }
        // The day the page was viewed, printed in its header, is not the article's date.
        let text = format!(
            "Freitag, Dezember 27, 2024\n\nMenü\n\nEin Titel über dem Text\n\n{}",
            article(DE)
        );
        assert_eq!(
            of(&classes(&text), "Freitag, Dezember 27, 2024"),
            (LineKind::Boilerplate, Some(ReasonKind::Timestamp))
        );
    }

    #[test]
    fn repeated_lines_in_three_languages() {
        for body in [EN, DE, IT] {
            let text = format!("{}\n\n{}\n\n{}\n\n{}", body[0], body[1], body[2], body[1]);
            let found = classes(&text);
            assert_eq!(found[1].1, LineKind::Body);
            assert_eq!(found[3].2, Some(ReasonKind::RepeatedLine));
        }
    }

    #[test]
    fn copyright_footers_in_three_languages() {
        for (footer, body) in [
            ("© 2024 Example Media. All rights reserved.", EN),
            ("© 2024 Beispiel Verlag. Alle Rechte vorbehalten.", DE),
            ("Wszelkie prawa zastrzeżone.", PL),
        ] {
            let text = format!("{}\n\n{footer}", article(body));
            assert_eq!(
                of(&classes(&text), footer),
                (LineKind::Boilerplate, Some(ReasonKind::Footer))
            );
        }
    }

    #[test]
    fn foreign_lines_after_a_single_language_article() {
        for (body, foreign) in [(IT, ES_BLURB), (DE, EN[0]), (EN, DE[0])] {
            let text = format!(
                "{}\n{}\n{}\n{}\n{foreign}\nMore Stories",
                body[0], body[1], body[2], body[0]
            );
            let found = classes(&text);
            assert_eq!(
                (found[4].1, found[4].2),
                (LineKind::Boilerplate, Some(ReasonKind::ForeignLanguage)),
                "{foreign}"
            );
        }
    }

    #[test]
    fn a_mixed_language_article_keeps_both_languages() {
        let text = [DE[0], EN[0], DE[1], EN[1], DE[2], EN[2]].join("\n\n");
        assert!(
            classes(&text)
                .iter()
                .all(|(_, kind, _)| *kind == LineKind::Body)
        );
    }

    #[test]
    fn fragments_and_text_outside_the_article() {
        for (outside, body) in [
            (
                "Get the best offers and updates from our partners delivered every week.",
                EN,
            ),
            (
                "Die besten Angebote unserer Partner jede Woche direkt in Ihrem Postfach.",
                DE,
            ),
            (
                "Najlepsze oferty naszych partnerów co tydzień prosto do Twojej skrzynki.",
                PL,
            ),
        ] {
            let text = format!(
                "{outside}\n\nspot_img\n\non\n\nA title above the text\n\n{}",
                article(body)
            );
            let found = classes(&text);
            assert_eq!(
                of(&found, "on"),
                (LineKind::Boilerplate, Some(ReasonKind::Fragment))
            );
            assert_eq!(
                of(&found, "spot_img"),
                (LineKind::Boilerplate, Some(ReasonKind::Fragment))
            );
            assert_eq!(
                of(&found, outside),
                (LineKind::Boilerplate, Some(ReasonKind::OutsideArticle))
            );
        }
    }

    #[test]
    fn breadcrumbs_glued_to_the_headline() {
        let title = "Eurozone verlängert Notkreditlinie";
        let text = format!("StartWirtschaft{title}\n\n{title}\n\n{}", article(DE));
        let found = classes(&text);
        assert_eq!(
            of(&found, &format!("StartWirtschaft{title}")),
            (LineKind::Boilerplate, Some(ReasonKind::Navigation))
        );
        assert_eq!(of(&found, title).0, LineKind::Headline);
    }

    #[test]
    fn paragraphs_separated_by_single_newlines() {
        let text = format!("BRUXELLES – {}\n{}\n{}", IT[0], IT[1], IT[2]);
        assert!(
            classes(&text)
                .iter()
                .all(|(_, kind, _)| *kind == LineKind::Body)
        );
    }

    #[test]
    fn scrambled_text_of_tricky_characters_never_panics() {
        let alphabet: Vec<char> =
            "aZ İıȺⱥß©/:.-|•0123456789 \n\nΣςσ文字 ٠١ vor ago πριν Foto: REUTERS/ By Źródło"
                .chars()
                .collect();
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..60 {
            let text: String = (0..240)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    alphabet[(state % alphabet.len() as u64) as usize]
                })
                .collect();
            let doc = Document::parse(&text);
            let found = classify(&doc, &layout::blocks(&doc), &lang::guess_lines(&doc));
            assert_eq!(found.len(), doc.lines().len());
        }
    }

    #[test]
    fn any_input_gets_one_class_per_non_blank_line() {
        let huge = "word ".repeat(200_000);
        for text in [
            "",
            " \n \n",
            "\u{0}\u{1}\u{2}",
            "שלום עולם\nمرحبا بالعالم",
            "a",
            huge.as_str(),
        ] {
            let doc = Document::parse(text);
            let found = classify(&doc, &layout::blocks(&doc), &lang::guess_lines(&doc));
            assert_eq!(found.len(), doc.lines().len());
            for (line, class) in doc.lines().iter().zip(&found) {
                assert_eq!(line.is_blank(), class.is_none());
                if let Some(class) = class {
                    assert_eq!(class.kind == LineKind::Body, class.reason.is_none());
                }
            }
        }
    }

    #[test]
    fn closing_author_biographies_in_three_languages() {
        for (bio, body) in [
            (
                "Jane Doe is a correspondent in Brussels and has covered the European Union for the paper since 2010.",
                EN,
            ),
            (
                "Max Muster ist Redakteur im Ressort Politik und berichtet seit vielen Jahren aus dem Bundestag.",
                DE,
            ),
            (
                "Anna Nowak jest dziennikarką i od lat pisze o polityce zagranicznej dla tygodnika.",
                PL,
            ),
        ] {
            let text = format!("{}\n\n{bio}", article(body));
            assert_eq!(
                of(&classes(&text), bio),
                (LineKind::Boilerplate, Some(ReasonKind::AuthorBio)),
                "{bio}"
            );
        }
    }

    #[test]
    fn short_subscription_prompts_closing_the_article_in_three_languages() {
        for (prompt, body) in [
            (
                "Subscribe now to our digital edition for the full story.",
                EN,
            ),
            ("Jetzt abonnieren und alle Artikel der Zeitung lesen.", DE),
            ("Zapraszamy do subskrypcji naszego tygodnika.", PL),
        ] {
            let text = format!("{}\n\n{prompt}", article(body));
            assert_eq!(
                of(&classes(&text), prompt),
                (LineKind::Boilerplate, Some(ReasonKind::ConsentNotice)),
                "{prompt}"
            );
        }
    }
}
