//! [`EditError`]: why the document refused an edit or a position query.

/// An edit (or a position query) the document cannot apply; the document
/// is unchanged. Each variant carries the numbers the check failed on;
/// [`Display`](std::fmt::Display) gives a one-line message.
///
/// ```
/// use texlex::{EditError, Lexer, Regime};
/// let mut doc = Lexer::new(Regime::Latex).track_catcodes(false).document("é\n".as_bytes()).unwrap();
/// match doc.edit(1..1, b"x") {
///     Err(EditError::InsideCharacter { offset }) => assert_eq!(offset, 1),
///     other => panic!("{other:?}"),
/// }
/// let error = doc.edit(0..9, b"x").unwrap_err();
/// assert_eq!(error, EditError::RangeBeyondText { end: 9, len: 3 });
/// assert_eq!(error.to_string(), "edit ends at 9 beyond the text (3 bytes)");
/// assert_eq!(doc.text(), "é\n".as_bytes());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum EditError {
    /// An edit's range starts after it ends.
    RangeReversed {
        /// Where the range starts (a byte offset).
        start: u32,
        /// Where it ends, before `start`.
        end: u32,
    },
    /// An edit's range ends past the end of the text.
    RangeBeyondText {
        /// Where the range ends (a byte offset).
        end: u32,
        /// Length of the text in bytes.
        len: u32,
    },
    /// An edit's start or end falls strictly inside a UTF-8 character.
    InsideCharacter {
        /// The offending byte offset.
        offset: u32,
    },
    /// The edited text would be 4 GiB or more: offsets are 32-bit.
    TooLarge {
        /// Length the edited text would have, in bytes.
        len: u64,
    },
    /// An LSP range starts after it ends.
    LspRangeReversed {
        /// Byte offset of the range's start.
        start: u32,
        /// Byte offset of its end, before `start`.
        end: u32,
    },
    /// An LSP position's line is past the document's last line.
    LineBeyondDocument {
        /// The 0-based line asked for.
        line: u32,
        /// Number of lines of the document (as an editor counts them).
        lines: usize,
    },
    /// A byte offset is past the end of the text.
    OffsetBeyondText {
        /// The offset asked about.
        offset: u32,
        /// Length of the text in bytes.
        len: u32,
    },
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            EditError::RangeReversed { start, end } => {
                write!(f, "edit starts at {start} after its end {end}")
            }
            EditError::RangeBeyondText { end, len } => {
                write!(f, "edit ends at {end} beyond the text ({len} bytes)")
            }
            EditError::InsideCharacter { offset } => {
                write!(f, "offset {offset} is inside a UTF-8 sequence")
            }
            EditError::TooLarge { .. } => f.write_str("the edited text would reach 4 GiB"),
            EditError::LspRangeReversed { start, end } => {
                write!(f, "LSP range starts after it ends ({start} > {end})")
            }
            EditError::LineBeyondDocument { line, lines } => {
                write!(f, "line {line} is beyond the document ({lines} lines)")
            }
            EditError::OffsetBeyondText { offset, len } => {
                write!(f, "offset {offset} is beyond the text ({len} bytes)")
            }
        }
    }
}

impl std::error::Error for EditError {}
