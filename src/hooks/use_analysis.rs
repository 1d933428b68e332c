//! Runs analyses for the page: now (button, Ctrl+Enter, a shared link) or after a pause in
//! typing, one at a time, newest first.
//!
//! Every request gets the next generation number and is announced to the state at once
//! (`Action::Start`), which makes any older result stale. The worker handles one analysis at a
//! time; a request made while it is busy waits, and a newer request replaces a waiting one, so a
//! burst of edits costs at most one analysis in flight and one after it, however long each
//! takes. A watchdog turns an analysis that never comes back into `Phase::Failed`.

use crate::agent::{AnalyzeRequest, AnalyzeTask};
use crate::analysis::Analysis;
use crate::state::{Action, Input, State};
use article_lens_core::{Options, Report};
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use yew::platform::spawn_local;
use yew::platform::time::sleep;
use yew::prelude::*;
use yew_agent::oneshot::UseOneshotRunnerHandle;

/// Pause in typing after which the text is analysed.
const DEBOUNCE: Duration = Duration::from_millis(400);
/// How long an analysis may take before the page gives up on it.
const WATCHDOG: Duration = Duration::from_secs(60);
const TIMED_OUT: &str = "The analysis did not come back within a minute: the worker may have \
     stopped (see the browser console). Reload the page to try again.";

/// Where analyses run; provided to the page as a context by [`crate::App`].
#[derive(Clone)]
pub enum Runner {
    /// In the web worker.
    Worker(UseOneshotRunnerHandle<AnalyzeTask>),
    /// On the page's own thread (tests, where no worker script is served).
    InThread(fn(&str, &Options) -> Report),
}

impl PartialEq for Runner {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Runner::Worker(a), Runner::Worker(b)) => a == b,
            (Runner::InThread(a), Runner::InThread(b)) => std::ptr::fn_addr_eq(*a, *b),
            _ => false,
        }
    }
}

impl Runner {
    async fn run(&self, request: AnalyzeRequest) -> Report {
        match self {
            Runner::Worker(worker) => worker.run(request).await,
            Runner::InThread(analyze) => {
                // Let the page paint "Analysing…" first, as it can while a worker computes.
                sleep(Duration::ZERO).await;
                analyze(&request.text, &request.options())
            }
        }
    }
}

/// The page's handles to the analysis.
#[derive(Clone, PartialEq)]
pub struct AnalysisHandle {
    /// Analyse this input now.
    pub now: Callback<Input>,
    /// Analyse this input after a pause in typing (each call restarts the pause).
    pub later: Callback<Input>,
}

/// The bookkeeping shared by the callbacks and the running tasks.
#[derive(Default)]
struct Queue {
    /// The latest generation handed out.
    generation: u64,
    /// Counts edits; a pending debounce fires only if no edit came after it.
    edits: u64,
    /// The generation in the worker, if any.
    running: Option<u64>,
    /// The request waiting for the worker.
    waiting: Option<(u64, AnalyzeRequest)>,
}

#[derive(Clone)]
struct Pipeline {
    queue: Rc<RefCell<Queue>>,
    runner: Runner,
    dispatch: UseReducerDispatcher<State>,
}

impl Pipeline {
    fn request(&self, request: AnalyzeRequest) {
        let generation = {
            let mut queue = self.queue.borrow_mut();
            queue.edits += 1;
            queue.generation += 1;
            queue.generation
        };
        self.dispatch.dispatch(Action::Start(generation));
        let busy = self.queue.borrow().running.is_some();
        if busy {
            self.queue.borrow_mut().waiting = Some((generation, request));
        } else {
            self.launch(generation, request);
        }
    }

    fn request_later(&self, request: AnalyzeRequest) {
        let edit = {
            let mut queue = self.queue.borrow_mut();
            queue.edits += 1;
            queue.edits
        };
        let pipeline = self.clone();
        spawn_local(async move {
            sleep(DEBOUNCE).await;
            if pipeline.queue.borrow().edits == edit {
                pipeline.request(request);
            }
        });
    }

    fn launch(&self, generation: u64, request: AnalyzeRequest) {
        self.queue.borrow_mut().running = Some(generation);
        let watchdog = self.clone();
        spawn_local(async move {
            sleep(WATCHDOG).await;
            let stuck = watchdog.queue.borrow().running == Some(generation);
            if stuck {
                watchdog.queue.borrow_mut().running = None;
                watchdog
                    .dispatch
                    .dispatch(Action::Fail(generation, AttrValue::Static(TIMED_OUT)));
                watchdog.launch_waiting();
            }
        });
        let pipeline = self.clone();
        spawn_local(async move {
            let started = now_ms();
            let text = request.text.clone();
            let report = pipeline.runner.run(request).await;
            let elapsed = now_ms() - started;
            let current = {
                let mut queue = pipeline.queue.borrow_mut();
                if queue.running == Some(generation) {
                    queue.running = None;
                }
                queue.generation == generation
            };
            if current {
                let analysis = Rc::new(Analysis::new(text, report, elapsed));
                pipeline
                    .dispatch
                    .dispatch(Action::Finish(generation, analysis));
            }
            pipeline.launch_waiting();
        });
    }

    fn launch_waiting(&self) {
        let next = {
            let mut queue = self.queue.borrow_mut();
            if queue.running.is_some() {
                None
            } else {
                queue.waiting.take()
            }
        };
        if let Some((generation, request)) = next {
            self.launch(generation, request);
        }
    }
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Gives the page its analysis handles. Needs the [`Runner`] context.
#[hook]
pub fn use_analysis(dispatch: UseReducerDispatcher<State>) -> AnalysisHandle {
    let runner = use_context::<Runner>().expect("App provides the analysis runner");
    let queue = use_mut_ref(Queue::default);
    let pipeline = Pipeline {
        queue: queue.clone(),
        runner,
        dispatch,
    };
    let now = {
        let pipeline = pipeline.clone();
        use_callback(
            (pipeline.runner.clone(), pipeline.dispatch.clone()),
            move |input: Input, _| pipeline.request(input.request()),
        )
    };
    let later = use_callback(
        (pipeline.runner.clone(), pipeline.dispatch.clone()),
        move |input: Input, _| pipeline.request_later(input.request()),
    );
    AnalysisHandle { now, later }
}
