//! The errors of edits and position queries.

/// An edit the document cannot apply; the document is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditError {
    message: String,
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for EditError {}

pub(super) fn error(message: String) -> EditError {
    EditError { message }
}
