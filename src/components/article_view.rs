//! The cleaned article: headline, body paragraphs with a language badge each, entity mentions
//! coloured by type, the reader's selection emphasised (a fact strongly, its sentence lightly);
//! below, the removed lines on demand.

use crate::analysis::{Analysis, Selection, entity_class, language_name};
use crate::highlight::Run;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

/// Properties of [`ArticleView`].
#[derive(Clone, PartialEq, Properties)]
pub struct ArticleViewProps {
    /// The analysis shown.
    pub analysis: Rc<Analysis>,
    /// What the reader selected.
    pub selection: Option<Selection>,
    /// Whether the removed lines are listed.
    pub show_removed: bool,
    /// The reader clicked an entity in the text.
    pub on_select: Callback<Selection>,
    /// The reader cleared the selection.
    pub on_clear_selection: Callback<()>,
    /// The reader toggled the removed lines.
    pub on_toggle_removed: Callback<()>,
}

/// The article as the core cleaned it.
#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let analysis = &props.analysis;
    let report = &analysis.report;
    let focus = analysis.focus(props.selection);

    use_effect_with(props.selection, |selection| {
        if selection.is_some() {
            reveal_focus();
        }
    });

    // One handler for every mention: the clicked mark names its entity.
    let onclick = {
        let on_select = props.on_select.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(entity) = clicked_entity(&e) {
                on_select.emit(Selection::Entity(entity));
            }
        })
    };

    let headline = match analysis.headline_block() {
        Some(index) => html! {
            <h2 id="headline" class="headline">
                { runs_html(analysis, &analysis.block_runs(index, &focus)) }
            </h2>
        },
        None => html! { <h2 id="headline" class="headline missing">{ "No headline found" }</h2> },
    };

    let paragraphs: Vec<Html> = analysis
        .body_blocks()
        .map(|index| {
            let block = &report.blocks[index];
            html! {
                <p class="para" data-line={block.line_start.to_string()}
                    lang={block.lang.clone().map(AttrValue::from)}>
                    { badge(analysis, block.lang.as_deref(), block.lang_detected) }
                    <span class="para-text">
                        { runs_html(analysis, &analysis.block_runs(index, &focus)) }
                    </span>
                </p>
            }
        })
        .collect();
    let body = if paragraphs.is_empty() {
        let message = report
            .warnings
            .first()
            .cloned()
            .unwrap_or_else(|| "No article text found.".to_owned());
        html! { <p class="empty" role="status">{ message }</p> }
    } else {
        html! {
            <>
                { headline }
                { paragraphs.into_iter().collect::<Html>() }
            </>
        }
    };

    html! {
        <article id="article" class="panel article" lang={report.language.clone().map(AttrValue::from)} {onclick}>
            { selection_bar(props) }
            <div class="article-body">{ body }</div>
            <RemovedLines
                analysis={analysis.clone()}
                selection={props.selection}
                shown={props.show_removed}
                on_toggle={props.on_toggle_removed.clone()}
            />
        </article>
    }
}

/// The entity of the mention under a click, if the click was on one.
fn clicked_entity(e: &MouseEvent) -> Option<usize> {
    let target = e.target()?.dyn_into::<Element>().ok()?;
    let mark = target.closest("[data-entity]").ok()??;
    mark.get_attribute("data-entity")?.parse().ok()
}

/// The runs of one line as HTML: mentions are `<mark class="entity TYPE">`, emphasised plain
/// text is `<mark class="focus">`; every piece of the selected fact's sentence also has the
/// class `sentence`.
fn runs_html(analysis: &Analysis, runs: &[Run<'_>]) -> Html {
    runs.iter()
        .map(|run| {
            let emphasis = (
                run.focused.then_some("focus"),
                run.context.then_some("sentence"),
            );
            match run.entity {
                Some(entity) => {
                    let class = analysis.entity_type(entity).map_or("misc", entity_class);
                    let title = analysis
                        .report
                        .entities
                        .get(entity)
                        .map(|e| format!("{} ({})", e.name, e.kind.as_str()));
                    html! {
                        <mark class={classes!("entity", class, emphasis.0, emphasis.1)}
                            data-entity={entity.to_string()} {title}>
                            { run.text }
                        </mark>
                    }
                }
                None if run.focused || run.context => html! {
                    <mark class={classes!(emphasis.0, emphasis.1)}>{ run.text }</mark>
                },
                None => html! { { run.text } },
            }
        })
        .collect()
}

/// The language badge of a paragraph, in the colour of the language in the summary.
fn badge(analysis: &Analysis, code: Option<&str>, detected: bool) -> Html {
    match code {
        Some(code) => {
            let name = language_name(code);
            let colour = analysis
                .report
                .languages
                .iter()
                .position(|l| l.code == code)
                .map(|i| format!("c{}", i % 6));
            let title = if detected {
                name.to_owned()
            } else {
                format!("{name} (too short to tell: taken from the context)")
            };
            html! {
                <span class={classes!("badge", colour, (!detected).then_some("inferred"))}
                    data-lang={code.to_owned()} {title} aria-label={name.to_owned()}>
                    { code }
                </span>
            }
        }
        None => html! {
            <span class="badge unknown" title="Language not determined">{ "?" }</span>
        },
    }
}

/// How much of a selected fact the selection bar quotes.
const SHOWN_FACT_CHARS: usize = 60;

/// What is selected, with a way to clear it.
fn selection_bar(props: &ArticleViewProps) -> Html {
    let Some(selection) = props.selection else {
        return html! {};
    };
    let what = match selection {
        Selection::Entity(index) => match props.analysis.report.entities.get(index) {
            Some(entity) => {
                let n = entity.mentions.len();
                format!(
                    "{}: {n} mention{}",
                    entity.name,
                    if n == 1 { "" } else { "s" }
                )
            }
            None => return html! {},
        },
        Selection::Span { start, end, .. } => {
            let fact = props.analysis.text_between(start, end);
            match fact.char_indices().nth(SHOWN_FACT_CHARS) {
                Some((cut, _)) => format!("“{}…”", &fact[..cut]),
                None => format!("“{fact}”"),
            }
        }
    };
    let onclick = props.on_clear_selection.reform(|_: MouseEvent| ());
    html! {
        <div class="selection-bar" role="status">
            <span>{ what }</span>
            <button class="button small" {onclick}>{ "Clear" }</button>
        </div>
    }
}

/// Scrolls the first emphasised place into view, unless one is already visible.
fn reveal_focus() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Ok(marks) = document.query_selector_all("#article .focus") else {
        return;
    };
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let elements: Vec<Element> = (0..marks.length())
        .filter_map(|i| marks.item(i)?.dyn_into::<Element>().ok())
        .collect();
    let visible = elements.iter().any(|el| {
        let rect = el.get_bounding_client_rect();
        rect.top() >= 0.0 && rect.bottom() <= height
    });
    if let (false, Some(first)) = (visible, elements.first()) {
        let options = ScrollIntoViewOptions::new();
        options.set_behavior(ScrollBehavior::Smooth);
        options.set_block(ScrollLogicalPosition::Center);
        first.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Properties of [`RemovedLines`].
#[derive(Clone, PartialEq, Properties)]
struct RemovedLinesProps {
    analysis: Rc<Analysis>,
    selection: Option<Selection>,
    shown: bool,
    on_toggle: Callback<()>,
}

/// The lines left out of the article, each with its kind and the reason; names and the
/// selection are marked in them as in the article.
#[component]
fn RemovedLines(props: &RemovedLinesProps) -> Html {
    let analysis = &props.analysis;
    let removed: Vec<usize> = analysis.removed_blocks().collect();
    if removed.is_empty() {
        return html! {};
    }
    let onclick = props.on_toggle.reform(|_: MouseEvent| ());
    let label = format!(
        "{} {} removed line{}",
        if props.shown { "Hide" } else { "Show" },
        removed.len(),
        if removed.len() == 1 { "" } else { "s" }
    );
    let list = props.shown.then(|| {
        let focus = analysis.focus(props.selection);
        let items = removed.iter().map(|&index| {
            let block = &analysis.report.blocks[index];
            let kind = block.kind.as_str();
            html! {
                <li class={classes!("removed-line", kind)}>
                    <div class="removed-meta">
                        <span class={classes!("kind", kind)}>{ kind }</span>
                        <span class="reason">{ block.reason.clone().unwrap_or_default() }</span>
                        <span class="line-no">{ format!("line {}", block.line_start) }</span>
                    </div>
                    <p class="removed-text">{ runs_html(analysis, &analysis.block_runs(index, &focus)) }</p>
                </li>
            }
        });
        html! { <ol id="removed" class="removed-list">{ for items }</ol> }
    });
    html! {
        <section class="removed">
            <button id="toggle-removed" class="button subtle" {onclick}
                aria-expanded={props.shown.to_string()} aria-controls="removed">
                { label }
            </button>
            { for list }
        </section>
    }
}
