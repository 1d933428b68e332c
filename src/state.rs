//! The page's one state: what is in the paste box (the text and the optional publication
//! date), where the analysis stands, and what the reader selected. Every change goes through [`Action`] and [`State::reduce`].
//!
//! Analyses are numbered (generations). Starting one makes it the only one whose result is
//! accepted: a result that arrives for an older generation (the reader typed on while the
//! worker was busy) is dropped, so the page never shows the analysis of a text that is no
//! longer in the box after a newer one was asked for.

use crate::agent::AnalyzeRequest;
use crate::analysis::{Analysis, Selection};
use std::rc::Rc;
use yew::{AttrValue, Reducible};

/// Where the analysis stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Phase {
    /// Nothing analysed yet.
    Idle,
    /// Analysis `generation` is in the worker.
    Running {
        /// The number of the analysis whose result is awaited.
        generation: u64,
    },
    /// The latest analysis.
    Done(Rc<Analysis>),
    /// The analysis did not come back.
    Failed(AttrValue),
}

/// What the reader gives to analyse.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Input {
    /// The text in the paste box.
    pub text: AttrValue,
    /// The publication date, `YYYY-MM-DD` as a date input gives it, or empty.
    pub published: AttrValue,
}

impl Input {
    /// The worker's request for this input.
    pub fn request(&self) -> AnalyzeRequest {
        AnalyzeRequest {
            text: self.text.to_string(),
            published: (!self.published.is_empty()).then(|| self.published.to_string()),
        }
    }
}

/// The page's state.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// What is in the paste box.
    pub input: Input,
    /// Where the analysis stands.
    pub phase: Phase,
    /// The last finished analysis, kept on screen while a newer one runs.
    pub shown: Option<Rc<Analysis>>,
    /// What the reader selected in the shown analysis.
    pub selection: Option<Selection>,
    /// Whether the removed lines are listed.
    pub show_removed: bool,
}

impl Default for State {
    fn default() -> Self {
        State {
            input: Input::default(),
            phase: Phase::Idle,
            shown: None,
            selection: None,
            show_removed: false,
        }
    }
}

/// Everything that changes the state.
#[derive(Debug)]
pub enum Action {
    /// The reader edited the text or the publication date.
    Edit(Input),
    /// Analysis `generation` was sent to the worker.
    Start(u64),
    /// Analysis `generation` came back.
    Finish(u64, Rc<Analysis>),
    /// Analysis `generation` did not come back in time.
    Fail(u64, AttrValue),
    /// The reader clicked an entity or a fact; clicking the selected one again clears it.
    /// If it appears only in the removed lines, they are listed.
    Select(Selection),
    /// The reader cleared the selection.
    ClearSelection,
    /// Show or hide the removed lines.
    ToggleRemoved,
}

impl State {
    /// True while an analysis is in the worker.
    pub fn running(&self) -> bool {
        matches!(self.phase, Phase::Running { .. })
    }

    /// The generation awaited, if any.
    fn awaited(&self) -> Option<u64> {
        match self.phase {
            Phase::Running { generation } => Some(generation),
            _ => None,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(input) => next.input = input,
            Action::Start(generation) => next.phase = Phase::Running { generation },
            Action::Finish(generation, analysis) => {
                if self.awaited() != Some(generation) {
                    return self;
                }
                next.phase = Phase::Done(analysis.clone());
                next.shown = Some(analysis);
                next.selection = None;
            }
            Action::Fail(generation, message) => {
                if self.awaited() != Some(generation) {
                    return self;
                }
                next.phase = Phase::Failed(message);
            }
            Action::Select(selection) => {
                let again = self.selection == Some(selection);
                next.selection = (!again).then_some(selection);
                // A fact or a name found only in the removed lines is shown there.
                if !again
                    && self
                        .shown
                        .as_ref()
                        .is_some_and(|a| !a.in_article(selection))
                {
                    next.show_removed = true;
                }
            }
            Action::ClearSelection => next.selection = None,
            Action::ToggleRemoved => next.show_removed = !self.show_removed,
        }
        Rc::new(next)
    }
}
