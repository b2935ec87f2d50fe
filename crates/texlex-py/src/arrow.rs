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

use crate::{KIND_NAMES, display_name, kind_code, records};

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

/// The record batch of `lexed`'s tokens (and trivia).
pub(crate) fn build(lexed: &Lexed, trivia: bool) -> Result<RecordBatch, ArrowError> {
    let bytes_model = lexed.profile().input_model() == InputModel::Bytes;
    let hint = lexed.source().len() / 4;
    let mut kind: Vec<i8> = Vec::with_capacity(hint);
    let mut name = Column::<i32>::with_capacity(hint);
    let mut cat = Column::<u8>::with_capacity(hint);
    let mut cp = Column::<u32>::with_capacity(hint);
    let mut start: Vec<u64> = Vec::with_capacity(hint);
    let mut end: Vec<u64> = Vec::with_capacity(hint);
    let mut line: Vec<u32> = Vec::with_capacity(hint);
    let mut col: Vec<u32> = Vec::with_capacity(hint);
    let mut what = Column::<i8>::with_capacity(if trivia { hint } else { 0 });
    let mut first_use = FirstUse::default();
    let mut names: Vec<String> = Vec::new();
    let mut positions = lexed.positions();
    for record in records(lexed, trivia) {
        let span = record.span();
        let at = positions.position(span.start);
        start.push(u64::from(span.start));
        end.push(u64::from(span.end));
        line.push(at.line);
        col.push(at.col);
        match record {
            Record::Token(token) => {
                kind.push(kind_code(token.kind));
                let (n, c, p) = match token.kind {
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
                name.push(n);
                cat.push(c);
                cp.push(p);
                if trivia {
                    what.push(None);
                }
            }
            Record::Trivia(t) => {
                kind.push(6);
                name.push(None);
                cat.push(None);
                cp.push(None);
                what.push(Some(what_code(t.kind)));
            }
        }
    }
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
