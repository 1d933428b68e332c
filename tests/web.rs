//! The page in a real browser: renders [`App`] in headless Chromium, pastes text and reads the
//! DOM. Run with `cargo test -p article-lens --target wasm32-unknown-unknown --test web`
//! (the runner, wasm-bindgen-test-runner, is set in .cargo/config.toml; it finds chromedriver
//! through $CHROMEDRIVER or PATH). The analysis runs on the page's thread here, as the test
//! runner serves no worker script; the end-to-end test covers the worker.
#![cfg(target_arch = "wasm32")]

use article_lens::analysis::{Analysis, Selection};
use article_lens::state::{Action, Phase, State};
use article_lens::{App, AppProps, Backend};
use article_lens_core::clean::{LineKind, ReasonKind};
use article_lens_core::entities::EntityType;
use article_lens_core::report::{Block, Date, Entity, LanguageShare, Mention, Quote, Sentence};
use article_lens_core::{Options, Report};
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlTextAreaElement};
use yew::Reducible;
use yew::platform::time::sleep;

wasm_bindgen_test_configure!(run_in_browser);

/// Renders the app with `analyze` into a fresh element of the page.
fn render(analyze: fn(&str, &Options) -> Report) -> Element {
    let document = gloo_document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            backend: Backend::InThread(analyze),
        },
    )
    .render();
    root
}

fn gloo_document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// The text of every element `selector` matches, in document order, run together.
fn all_text(root: &Element, selector: &str) -> String {
    let found = root.query_selector_all(selector).unwrap();
    (0..found.length())
        .filter_map(|i| found.item(i)?.text_content())
        .collect()
}

fn click(root: &Element, selector: &str) {
    find(root, selector)
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

/// Types `value` into the paste box as a paste would: sets it and fires `input`.
fn paste(root: &Element, value: &str) {
    let input: HtmlTextAreaElement = find(root, "#input").unwrap().unchecked_into();
    input.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

/// Sets the publication date as the date picker would: sets it and fires `change`.
fn set_published(root: &Element, value: &str) {
    let input: HtmlInputElement = find(root, "#published").unwrap().unchecked_into();
    input.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
}

/// Waits (up to 10 s) until `selector` matches.
async fn wait_for(root: &Element, selector: &str) -> Element {
    for _ in 0..500 {
        if let Some(found) = find(root, selector) {
            return found;
        }
        sleep(Duration::from_millis(20)).await;
    }
    panic!("timed out waiting for {selector}");
}

/// Waits (up to 10 s) until `selector` holds exactly `expected`.
async fn wait_for_text(root: &Element, selector: &str, expected: &str) {
    for _ in 0..500 {
        if text(root, selector) == expected {
            return;
        }
        sleep(Duration::from_millis(20)).await;
    }
    panic!("timed out waiting for {selector} to read {expected:?}");
}

/// Lets Yew render what the last event changed.
async fn settle() {
    sleep(Duration::from_millis(30)).await;
}

#[wasm_bindgen_test]
async fn pasted_text_is_analysed_by_the_core() {
    let root = render(article_lens_core::analyze_with);
    wait_for(&root, "#intro").await;
    assert!(find(&root, "#result").is_none(), "no result before a paste");

    paste(
        &root,
        "NATO-Chef Jens Stoltenberg sagte am Mittwoch in Brüssel, die Gespräche mit Russland \
         seien schwierig gewesen, aber man werde weiter miteinander reden.",
    );
    click(&root, "#analyze");
    wait_for(&root, "#result[aria-busy=\"false\"]").await;

    assert!(text(&root, "#article").contains("Jens Stoltenberg sagte"));
    assert!(
        count(&root, "#article .para .badge") >= 1,
        "a language badge"
    );
    for id in ["#languages", "#facts", "#dates", "#quotes", "#entities"] {
        assert!(find(&root, id).is_some(), "{id} is shown");
    }
    assert!(text(&root, ".status").starts_with("Analysed in"));
}

#[wasm_bindgen_test]
async fn empty_text_shows_the_reports_warning() {
    let root = render(article_lens_core::analyze_with);
    wait_for(&root, "#analyze").await;
    click(&root, "#analyze");
    wait_for(&root, "#result[aria-busy=\"false\"]").await;

    let warning = article_lens_core::analyze("").warnings[0].clone();
    assert_eq!(text(&root, "#article .empty"), warning);
    assert_eq!(count(&root, "#article .para"), 0);
    assert!(
        find(&root, "#facts").is_none(),
        "no facts panel without an article"
    );
}

/// A page with every kind of line and fact, analysed by hand, to test the views
/// independently of how well the core analyses.
const PAGE: &str = "Teile diesen Artikel – 12.01.2022\n\
                    NATO-Chef trifft Russland\n\
                    \n\
                    Jens Stoltenberg sagte am 12. Januar in Brüssel: „Wir reden weiter.“\n\
                    The talks with Russia were long, Stoltenberg said.\n\
                    Werbung\n";

/// The hand-made report of `text`; its dateline is the publication date it was given, so the
/// tests can see the date reach the analysis.
fn hand_made(text: &str, options: &Options) -> Report {
    // Character offsets of the first occurrence of `needle` at or after character `from`.
    let span = |needle: &str, from: usize| {
        let byte_from = text.char_indices().nth(from).map_or(text.len(), |(b, _)| b);
        let byte = byte_from + text[byte_from..].find(needle).unwrap();
        let start = text[..byte].chars().count();
        (start, start + needle.chars().count())
    };
    let mention = |needle: &str, from: usize| {
        let (start, end) = span(needle, from);
        Mention {
            text: needle.into(),
            start,
            end,
        }
    };
    let mut line_number = 0;
    let mut blocks = Vec::new();
    for (kind, lang, reason, line) in [
        (
            LineKind::Boilerplate,
            "deu",
            Some((ReasonKind::SharePrompt, "share prompt")),
            "Teile diesen Artikel – 12.01.2022",
        ),
        (LineKind::Headline, "deu", None, "NATO-Chef trifft Russland"),
        (
            LineKind::Body,
            "deu",
            None,
            "Jens Stoltenberg sagte am 12. Januar in Brüssel: „Wir reden weiter.“",
        ),
        (
            LineKind::Body,
            "eng",
            None,
            "The talks with Russia were long, Stoltenberg said.",
        ),
        (
            LineKind::Boilerplate,
            "deu",
            Some((ReasonKind::Advertisement, "advertisement label")),
            "Werbung",
        ),
    ] {
        line_number += if line_number == 2 { 2 } else { 1 };
        let (start, end) = span(line, 0);
        blocks.push(Block {
            line_start: line_number,
            line_end: line_number,
            kind,
            lang: Some(lang.into()),
            lang_detected: kind == LineKind::Body,
            reason_kind: reason.map(|r| r.0),
            reason: reason.map(|r| r.1.into()),
            text: line.into(),
            start,
            end,
        });
    }
    let stoltenberg = span("Jens Stoltenberg", 0).1;
    // The German line is the date's sentence; the quote's runs on over the English line.
    let line = |i: usize| Sentence {
        start: blocks[i].start,
        end: blocks[i].end,
    };
    let (german, share_line) = (line(2), line(0));
    let across = Sentence {
        start: german.start,
        end: line(3).end,
    };
    Report {
        language: Some("deu".into()),
        languages: vec![
            LanguageShare {
                code: "deu".into(),
                name: "German".into(),
                share: 0.6,
            },
            LanguageShare {
                code: "eng".into(),
                name: "English".into(),
                share: 0.4,
            },
        ],
        headline: Some("NATO-Chef trifft Russland".into()),
        dateline: options
            .published
            .map(|d| format!("{}-{:02}-{:02}", d.year, d.month, d.day)),
        sources: vec!["Reuters".into()],
        entities: vec![
            Entity {
                name: "Russia".into(),
                kind: EntityType::Loc,
                mentions: vec![mention("Russland", 0), mention("Russia", 0)],
            },
            Entity {
                name: "Jens Stoltenberg".into(),
                kind: EntityType::Per,
                mentions: vec![
                    mention("Jens Stoltenberg", 0),
                    mention("Stoltenberg", stoltenberg),
                ],
            },
            Entity {
                name: "Brussels".into(),
                kind: EntityType::Loc,
                mentions: vec![mention("Brüssel", 0)],
            },
        ],
        dates: [
            ("12. Januar", "--01-12", german),
            ("12.01.2022", "2022-01-12", share_line),
        ]
        .into_iter()
        .map(|(written, value, sentence)| {
            let Mention { text, start, end } = mention(written, 0);
            Date {
                text,
                value: Some(value.into()),
                start,
                end,
                sentence,
            }
        })
        .collect(),
        quantities: Vec::new(),
        quotes: {
            let Mention { text, start, end } = mention("Wir reden weiter.", 0);
            vec![Quote {
                text,
                speaker: Some("Jens Stoltenberg".into()),
                start,
                end,
                sentence: across,
            }]
        },
        blocks,
        warnings: Vec::new(),
    }
}

#[wasm_bindgen_test]
async fn the_views_show_the_report() {
    let root = render(hand_made);
    wait_for(&root, "#input").await;
    paste(&root, PAGE);
    click(&root, "#analyze");
    wait_for(&root, "#result[aria-busy=\"false\"]").await;

    // The article: headline on top, body lines only, one badge each, mentions by type.
    assert_eq!(text(&root, "#headline"), "NATO-Chef trifft Russland");
    let article = text(&root, "#article .article-body");
    assert!(article.contains("Wir reden weiter"));
    assert!(!article.contains("Werbung") && !article.contains("Teile diesen"));
    assert_eq!(count(&root, "#article .para"), 2);
    assert_eq!(count(&root, "#article .badge[data-lang=\"deu\"]"), 1);
    assert_eq!(count(&root, "#article .badge[data-lang=\"eng\"]"), 1);
    assert_eq!(count(&root, "#article .entity.per"), 2);
    assert_eq!(
        count(&root, "#article .entity.loc"),
        3,
        "Brüssel, Russia, and Russland in the headline"
    );
    assert_eq!(text(&root, "#article .entity.per"), "Jens Stoltenberg");

    // The languages and the facts.
    let languages = text(&root, "#languages");
    assert!(
        languages.contains("German60\u{a0}%") && languages.contains("English40\u{a0}%"),
        "{languages}"
    );
    assert_eq!(text(&root, "#fact-headline"), "NATO-Chef trifft Russland");
    assert_eq!(text(&root, "#fact-agency"), "Reuters");
    assert_eq!(text(&root, "#dates time"), "--01-12");
    assert!(text(&root, "#quotes").contains("— Jens Stoltenberg"));
    assert!(text(&root, "#entities-per").contains("Jens Stoltenberg2"));
    assert!(text(&root, "#entities-loc").starts_with("Places2"));

    // Clicking a person emphasises their mentions; clicking again clears it.
    click(&root, "#entities-per .entity-chip");
    settle().await;
    assert_eq!(count(&root, "#article .entity.focus"), 2);
    assert!(text(&root, ".selection-bar").contains("Jens Stoltenberg: 2 mentions"));
    click(&root, "#entities-per .entity-chip");
    settle().await;
    assert_eq!(count(&root, "#article .focus"), 0);

    // Clicking a mention in the text selects its entity.
    click(&root, "#article .entity.loc");
    settle().await;
    assert_eq!(
        count(&root, "#article .entity.loc.focus"),
        2,
        "Russland and Russia"
    );

    // Each fact shows its sentence: whole, or cut with the whole in the title.
    let german = "Jens Stoltenberg sagte am 12. Januar in Brüssel: „Wir reden weiter.“";
    let english = "The talks with Russia were long, Stoltenberg said.";
    assert_eq!(text(&root, "#dates li:first-child .fact-sentence"), german);
    let quote_sentence = find(&root, "#quotes .fact-sentence").unwrap();
    assert_eq!(
        quote_sentence.get_attribute("title").unwrap(),
        format!("{german} {english}"),
        "the line break between the paragraphs is a space"
    );
    let shown = quote_sentence.text_content().unwrap();
    assert!(shown.ends_with('…') && shown.chars().count() < german.len() + english.len());

    // Clicking a date emphasises it and, less, its sentence.
    click(&root, "#dates li:first-child .fact");
    settle().await;
    assert_eq!(text(&root, "#article mark.focus"), "12. Januar");
    assert_eq!(all_text(&root, "#article .sentence"), german);
    assert_eq!(
        count(&root, "#article .entity.sentence"),
        2,
        "Jens Stoltenberg and Brüssel keep their colour in the sentence"
    );

    // Clicking a quote emphasises it in the text, and its sentence over both paragraphs.
    click(&root, "#quotes .fact");
    settle().await;
    assert_eq!(text(&root, "#article mark.focus"), "Wir reden weiter.");
    assert!(text(&root, ".selection-bar").starts_with("“Wir reden weiter.”"));
    assert_eq!(
        all_text(&root, "#article .sentence"),
        format!("{german}{english}")
    );
    assert_eq!(count(&root, "#article .para:not(:has(.sentence))"), 0);

    // The removed lines, on demand, with kind and reason.
    assert!(find(&root, "#removed").is_none());
    assert_eq!(text(&root, "#toggle-removed"), "Show 2 removed lines");
    click(&root, "#toggle-removed");
    settle().await;
    assert_eq!(count(&root, "#removed li"), 2);
    assert_eq!(text(&root, "#removed li .reason"), "share prompt");
    assert_eq!(text(&root, "#removed li:last-child .kind"), "boilerplate");
    assert_eq!(
        text(&root, "#removed li:last-child .removed-text"),
        "Werbung"
    );

    // A fact found only in a removed line opens the removed lines and is marked there.
    click(&root, "#toggle-removed");
    settle().await;
    assert!(find(&root, "#removed").is_none());
    click(&root, "#dates li:last-child .fact");
    settle().await;
    assert_eq!(text(&root, "#removed mark.focus"), "12.01.2022");
    assert_eq!(
        all_text(&root, "#removed .sentence"),
        "Teile diesen Artikel – 12.01.2022"
    );
}

#[wasm_bindgen_test]
async fn the_publication_date_goes_to_the_analysis() {
    let root = render(hand_made);
    wait_for(&root, "#published").await;
    paste(&root, PAGE);
    click(&root, "#analyze");
    wait_for(&root, "#result[aria-busy=\"false\"]").await;
    assert_eq!(text(&root, "#fact-dateline"), "none found");

    // Setting the date analyses again, with it; the text stays as it was.
    set_published(&root, "2022-01-13");
    wait_for_text(&root, "#fact-dateline", "2022-01-13").await;
    assert!(text(&root, "#article").contains("Wir reden weiter"));

    // Editing the text keeps the date (analysed after the pause in typing).
    paste(&root, &format!("{PAGE}Mehr\n"));
    sleep(Duration::from_millis(800)).await;
    wait_for(&root, "#result[aria-busy=\"false\"]").await;
    assert_eq!(text(&root, "#fact-dateline"), "2022-01-13");

    // Clearing it analyses without.
    set_published(&root, "");
    wait_for_text(&root, "#fact-dateline", "none found").await;
}

fn analysis(text: &str) -> Rc<Analysis> {
    Rc::new(Analysis::new(text.into(), Report::default(), 1.0))
}

#[wasm_bindgen_test]
fn stale_results_are_dropped() {
    let state = Rc::new(State::default());
    let state = state.reduce(Action::Start(1)).reduce(Action::Start(2));
    // The first analysis comes back after the second was asked for: dropped.
    let state = state.reduce(Action::Finish(1, analysis("old")));
    assert_eq!(state.phase, Phase::Running { generation: 2 });
    assert!(state.shown.is_none());
    let state = state.reduce(Action::Finish(2, analysis("new")));
    assert!(matches!(&state.phase, Phase::Done(a) if a.text == "new"));
    // A late failure of an older analysis does not hide the result.
    let state = state.reduce(Action::Fail(1, "late".into()));
    assert!(matches!(state.phase, Phase::Done(_)));
}

#[wasm_bindgen_test]
fn selecting_twice_clears_and_new_results_clear_the_selection() {
    let state = Rc::new(State::default()).reduce(Action::Select(Selection::Entity(3)));
    assert_eq!(state.selection, Some(Selection::Entity(3)));
    let state = state.reduce(Action::Select(Selection::Entity(3)));
    assert_eq!(state.selection, None);
    let state = state
        .reduce(Action::Select(Selection::Span {
            start: 1,
            end: 4,
            sentence: Some((0, 9)),
        }))
        .reduce(Action::Start(1))
        .reduce(Action::Finish(1, analysis("x")));
    assert_eq!(state.selection, None);
}
