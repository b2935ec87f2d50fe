//! The Arrow columns of a lex, built in Rust and handed to pyarrow through
//! the Arrow C data interface. The schema is pinned in `SCHEMA.md`.

use std::sync::Arc;

use arrow_array::types::{Int8Type, Int32Type};
use arrow_array::{
    Array, ArrayRef, DictionaryArray, PrimitiveArray, RecordBatch, StringArray, StructArray,
};
use arrow_buffer::{NullBuffer, ScalarBuffer};
use arrow_schema::{ArrowError, Field, Schema};
use pyo3::prelude::*;
use texlex::{CsId, InputModel, Lexed, Record, TokenKind, TriviaKind};

use crate::{KIND_NAMES, display_name, kind_code};

/// Trivia kinds, by their `what` dictionary key.
const WHAT_NAMES: [&str; 5] = ["comment", "space", "eol", "ignored", "dropped"];

fn what_code(kind: TriviaKind) -> i8 {
    match kind {
        TriviaKind::Comment => 0,
        TriviaKind::Space => 1,
        TriviaKind::Eol => 2,
        TriviaKind::Ignored => 3,
        _ => 4,
    }
}

/// Dictionary keys of control-sequence ids, in the order of first use.
#[derive(Default)]
pub(crate) struct FirstUse {
    keys: Vec<i32>,
    len: i32,
}

impl FirstUse {
    /// The key of `id`, and whether this is its first use.
    pub(crate) fn insert(&mut self, id: CsId) -> (i32, bool) {
        let i = id.as_u32() as usize;
        if i >= self.keys.len() {
            self.keys.resize((i + 1).max(self.keys.len() * 2), -1);
        }
        if self.keys[i] >= 0 {
            return (self.keys[i], false);
        }
        self.keys[i] = self.len;
        self.len += 1;
        (self.keys[i], true)
    }
}

/// A nullable primitive column.
struct Column<T> {
    values: Vec<T>,
    valid: Vec<bool>,
    nulls: usize,
}

impl<T: Default + arrow_buffer::ArrowNativeType> Column<T> {
    fn with_capacity(n: usize) -> Self {
        Column {
            values: Vec::with_capacity(n),
            valid: Vec::with_capacity(n),
            nulls: 0,
        }
    }

    fn push(&mut self, value: Option<T>) {
        self.valid.push(value.is_some());
        if value.is_none() {
            self.nulls += 1;
        }
        self.values.push(value.unwrap_or_default());
    }

    fn finish<P>(self) -> PrimitiveArray<P>
    where
        P: arrow_array::ArrowPrimitiveType<Native = T>,
    {
        let nulls = (self.nulls > 0).then(|| NullBuffer::from(self.valid));
        PrimitiveArray::new(ScalarBuffer::from(self.values), nulls)
    }
}

/// Line and column of offsets asked in increasing order: for valid UTF-8
/// read as UTF-8 (where every offset asked is a character boundary), a walk over the line starts counting the characters since the last
/// offset (what [`texlex::Positions`] gives there, with less work per
/// call); otherwise [`texlex::Positions`] itself, which knows how
/// ill-formed bytes count.
enum Walker<'a> {
    Utf8 {
        text: &'a [u8],
        /// Start of every line after the current one, in order.
        starts: Vec<u32>,
        next: usize,
        line: u32,
        counted: u32,
        col: u32,
    },
    Lossy(texlex::Positions<'a>),
}

impl<'a> Walker<'a> {
    fn new(lexed: &'a Lexed) -> Walker<'a> {
        let text = lexed.source();
        let bytes_model = lexed.profile().input_model() == InputModel::Bytes;
        if bytes_model || std::str::from_utf8(text).is_err() {
            return Walker::Lossy(lexed.positions());
        }
        let starts = (1..lexed.line_count() as u32)
            .filter_map(|l| lexed.line_range(l).map(|r| r.start))
            .collect();
        Walker::Utf8 {
            text,
            starts,
            next: 0,
            line: 1,
            counted: 0,
            col: 1,
        }
    }

    #[inline]
    fn at(&mut self, offset: u32) -> (u32, u32) {
        match self {
            Walker::Lossy(p) => {
                let at = p.position(offset);
                (at.line, at.col)
            }
            Walker::Utf8 {
                text,
                starts,
                next,
                line,
                counted,
                col,
            } => {
                while *next < starts.len() && starts[*next] <= offset {
                    *counted = starts[*next];
                    *col = 1;
                    *line += 1;
                    *next += 1;
                }
                let bytes = &text[*counted as usize..offset as usize];
                *col += bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count() as u32;
                *counted = offset;
                (*line, *col)
            }
        }
    }
}

/// The columns being built.
struct Columns {
    kind: Vec<i8>,
    name: Column<i32>,
    cat: Column<u8>,
    cp: Column<u32>,
    start: Vec<u64>,
    end: Vec<u64>,
    line: Vec<u32>,
    col: Vec<u32>,
    what: Column<i8>,
}

/// The record batch of `lexed`'s tokens (and trivia).
pub(crate) fn build(lexed: &Lexed, trivia: bool) -> Result<RecordBatch, ArrowError> {
    let tokens = lexed.token_stats().tokens() as usize;
    let rows = if trivia {
        tokens + 2 * lexed.line_count() + 16
    } else {
        tokens
    };
    let mut c = Columns {
        kind: Vec::with_capacity(rows),
        name: Column::with_capacity(rows),
        cat: Column::with_capacity(rows),
        cp: Column::with_capacity(rows),
        start: Vec::with_capacity(rows),
        end: Vec::with_capacity(rows),
        line: Vec::with_capacity(rows),
        col: Vec::with_capacity(rows),
        what: Column::with_capacity(if trivia { rows } else { 0 }),
    };
    let mut names: Vec<String> = Vec::new();
    if trivia {
        fill(lexed, lexed.records(), true, &mut c, &mut names);
    } else {
        fill(
            lexed,
            lexed.tokens().map(Record::Token),
            false,
            &mut c,
            &mut names,
        );
    }
    let Columns {
        kind,
        name,
        cat,
        cp,
        start,
        end,
        line,
        col,
        what,
    } = c;
    let dictionary8 =
        |keys: PrimitiveArray<Int8Type>, values: &[&str]| -> Result<ArrayRef, ArrowError> {
            Ok(Arc::new(DictionaryArray::<Int8Type>::try_new(
                keys,
                Arc::new(StringArray::from(values.to_vec())),
            )?) as ArrayRef)
        };
    let mut columns: Vec<(&str, ArrayRef, bool)> = vec![
        (
            "kind",
            dictionary8(
                PrimitiveArray::new(ScalarBuffer::from(kind), None),
                &KIND_NAMES,
            )?,
            false,
        ),
        (
            "name",
            Arc::new(DictionaryArray::<Int32Type>::try_new(
                name.finish(),
                Arc::new(StringArray::from(names)),
            )?),
            true,
        ),
        (
            "cat",
            Arc::new(cat.finish::<arrow_array::types::UInt8Type>()),
            true,
        ),
        (
            "cp",
            Arc::new(cp.finish::<arrow_array::types::UInt32Type>()),
            true,
        ),
        (
            "start",
            Arc::new(arrow_array::UInt64Array::from(start)),
            false,
        ),
        ("end", Arc::new(arrow_array::UInt64Array::from(end)), false),
        (
            "line",
            Arc::new(arrow_array::UInt32Array::from(line)),
            false,
        ),
        ("col", Arc::new(arrow_array::UInt32Array::from(col)), false),
    ];
    if trivia {
        columns.push(("what", dictionary8(what.finish(), &WHAT_NAMES)?, true));
    }
    let fields: Vec<Field> = columns
        .iter()
        .map(|(n, a, nullable)| Field::new(*n, a.data_type().clone(), *nullable))
        .collect();
    RecordBatch::try_new(
        Arc::new(Schema::new(fields)),
        columns.into_iter().map(|(_, a, _)| a).collect(),
    )
}

fn fill(
    lexed: &Lexed,
    records: impl Iterator<Item = Record>,
    trivia: bool,
    c: &mut Columns,
    names: &mut Vec<String>,
) {
    let bytes_model = lexed.profile().input_model() == InputModel::Bytes;
    let mut first_use = FirstUse::default();
    let mut walker = Walker::new(lexed);
    for record in records {
        let span = record.span();
        let (line, col) = walker.at(span.start);
        c.start.push(u64::from(span.start));
        c.end.push(u64::from(span.end));
        c.line.push(line);
        c.col.push(col);
        match record {
            Record::Token(token) => {
                c.kind.push(kind_code(token.kind));
                let (n, cat, cp) = match token.kind {
                    TokenKind::Char { cat, code } => (None, Some(cat.number()), Some(code)),
                    TokenKind::Cs(id) => {
                        let (key, first) = first_use.insert(id);
                        if first {
                            names.push(display_name(lexed.name(id), bytes_model));
                        }
                        (Some(key), None, None)
                    }
                    TokenKind::Active(code) | TokenKind::Invalid(code) => (None, None, Some(code)),
                    TokenKind::Verb { .. } | TokenKind::Verbatim { .. } => (None, None, None),
                };
                c.name.push(n);
                c.cat.push(cat);
                c.cp.push(cp);
                if trivia {
                    c.what.push(None);
                }
            }
            Record::Trivia(t) => {
                c.kind.push(6);
                c.name.push(None);
                c.cat.push(None);
                c.cp.push(None);
                c.what.push(Some(what_code(t.kind)));
            }
        }
    }
}

/// Hands `batch` to pyarrow (`pyarrow.RecordBatch._import_from_c`): the
/// buffers move to pyarrow without a copy.
pub(crate) fn export(py: Python<'_>, batch: RecordBatch) -> PyResult<Bound<'_, PyAny>> {
    let data = StructArray::from(batch).into_data();
    let (array, schema) = arrow_array::ffi::to_ffi(&data)
        .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
    let array = Box::new(array);
    let schema = Box::new(schema);
    let array_ptr = &*array as *const arrow_array::ffi::FFI_ArrowArray as usize;
    let schema_ptr = &*schema as *const arrow_schema::ffi::FFI_ArrowSchema as usize;
    // pyarrow moves the array's buffers out (leaving a released struct,
    // whose drop then does nothing) and copies what it needs of the schema;
    // both boxes outlive the call.
    let batch = py
        .import("pyarrow")?
        .getattr("RecordBatch")?
        .call_method1("_import_from_c", (array_ptr, schema_ptr))?;
    drop(array);
    drop(schema);
    Ok(batch)
}
