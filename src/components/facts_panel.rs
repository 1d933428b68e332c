//! The facts panel: headline, dateline, agency, dates, quantities, quotes, and the entities
//! grouped by type. Clicking a fact or an entity shows where it stands in the article.

use crate::analysis::{Analysis, ENTITY_TYPES, Selection, format_number};
use article_lens_core::report::Sentence;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`FactsPanel`].
#[derive(Clone, PartialEq, Properties)]
pub struct FactsPanelProps {
    /// The analysis shown.
    pub analysis: Rc<Analysis>,
    /// What the reader selected.
    pub selection: Option<Selection>,
    /// The reader clicked a fact or an entity.
    pub on_select: Callback<Selection>,
}

/// Key facts and entities.
#[component]
pub fn FactsPanel(props: &FactsPanelProps) -> Html {
    let report = &props.analysis.report;
    let none = |what: &str| html! { <span class="none">{ what.to_owned() }</span> };
    let headline = report
        .headline
        .clone()
        .map_or_else(|| none("none found"), Html::from);
    let dateline = report
        .dateline
        .clone()
        .map_or_else(|| none("none found"), Html::from);
    let agency = if report.sources.is_empty() {
        none("none credited")
    } else {
        Html::from(report.sources.join(", "))
    };

    let dates = report.dates.iter().map(|date| {
        let value = match &date.value {
            Some(iso) => html! { <time class="iso" datetime={iso.clone()}>{ iso.clone() }</time> },
            None => html! { <span class="iso none">{ "no calendar value" }</span> },
        };
        fact_button(
            props,
            (date.start, date.end),
            date.sentence,
            "date",
            html! {
                <>
                    <span class="as-written">{ date.text.clone() }</span>
                    { value }
                </>
            },
        )
    });
    let quantities = report.quantities.iter().map(|q| {
        fact_button(
            props,
            (q.start, q.end),
            q.sentence,
            "quantity",
            html! {
                <>
                    <span class="value">{ format_number(q.value) }</span>
                    <span class="unit">{ q.unit.clone().unwrap_or_default() }</span>
                    <span class="as-written">{ q.text.clone() }</span>
                </>
            },
        )
    });
    let quotes = report.quotes.iter().map(|q| {
        let speaker = match &q.speaker {
            Some(name) => html! { <span class="speaker">{ format!("— {name}") }</span> },
            None => html! { <span class="speaker none">{ "speaker not named" }</span> },
        };
        fact_button(
            props,
            (q.start, q.end),
            q.sentence,
            "quote",
            html! {
                <>
                    <q class="quote-text">{ q.text.clone() }</q>
                    { speaker }
                </>
            },
        )
    });

    html! {
        <section id="facts" class="panel facts">
            <h2 class="panel-title">{ "Key facts" }</h2>
            <dl id="key-facts" class="key-facts">
                <dt>{ "Headline" }</dt><dd id="fact-headline">{ headline }</dd>
                <dt>{ "Dateline" }</dt><dd id="fact-dateline">{ dateline }</dd>
                <dt>{ "Agency" }</dt><dd id="fact-agency">{ agency }</dd>
            </dl>
            { fact_list("dates", "Dates", report.dates.len(), dates) }
            { fact_list("quantities", "Quantities", report.quantities.len(), quantities) }
            { fact_list("quotes", "Quotes", report.quotes.len(), quotes) }
            <EntityList
                analysis={props.analysis.clone()}
                selection={props.selection}
                on_select={props.on_select.clone()}
            />
        </section>
    }
}

/// A titled list of facts, or "none found".
fn fact_list(
    id: &'static str,
    title: &str,
    count: usize,
    items: impl Iterator<Item = Html>,
) -> Html {
    let content = if count == 0 {
        html! { <p class="none">{ "None found." }</p> }
    } else {
        html! { <ul class="fact-list">{ for items.map(|item| html! { <li>{ item }</li> }) }</ul> }
    };
    html! {
        <section {id} class="fact-group">
            <h3>{ title.to_owned() }<span class="count">{ count }</span></h3>
            { content }
        </section>
    }
}

/// How much of a fact's sentence the panel shows; the whole sentence is in its title.
const SHOWN_SENTENCE_CHARS: usize = 110;

/// A fact with the sentence it comes from; clicking it shows both in the article.
fn fact_button(
    props: &FactsPanelProps,
    (start, end): (usize, usize),
    sentence: Sentence,
    kind: &'static str,
    content: Html,
) -> Html {
    // An empty sentence is a report without sentences (an older one): the fact alone.
    let sentence = (sentence.start < sentence.end).then_some((sentence.start, sentence.end));
    let selection = Selection::Span {
        start,
        end,
        sentence,
    };
    let pressed = props.selection == Some(selection);
    let onclick = props.on_select.reform(move |_: MouseEvent| selection);
    let excerpt = sentence.map(|(s, e)| {
        let (whole, excerpt) = props.analysis.sentence_excerpt(s, e, SHOWN_SENTENCE_CHARS);
        html! { <span class="fact-sentence" title={whole}>{ excerpt }</span> }
    });
    html! {
        <button class={classes!("fact", kind)} {onclick} aria-pressed={pressed.to_string()}
            title="Show in the article">
            { content }
            { for excerpt }
        </button>
    }
}

/// Properties of [`EntityList`].
#[derive(Clone, PartialEq, Properties)]
struct EntityListProps {
    analysis: Rc<Analysis>,
    selection: Option<Selection>,
    on_select: Callback<Selection>,
}

/// The entities, grouped by type, most mentioned first.
#[component]
fn EntityList(props: &EntityListProps) -> Html {
    let entities = &props.analysis.report.entities;
    let groups = ENTITY_TYPES.iter().map(|&(kind, class, title)| {
        let mut members: Vec<usize> = (0..entities.len())
            .filter(|&i| entities[i].kind == kind)
            .collect();
        members.sort_by_key(|&i| {
            let e = &entities[i];
            (std::cmp::Reverse(e.mentions.len()), e.mentions.first().map_or(usize::MAX, |m| m.start))
        });
        let chips = members.iter().map(|&index| entity_chip(props, index, class));
        let list = if members.is_empty() {
            html! { <p class="none">{ "None found." }</p> }
        } else {
            html! { <ul class="chips">{ for chips }</ul> }
        };
        html! {
            <div id={format!("entities-{class}")} class={classes!("entity-group", class)}>
                <h4><span class={classes!("swatch", class)} />{ title }<span class="count">{ members.len() }</span></h4>
                { list }
            </div>
        }
    });
    html! {
        <section id="entities" class="fact-group">
            <h3>{ "Names" }<span class="count">{ entities.len() }</span></h3>
            { for groups }
        </section>
    }
}

/// One entity: its name and mention count; clicking it emphasises its mentions.
fn entity_chip(props: &EntityListProps, index: usize, class: &'static str) -> Html {
    let entity = &props.analysis.report.entities[index];
    let selection = Selection::Entity(index);
    let pressed = props.selection == Some(selection);
    let onclick = props.on_select.reform(move |_: MouseEvent| selection);
    let mut forms: Vec<&str> = entity.mentions.iter().map(|m| m.text.as_str()).collect();
    forms.sort_unstable();
    forms.dedup();
    let title = format!("Written as: {}", forms.join(" · "));
    html! {
        <li>
            <button class={classes!("entity-chip", class)} {onclick} aria-pressed={pressed.to_string()}
                {title} data-entity={index.to_string()}>
                <span class="name">{ entity.name.clone() }</span>
                <span class="count">{ entity.mentions.len() }</span>
            </button>
        </li>
    }
}
