//! The languages of the article and their shares: a bar and "German 55 %, English 45 %".

use crate::analysis::{Analysis, language_summary, percent};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`LanguageSummary`].
#[derive(Clone, PartialEq, Properties)]
pub struct LanguageSummaryProps {
    /// The analysis shown.
    pub analysis: Rc<Analysis>,
}

/// The languages of the article body.
#[component]
pub fn LanguageSummary(props: &LanguageSummaryProps) -> Html {
    let languages = &props.analysis.report.languages;
    let content = if languages.is_empty() {
        html! { <p class="none">{ "No language found." }</p> }
    } else {
        let segments = languages.iter().enumerate().map(|(i, l)| {
            html! {
                <span class={classes!("segment", format!("c{}", i % 6))}
                    style={format!("width: {:.2}%", l.share.clamp(0.0, 1.0) * 100.0)}
                    title={format!("{} {}", l.name, percent(l.share))} />
            }
        });
        let legend = languages.iter().enumerate().map(|(i, l)| {
            html! {
                <li data-lang={l.code.clone()}>
                    <span class={classes!("dot", format!("c{}", i % 6))} />
                    <span class="name">{ l.name.clone() }</span>
                    <span class="share">{ percent(l.share) }</span>
                </li>
            }
        });
        html! {
            <>
                <div class="lang-bar" role="img" aria-label={language_summary(&props.analysis.report)}>
                    { for segments }
                </div>
                <ul class="lang-legend">{ for legend }</ul>
            </>
        }
    };
    html! {
        <section id="languages" class="panel languages">
            <h2 class="panel-title">{ "Languages" }</h2>
            { content }
        </section>
    }
}
