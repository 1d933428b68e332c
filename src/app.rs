//! The root component: where the analysis runs, and the page laid out around the state.

use crate::agent::{AnalyzeTask, Json};
use crate::components::{ArticleView, FactsPanel, LanguageSummary, PasteBox};
use crate::hooks::{Runner, use_analysis};
use crate::share;
use crate::state::{Action, Input, Phase, State};
use article_lens_core::{Options, Report};
use yew::prelude::*;
use yew_agent::oneshot::{OneshotProvider, use_oneshot_runner};

/// Where the page runs its analyses.
#[derive(Clone, Debug)]
pub enum Backend {
    /// In a web worker loaded from this script path (relative to the page).
    Worker(AttrValue),
    /// On the page's thread, with this function (for tests, where no worker is served).
    InThread(fn(&str, &Options) -> Report),
}

impl Default for Backend {
    /// The worker script Trunk builds from the `worker` binary, next to the page.
    fn default() -> Self {
        Backend::Worker(AttrValue::Static("worker.js"))
    }
}

impl PartialEq for Backend {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Backend::Worker(a), Backend::Worker(b)) => a == b,
            (Backend::InThread(a), Backend::InThread(b)) => std::ptr::fn_addr_eq(*a, *b),
            _ => false,
        }
    }
}

/// Properties of [`App`].
#[derive(Clone, Debug, PartialEq, Properties, Default)]
pub struct AppProps {
    /// Where analyses run (default: the web worker).
    #[prop_or_default]
    pub backend: Backend,
}

/// The Article Lens page.
#[component]
pub fn App(props: &AppProps) -> Html {
    match &props.backend {
        Backend::Worker(path) => html! {
            // Not lazy: the worker loads its wasm while the reader is still pasting.
            <OneshotProvider<AnalyzeTask, Json> path={path.clone()} lazy={false}>
                <WorkerRunner />
            </OneshotProvider<AnalyzeTask, Json>>
        },
        Backend::InThread(analyze) => html! {
            <ContextProvider<Runner> context={Runner::InThread(*analyze)}>
                <Workbench />
            </ContextProvider<Runner>>
        },
    }
}

/// Hands the worker's runner to the page.
#[component]
fn WorkerRunner() -> Html {
    let worker = use_oneshot_runner::<AnalyzeTask>();
    html! {
        <ContextProvider<Runner> context={Runner::Worker(worker)}>
            <Workbench />
        </ContextProvider<Runner>>
    }
}

/// The page itself: header, paste box, results.
#[component]
fn Workbench() -> Html {
    let state = use_reducer(State::default);
    let analysis = use_analysis(state.dispatcher());

    // A link made with "Copy link" carries its text (and publication date) in the fragment:
    // analyse it on load.
    {
        let dispatch = state.dispatcher();
        let now = analysis.now.clone();
        use_effect_with((), move |_| {
            let fragment = web_sys::window().and_then(|w| w.location().hash().ok());
            if let Some(shared) = fragment.as_deref().and_then(share::shared_from_fragment) {
                let input = Input {
                    text: shared.text.into(),
                    published: shared.published.map(AttrValue::from).unwrap_or_default(),
                };
                dispatch.dispatch(Action::Edit(input.clone()));
                now.emit(input);
            }
        });
    }

    // Callbacks made once (their dispatcher never changes), so that the views, whose props
    // they are, are not re-rendered on every keystroke.
    let dispatcher = state.dispatcher();
    let on_input = use_callback(
        (dispatcher.clone(), analysis.clone()),
        |input: Input, (dispatch, analysis)| {
            dispatch.dispatch(Action::Edit(input.clone()));
            analysis.later.emit(input);
        },
    );
    let on_analyze = use_callback(
        (dispatcher.clone(), analysis.clone()),
        |input: Input, (dispatch, analysis)| {
            dispatch.dispatch(Action::Edit(input.clone()));
            analysis.now.emit(input);
        },
    );
    let on_select = use_callback(dispatcher.clone(), |selection, dispatch| {
        dispatch.dispatch(Action::Select(selection))
    });
    let on_clear_selection = use_callback(dispatcher.clone(), |(), dispatch| {
        dispatch.dispatch(Action::ClearSelection)
    });
    let on_toggle_removed = use_callback(dispatcher, |(), dispatch| {
        dispatch.dispatch(Action::ToggleRemoved)
    });

    let status = match &state.phase {
        Phase::Idle => html! {},
        Phase::Running { .. } => html! {
            <span class="status running" role="status"><span class="spinner" />{ "Analysing…" }</span>
        },
        Phase::Done(done) => html! {
            <span class="status done" role="status">
                { format!("Analysed in {:.0} ms", done.elapsed_ms.max(1.0)) }
            </span>
        },
        Phase::Failed(_) => html! { <span class="status failed" role="status">{ "Failed" }</span> },
    };

    let body = match (&state.shown, &state.phase) {
        (_, Phase::Failed(message)) => html! {
            <div id="error" class="notice error" role="alert">{ message.clone() }</div>
        },
        (Some(shown), _) => {
            // Without an article, the article panel says why (the report's warning) and
            // offers the lines that were set aside; there are no facts to show.
            let has_article = shown.body_blocks().next().is_some();
            let warnings = has_article.then(|| {
                shown.report.warnings.iter().map(|w| {
                    html! { <div class="notice warning" role="status">{ w.clone() }</div> }
                })
            });
            let side = has_article.then(|| {
                html! {
                    <aside class="side">
                        <LanguageSummary analysis={shown.clone()} />
                        <FactsPanel
                            analysis={shown.clone()}
                            selection={state.selection}
                            on_select={on_select.clone()}
                        />
                    </aside>
                }
            });
            html! {
                <section id="result" class={classes!("result", state.running().then_some("stale"))}
                    aria-busy={state.running().to_string()}>
                    { for warnings.into_iter().flatten() }
                    <div class={classes!("columns", (!has_article).then_some("single"))}>
                        <ArticleView
                            analysis={shown.clone()}
                            selection={state.selection}
                            show_removed={state.show_removed}
                            on_select={on_select.clone()}
                            on_clear_selection={on_clear_selection}
                            on_toggle_removed={on_toggle_removed}
                        />
                        { for side }
                    </div>
                </section>
            }
        }
        (None, _) => html! { <Intro /> },
    };

    html! {
        <div class="app">
            <header class="topbar">
                <div class="brand">
                    <svg class="logo" viewBox="0 0 32 32" aria-hidden="true">
                        <circle cx="13" cy="13" r="9" />
                        <line x1="19.5" y1="19.5" x2="28" y2="28" />
                        <line x1="9" y1="10" x2="17" y2="10" />
                        <line x1="9" y1="14" x2="17" y2="14" />
                        <line x1="9" y1="18" x2="14" y2="18" />
                    </svg>
                    <div>
                        <h1>{ "Article Lens" }</h1>
                        <p class="tagline">
                            { "Paste a scraped news page: get the article, its languages, names and facts." }
                        </p>
                    </div>
                </div>
            </header>
            <main class="main">
                <PasteBox
                    input={state.input.clone()}
                    {status}
                    {on_input}
                    {on_analyze}
                />
                { body }
            </main>
            <footer class="footer">
                { "Everything runs in your browser: the text never leaves this page." }
            </footer>
        </div>
    }
}

/// What the page says before the first analysis.
#[component]
fn Intro() -> Html {
    html! {
        <section id="intro" class="panel intro">
            <h2 class="panel-title">{ "What it does" }</h2>
            <ul>
                <li>
                    <strong>{ "Cleans" }</strong>
                    { " the page: menus, teasers, share prompts and ads are set aside, each with the reason." }
                </li>
                <li>
                    <strong>{ "Reads the languages" }</strong>
                    { " of the article and of every paragraph, also in mixed-language pages." }
                </li>
                <li>
                    <strong>{ "Finds" }</strong>
                    { " people, organisations and places under one name, and the key facts: headline, dateline, agency, dates, numbers and quotes." }
                </li>
            </ul>
            <p class="hint">
                { "Paste the text above (it is analysed as you type), or press " }
                <kbd>{ "Ctrl" }</kbd>{ "+" }<kbd>{ "Enter" }</kbd>{ "." }
            </p>
        </section>
    }
}
