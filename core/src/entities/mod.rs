//! Stage 6: people, organisations and places, each under one canonical name.
//!
//! INTERFACE PLACEHOLDER: the implementation replaces the body of `extract`.

use crate::clean::LineClass;
use crate::document::{Document, Span};
use crate::lang::Languages;
use serde::{Deserialize, Serialize};

/// The type of an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    /// A person.
    Per,
    /// An organisation.
    Org,
    /// A place.
    Loc,
    /// Anything else with a name (events, laws, products).
    Misc,
}

impl EntityType {
    /// The tag used in the JSON contract.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Misc => "MISC",
        }
    }
}

/// One entity with all its mentions in the document.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// Canonical name, in its usual Latin-script form ("Jens Stoltenberg", "Russia").
    pub name: String,
    /// The type.
    pub kind: EntityType,
    /// Every mention, in document order.
    pub mentions: Vec<Span>,
}

/// Finds the entities of the headline, body and captions.
pub fn extract(
    doc: &Document,
    classes: &[Option<LineClass>],
    languages: &Languages,
) -> Vec<Entity> {
    let _ = (doc, classes, languages);
    Vec::new()
}
