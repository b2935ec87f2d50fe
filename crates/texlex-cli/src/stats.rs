//! `texlex stats`: counts over many files.
//!
//! Each file is read and lexed on the rayon pool into a [`Counts`]; the
//! counts are merged in selection order and printed as an aligned table or as
//! one JSON object.

use std::collections::{BTreeMap, HashMap};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde_json::{Value, json};
use texlex::Severity;

use crate::{EXIT_FAILURE, EXIT_OK, Failure, Tracking, detect, input, output};

/// How many control sequences the report lists.
const TOP: usize = 20;

/// Catcode names, by catcode number.
const CATCODE_NAMES: [&str; 16] = [
    "escape",
    "begin-group",
    "end-group",
    "math-shift",
    "alignment",
    "end-of-line",
    "parameter",
    "superscript",
    "subscript",
    "ignored",
    "space",
    "letter",
    "other",
    "active",
    "comment",
    "invalid",
];

/// Counts over one or more files.
#[derive(Debug, Default)]
struct Counts {
    files: u64,
    bytes: u64,
    lines: u64,
    /// Character tokens by catcode number.
    chars: [u64; 16],
    cs: u64,
    /// Control sequences named `par` (included in `cs`).
    par: u64,
    active: u64,
    invalid: u64,
    /// `\verb` arguments and verbatim environment bodies (one token each).
    verbatim: u64,
    /// All tokens, as [`texlex::TokenStats::tokens`] counts them.
    tokens: u64,
    names: HashMap<Vec<u8>, u64>,
    errors: u64,
    warnings: u64,
    diagnostics: BTreeMap<&'static str, u64>,
    /// Files read in pdfTeX's byte model.
    bytes_model: u64,
    /// Files whose engine or regime came from their own head: the path and
    /// the JSON of what was detected.
    detected: Vec<(String, serde_json::Map<String, Value>)>,
}

impl Counts {
    fn merge(&mut self, other: Counts) {
        self.files += other.files;
        self.bytes += other.bytes;
        self.lines += other.lines;
        for (mine, theirs) in self.chars.iter_mut().zip(other.chars) {
            *mine += theirs;
        }
        self.cs += other.cs;
        self.par += other.par;
        self.active += other.active;
        self.invalid += other.invalid;
        self.verbatim += other.verbatim;
        self.tokens += other.tokens;
        for (name, n) in other.names {
            *self.names.entry(name).or_default() += n;
        }
        self.errors += other.errors;
        self.warnings += other.warnings;
        for (kind, n) in other.diagnostics {
            *self.diagnostics.entry(kind).or_default() += n;
        }
        self.bytes_model += other.bytes_model;
        self.detected.extend(other.detected);
    }

    /// The most frequent control sequences: by count, ties by name.
    fn top(&self) -> Vec<(&[u8], u64)> {
        let mut all: Vec<(&[u8], u64)> =
            self.names.iter().map(|(name, &n)| (&name[..], n)).collect();
        all.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        all.truncate(TOP);
        all
    }
}

pub fn run(
    paths: &[PathBuf],
    regime: input::Lexing,
    json: bool,
    lexing: Tracking,
) -> Result<u8, Failure> {
    let selection = input::select(paths);
    let bar = progress_bar(selection.files.len());
    // Fold per rayon job rather than collecting per-file counts: a big tree
    // would otherwise hold every file's control-sequence table at once.
    // Sums commute, so the totals do not depend on the scheduling; failures
    // carry their index to be reported in selection order.
    let (total, mut unread) = selection
        .files
        .par_iter()
        .enumerate()
        .fold(
            || (Counts::default(), Vec::new()),
            |(mut total, mut unread), (index, path)| {
                match count_file(path, regime, &lexing) {
                    Ok(counts) => total.merge(counts),
                    Err(reason) => unread.push((index, reason)),
                }
                bar.inc(1);
                (total, unread)
            },
        )
        .reduce(
            || (Counts::default(), Vec::new()),
            |(mut total, mut unread), (other, more)| {
                total.merge(other);
                unread.extend(more);
                (total, unread)
            },
        );
    bar.finish_and_clear();
    unread.sort_unstable_by_key(|&(index, _)| index);

    let failed: Vec<(String, String)> = selection
        .failed
        .iter()
        .map(|(path, reason)| (path.display().to_string(), reason.clone()))
        .chain(
            unread
                .into_iter()
                .map(|(index, reason)| (selection.files[index].display().to_string(), reason)),
        )
        .collect();
    for (path, reason) in &failed {
        output::error_line(format_args!("{path}: {reason}"));
    }

    let mut out = output::stdout();
    let written = if json {
        writeln!(out, "{}", to_json(&total, &failed))
    } else {
        write_table(&mut out, &total, &failed)
    };
    written.map_err(output::failure)?;
    output::finish(out)?;
    Ok(if failed.is_empty() {
        EXIT_OK
    } else {
        EXIT_FAILURE
    })
}

/// A progress bar on stderr, only for a terminal and more than one file.
fn progress_bar(files: usize) -> ProgressBar {
    if files < 2 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(files as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed}") {
        bar.set_style(style);
    }
    bar
}

/// Counts one file in one pass that keeps no tokens
/// ([`texlex::Lexer::count`]): a file of any size costs about a megabyte.
fn count_file(path: &Path, regime: input::Lexing, lexing: &Tracking) -> Result<Counts, String> {
    let mut file = input::open_file(path)?.0;
    let head = detect::read_head(&mut file).map_err(|e| input::reason(&e))?;
    let (profile, engine, detected) = detect::choose(&regime, input::regime_for(path, None), &head);
    let lexer = lexing.lexer(profile);
    let mut counts = Counts {
        files: 1,
        bytes_model: u64::from(engine.input_model() == texlex::InputModel::Bytes),
        ..Counts::default()
    };
    if !detected.is_empty() {
        let json = detected.json(&head, engine);
        counts.detected.push((path.display().to_string(), json));
    }
    let found = lexer
        .count(std::io::Cursor::new(head).chain(file))
        .map_err(|e| input::reason(&e))?;
    counts.bytes = found.bytes();
    counts.lines = found.lines();
    let stats = found.token_stats();
    counts.tokens = stats.tokens();
    counts.chars = stats.chars;
    counts.active = stats.active;
    counts.invalid = stats.invalid;
    counts.verbatim = stats.verbatim;
    for &(id, n) in &stats.control_sequences {
        counts.cs += n;
        if id == texlex::builtin::PAR {
            counts.par += n;
        }
        *counts.names.entry(found.name(id).to_vec()).or_default() += n;
    }
    for &(kind, n) in found.diagnostics() {
        match kind.severity() {
            Severity::Error => counts.errors += n,
            Severity::Warning => counts.warnings += n,
        }
        *counts.diagnostics.entry(kind.name()).or_default() += n;
    }
    Ok(counts)
}

/// A control-sequence name for display: a backslash, then the name with
/// control characters in TeX's `^^` notation (`\^^M`), lossy UTF-8 otherwise.
fn display_name(name: &[u8]) -> String {
    let mut shown = String::from("\\");
    for chunk in String::from_utf8_lossy(name).chars() {
        match chunk {
            c @ ('\0'..='\x1f' | '\x7f') => {
                shown.push_str("^^");
                shown.push(char::from(c as u8 ^ 0x40));
            }
            c => shown.push(c),
        }
    }
    shown
}

fn to_json(total: &Counts, failed: &[(String, String)]) -> Value {
    let by_catcode: serde_json::Map<String, Value> = total
        .chars
        .iter()
        .enumerate()
        .filter(|&(_, &n)| n > 0)
        .map(|(cat, &n)| (cat.to_string(), json!(n)))
        .collect();
    let top: Vec<Value> = total
        .top()
        .into_iter()
        .map(|(name, count)| json!({ "name": display_name(name), "count": count }))
        .collect();
    let failed_files: Vec<Value> = failed
        .iter()
        .map(|(path, reason)| json!({ "path": path, "reason": reason }))
        .collect();
    json!({
        "files": total.files,
        "failed": failed.len(),
        "bytes": total.bytes,
        "lines": total.lines,
        "tokens": {
            "total": total.tokens,
            "char": {
                "total": total.chars.iter().sum::<u64>(),
                "by_catcode": by_catcode,
            },
            "cs": total.cs,
            "par": total.par,
            "active": total.active,
            "invalid": total.invalid,
            "verbatim": total.verbatim,
        },
        "top_cs": top,
        "diagnostics": {
            "total": total.errors + total.warnings,
            "errors": total.errors,
            "warnings": total.warnings,
            "by_kind": total.diagnostics,
        },
        "failed_files": failed_files,
        "input": {
            "bytes_model": total.bytes_model,
            "unicode_model": total.files - total.bytes_model,
            "detected": detected(total),
        },
    })
}

/// The files whose engine or regime came from their head, by path.
fn detected(total: &Counts) -> Vec<Value> {
    let mut all: Vec<&(String, serde_json::Map<String, Value>)> = total.detected.iter().collect();
    all.sort_by(|a, b| a.0.cmp(&b.0));
    all.into_iter()
        .map(|(path, found)| {
            let mut object = serde_json::Map::new();
            object.insert("path".into(), json!(path));
            object.extend(found.clone());
            Value::Object(object)
        })
        .collect()
}

/// Rows of the human table: (indent level, label, count).
fn write_table<W: Write>(
    out: &mut W,
    total: &Counts,
    failed: &[(String, String)],
) -> std::io::Result<()> {
    let mut rows: Vec<(usize, String, u64)> = vec![
        (0, "files".into(), total.files),
        (0, "failed files".into(), failed.len() as u64),
        (0, "files read as bytes".into(), total.bytes_model),
        (0, "bytes".into(), total.bytes),
        (0, "lines".into(), total.lines),
        (0, "tokens".into(), total.tokens),
        (1, "char".into(), total.chars.iter().sum()),
    ];
    if total.bytes_model == 0 {
        // Said only when it happened.
        rows.remove(2);
    }
    for (cat, &n) in total.chars.iter().enumerate() {
        if n > 0 {
            rows.push((2, format!("{cat:>2} {}", CATCODE_NAMES[cat]), n));
        }
    }
    rows.push((1, "cs".into(), total.cs));
    rows.push((2, "\\par".into(), total.par));
    rows.push((1, "active".into(), total.active));
    rows.push((1, "invalid".into(), total.invalid));
    rows.push((1, "verbatim".into(), total.verbatim));
    rows.push((0, "diagnostics".into(), total.errors + total.warnings));
    rows.push((1, "errors".into(), total.errors));
    rows.push((1, "warnings".into(), total.warnings));
    for (kind, &n) in &total.diagnostics {
        rows.push((1, (*kind).to_owned(), n));
    }
    write_rows(out, &rows)?;

    let top = total.top();
    if !top.is_empty() {
        writeln!(out)?;
        writeln!(out, "top control sequences")?;
        let rows: Vec<(usize, String, u64)> = top
            .into_iter()
            .map(|(name, n)| (1, display_name(name), n))
            .collect();
        write_rows(out, &rows)?;
    }

    if !failed.is_empty() {
        writeln!(out)?;
        writeln!(out, "failed files")?;
        for (path, reason) in failed {
            writeln!(out, "  {path}: {reason}")?;
        }
    }
    Ok(())
}

/// Labels left-aligned (indented two spaces a level), counts right-aligned.
fn write_rows<W: Write>(out: &mut W, rows: &[(usize, String, u64)]) -> std::io::Result<()> {
    let label_width = rows
        .iter()
        .map(|(level, label, _)| 2 * level + label.chars().count())
        .max()
        .unwrap_or(0);
    let count_width = rows
        .iter()
        .map(|(_, _, n)| n.to_string().len())
        .max()
        .unwrap_or(0);
    for (level, label, n) in rows {
        let indent = 2 * level;
        let pad = label_width - indent - label.chars().count();
        writeln!(out, "{:indent$}{label}{:pad$}  {n:>count_width$}", "", "")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_displayed_with_a_backslash() {
        assert_eq!(display_name(b"par"), "\\par");
        assert_eq!(display_name(b"\r"), "\\^^M");
        assert_eq!(display_name(b"\x7f"), "\\^^?");
        assert_eq!(display_name("é".as_bytes()), "\\é");
    }

    #[test]
    fn top_sorts_by_count_then_name() {
        let mut counts = Counts::default();
        counts.names.insert(b"b".to_vec(), 2);
        counts.names.insert(b"a".to_vec(), 2);
        counts.names.insert(b"c".to_vec(), 5);
        let top: Vec<_> = counts
            .top()
            .into_iter()
            .map(|(n, c)| (n.to_vec(), c))
            .collect();
        assert_eq!(
            top,
            vec![(b"c".to_vec(), 5), (b"a".to_vec(), 2), (b"b".to_vec(), 2)]
        );
    }

    #[test]
    fn table_is_aligned() {
        let mut out = Vec::new();
        write_rows(&mut out, &[(0, "files".into(), 3), (1, "cs".into(), 1234)]).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "files     3\n  cs   1234\n"
        );
    }
}
