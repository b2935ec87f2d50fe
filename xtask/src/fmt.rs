//! Helpers that lay out generated Rust the way rustfmt would.

use std::fmt::Display;

/// Maximum line width, as in rustfmt's default (`max_width = 100`).
const MAX_WIDTH: usize = 100;

/// Writes the items of an array literal, many per line, each line indented
/// by `indent` spaces and ending with a comma (rustfmt's "mixed" layout for
/// short items). The caller writes the brackets.
pub fn items<T: Display>(out: &mut String, indent: usize, items: impl IntoIterator<Item = T>) {
    let mut line = String::new();
    for item in items {
        let item = item.to_string();
        // rustfmt keeps room for the space after the trailing comma, so a
        // full line is at most `MAX_WIDTH - 1` characters.
        if !line.is_empty() && indent + line.len() + 1 + item.len() + 1 >= MAX_WIDTH {
            flush(out, indent, &mut line);
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&item);
        line.push(',');
    }
    if !line.is_empty() {
        flush(out, indent, &mut line);
    }
}

fn flush(out: &mut String, indent: usize, line: &mut String) {
    out.extend(std::iter::repeat_n(' ', indent));
    out.push_str(line);
    out.push('\n');
    line.clear();
}
