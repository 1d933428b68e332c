//! The paste box: the text, the optional publication date, the Analyze button (also
//! Ctrl+Enter), and "Copy link".

use crate::share;
use crate::state::Input;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlInputElement, HtmlTextAreaElement, KeyboardEvent};
use yew::platform::spawn_local;
use yew::prelude::*;

/// Properties of [`PasteBox`].
#[derive(Clone, PartialEq, Properties)]
pub struct PasteBoxProps {
    /// The text and the publication date in the box.
    pub input: Input,
    /// Where the analysis stands, shown beside the buttons.
    pub status: Html,
    /// The reader changed the text (analysed after a pause).
    pub on_input: Callback<Input>,
    /// The reader asked for an analysis now (button, Ctrl+Enter, a new publication date).
    pub on_analyze: Callback<Input>,
}

/// The text box and its actions.
#[component]
pub fn PasteBox(props: &PasteBoxProps) -> Html {
    let share_note = use_state(|| None::<&'static str>);

    // Read the fields themselves: a click or Ctrl+Enter can come before the last input is
    // rendered, and each field's event carries only its own value.
    let textarea = use_node_ref();
    let date = use_node_ref();
    let read = {
        let (textarea, date) = (textarea.clone(), date.clone());
        move || Input {
            text: textarea
                .cast::<HtmlTextAreaElement>()
                .map(|t| t.value())
                .unwrap_or_default()
                .into(),
            published: date
                .cast::<HtmlInputElement>()
                .map(|d| d.value())
                .unwrap_or_default()
                .into(),
        }
    };
    let oninput = {
        let read = read.clone();
        props.on_input.reform(move |_: InputEvent| read())
    };
    // A date input changes once per complete date (or when cleared): analyse at once.
    let onchange = {
        let read = read.clone();
        props.on_analyze.reform(move |_: Event| read())
    };
    let analyze_now = {
        let on_analyze = props.on_analyze.clone();
        move || on_analyze.emit(read())
    };
    let onkeydown = {
        let analyze_now = analyze_now.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                analyze_now();
            }
        })
    };
    let onclick = Callback::from(move |_: MouseEvent| analyze_now());
    let on_share = {
        let input = props.input.clone();
        let share_note = share_note.clone();
        Callback::from(move |_: MouseEvent| {
            let share_note = share_note.clone();
            let published = Some(input.published.as_str()).filter(|d| !d.is_empty());
            let fragment = share::fragment_for(&input.text, published);
            spawn_local(async move {
                share_note.set(Some(copy_link(&fragment).await));
            });
        })
    };

    let text = &props.input.text;
    let chars = text.chars().count();
    let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
    html! {
        <section class="panel paste">
            <label for="input" class="paste-label">{ "Text of the news page" }</label>
            <textarea
                id="input"
                class="input"
                ref={textarea}
                value={text.clone()}
                {oninput}
                {onkeydown}
                spellcheck="false"
                placeholder="Paste the whole page here: menus, teasers and all. Article Lens finds the article in it."
            />
            <div class="actions">
                <label class="published" for="published"
                    title="Relative dates (“yesterday”, “on Tuesday”) and dates without a year are read from this day">
                    { "Published (optional)" }
                    <input id="published" type="date" ref={date}
                        value={props.input.published.clone()} {onchange} />
                </label>
                <button id="analyze" class="button primary" {onclick}>
                    { "Analyze" }
                </button>
                <button id="share" class="button" onclick={on_share}
                    disabled={text.is_empty()}
                    title="Put the text in this page's address and copy it: the link reopens this analysis">
                    { "Copy link" }
                </button>
                <span class="shortcut"><kbd>{ "Ctrl" }</kbd>{ "+" }<kbd>{ "Enter" }</kbd></span>
                <span class="counts">{ format!("{chars} characters · {lines} lines") }</span>
                { props.status.clone() }
                if let Some(note) = *share_note {
                    <span id="share-note" class="share-note" role="status">{ note }</span>
                }
            </div>
        </section>
    }
}

/// Puts `fragment` in the address bar (without a new history entry or a jump) and copies
/// the whole address; says which of the two worked.
async fn copy_link(fragment: &str) -> &'static str {
    let Some(window) = web_sys::window() else {
        return "No window to put the link in.";
    };
    let placed = window
        .history()
        .and_then(|h| h.replace_state_with_url(&JsValue::NULL, "", Some(fragment)));
    if placed.is_err() {
        return "The link could not be made.";
    }
    let Ok(href) = window.location().href() else {
        return "The link is in the address bar.";
    };
    let copied = JsFuture::from(window.navigator().clipboard().write_text(&href)).await;
    match copied {
        Ok(_) => "Link copied.",
        Err(_) => "The link is in the address bar (copying was not allowed).",
    }
}
