//! The paste box: the text, the Analyze button (also Ctrl+Enter), and "Copy link".

use crate::share;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlTextAreaElement, KeyboardEvent};
use yew::platform::spawn_local;
use yew::prelude::*;

/// Properties of [`PasteBox`].
#[derive(Clone, PartialEq, Properties)]
pub struct PasteBoxProps {
    /// The text in the box.
    pub text: AttrValue,
    /// Where the analysis stands, shown beside the buttons.
    pub status: Html,
    /// The reader changed the text.
    pub on_input: Callback<AttrValue>,
    /// The reader asked for an analysis of this text now.
    pub on_analyze: Callback<AttrValue>,
}

/// The text box and its actions.
#[component]
pub fn PasteBox(props: &PasteBoxProps) -> Html {
    let share_note = use_state(|| None::<&'static str>);

    let oninput = props.on_input.reform(|e: InputEvent| {
        AttrValue::from(e.target_unchecked_into::<HtmlTextAreaElement>().value())
    });
    // Read the box itself: a click or Ctrl+Enter can come before the last input is rendered.
    let textarea = use_node_ref();
    let analyze_now = {
        let textarea = textarea.clone();
        let on_analyze = props.on_analyze.clone();
        move || {
            if let Some(input) = textarea.cast::<HtmlTextAreaElement>() {
                on_analyze.emit(AttrValue::from(input.value()));
            }
        }
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
        let text = props.text.clone();
        let share_note = share_note.clone();
        Callback::from(move |_: MouseEvent| {
            let share_note = share_note.clone();
            let fragment = share::fragment_for(&text);
            spawn_local(async move {
                share_note.set(Some(copy_link(&fragment).await));
            });
        })
    };

    let chars = props.text.chars().count();
    let lines = props.text.lines().filter(|l| !l.trim().is_empty()).count();
    html! {
        <section class="panel paste">
            <label for="input" class="paste-label">{ "Text of the news page" }</label>
            <textarea
                id="input"
                class="input"
                ref={textarea}
                value={props.text.clone()}
                {oninput}
                {onkeydown}
                spellcheck="false"
                placeholder="Paste the whole page here: menus, teasers and all. Article Lens finds the article in it."
            />
            <div class="actions">
                <button id="analyze" class="button primary" {onclick}>
                    { "Analyze" }
                </button>
                <button id="share" class="button" onclick={on_share}
                    disabled={props.text.is_empty()}
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
