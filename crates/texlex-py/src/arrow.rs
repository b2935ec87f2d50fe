//! The Arrow columns of a lex, built in Rust and handed to pyarrow through
//! the Arrow C data interface. The schema is pinned in `SCHEMA.md`.

use std::sync::Arc;

use arrow_array::types::{Int8Type, Int32Type, UInt8Type, UInt32Type};
use arrow_array::{
    Array, ArrayRef, ArrowPrimitiveType, DictionaryArray, PrimitiveArray, RecordBatch, StringArray,
    StructArray, UInt32Array, UInt64Array,
};
use arrow_buffer::{BooleanBuffer, NullBuffer, ScalarBuffer};
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

/// A validity bitmap from the kind column: `valid(kind)` for each row;
/// no bitmap when every row is valid.
fn nulls_where(kind: &[i8], valid: impl Fn(i8) -> bool) -> Option<NullBuffer> {
    let bits = BooleanBuffer::collect_bool(kind.len(), |i| valid(kind[i]));
    (bits.count_set_bits() < kind.len()).then(|| NullBuffer::new(bits))
}

fn primitive<P: ArrowPrimitiveType>(
    values: Vec<P::Native>,
    nulls: Option<NullBuffer>,
) -> PrimitiveArray<P> {
    PrimitiveArray::new(ScalarBuffer::from(values), nulls)
}

/// Lines and columns of `starts` (offsets in increasing order), as
/// [`texlex::Positions`] gives them; for valid UTF-8 read as UTF-8, where
/// every offset is a character boundary, by a walk over the line starts
/// that counts the characters since the last offset (the same numbers with
/// less work per row).
fn positions(lexed: &Lexed, starts: &[u64]) -> (Vec<u32>, Vec<u32>) {
    let text = lexed.source();
    let mut lines = Vec::with_capacity(starts.len());
    let mut cols = Vec::with_capacity(starts.len());
    let bytes_model = lexed.profile().input_model() == InputModel::Bytes;
    if bytes_model || std::str::from_utf8(text).is_err() {
        let mut p = lexed.positions();
        for &offset in starts {
            let at = p.position(offset as u32);
            lines.push(at.line);
            cols.push(at.col);
        }
        return (lines, cols);
    }
    let line_starts: Vec<u32> = (1..lexed.line_count() as u32)
        .filter_map(|l| lexed.line_range(l).map(|r| r.start))
        .chain([u32::MAX])
        .collect();
    let (mut next, mut line, mut counted, mut col) = (0, 1u32, 0u32, 1u32);
    for &offset in starts {
        let offset = offset as u32;
        while line_starts[next] <= offset {
            counted = line_starts[next];
            col = 1;
            line += 1;
            next += 1;
        }
        let bytes = &text[counted as usize..offset as usize];
        col += bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count() as u32;
        counted = offset;
        lines.push(line);
        cols.push(col);
    }
    (lines, cols)
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
        name: Vec::with_capacity(rows),
        cat: Vec::with_capacity(rows),
        cp: Vec::with_capacity(rows),
        start: Vec::with_capacity(rows),
        end: Vec::with_capacity(rows),
        what: Vec::with_capacity(if trivia { rows } else { 0 }),
        names: Vec::new(),
    };
    if trivia {
        fill(lexed, lexed.records(), true, &mut c);
    } else {
        fill(lexed, lexed.tokens().map(Record::Token), false, &mut c);
    }
    let (line, col) = positions(lexed, &c.start);
    let kind = c.kind;
    let dictionary8 = |keys: PrimitiveArray<Int8Type>, values: &[&str]| {
        Ok::<ArrayRef, ArrowError>(Arc::new(DictionaryArray::<Int8Type>::try_new(
            keys,
            Arc::new(StringArray::from(values.to_vec())),
        )?))
    };
    let name_nulls = nulls_where(&kind, |k| k == 1);
    let cat_nulls = nulls_where(&kind, |k| k == 0);
    let cp_nulls = nulls_where(&kind, |k| k == 0 || k == 2 || k == 3);
    let what_nulls = nulls_where(&kind, |k| k == 6);
    let mut columns: Vec<(&str, ArrayRef, bool)> = vec![
        (
            "kind",
            dictionary8(primitive(kind, None), &KIND_NAMES)?,
            false,
        ),
        (
            "name",
            Arc::new(DictionaryArray::<Int32Type>::try_new(
                primitive(c.name, name_nulls),
                Arc::new(StringArray::from(c.names)),
            )?),
            true,
        ),
        (
            "cat",
            Arc::new(primitive::<UInt8Type>(c.cat, cat_nulls)),
            true,
        ),
        (
            "cp",
            Arc::new(primitive::<UInt32Type>(c.cp, cp_nulls)),
            true,
        ),
        ("start", Arc::new(UInt64Array::from(c.start)), false),
        ("end", Arc::new(UInt64Array::from(c.end)), false),
        ("line", Arc::new(UInt32Array::from(line)), false),
        ("col", Arc::new(UInt32Array::from(col)), false),
    ];
    if trivia {
        columns.push((
            "what",
            dictionary8(primitive(c.what, what_nulls), &WHAT_NAMES)?,
            true,
        ));
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

/// The columns being built: values only (null rows hold 0), the
/// validity follows from `kind`.
struct Columns {
    kind: Vec<i8>,
    name: Vec<i32>,
    cat: Vec<u8>,
    cp: Vec<u32>,
    start: Vec<u64>,
    end: Vec<u64>,
    what: Vec<i8>,
    /// The `name` dictionary: names in the order of first use.
    names: Vec<String>,
}

fn fill(lexed: &Lexed, records: impl Iterator<Item = Record>, trivia: bool, c: &mut Columns) {
    let bytes_model = lexed.profile().input_model() == InputModel::Bytes;
    let mut first_use = FirstUse::default();
    for record in records {
        let span = record.span();
        c.start.push(u64::from(span.start));
        c.end.push(u64::from(span.end));
        let (kind, name, cat, cp, what) = match record {
            Record::Token(token) => match token.kind {
                TokenKind::Char { cat, code } => (0, 0, cat.number(), code, 0),
                TokenKind::Cs(id) => {
                    let (key, first) = first_use.insert(id);
                    if first {
                        c.names.push(display_name(lexed.name(id), bytes_model));
                    }
                    (1, key, 0, 0, 0)
                }
                TokenKind::Active(code) => (2, 0, 0, code, 0),
                TokenKind::Invalid(code) => (3, 0, 0, code, 0),
                kind => (kind_code(kind), 0, 0, 0, 0),
            },
            Record::Trivia(t) => (6, 0, 0, 0, what_code(t.kind)),
        };
        c.kind.push(kind);
        c.name.push(name);
        c.cat.push(cat);
        c.cp.push(cp);
        if trivia {
            c.what.push(what);
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
