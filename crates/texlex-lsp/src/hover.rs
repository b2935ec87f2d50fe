//! What a character is to TeX, and why: its catcode where it stands, the
//! token it is part of, and the command that set the regime in force
//! ("`@` is a letter here: `\makeatletter` on line 12"). The server's
//! hover and `texlex view`'s tooltips show the same text.

use texlex::{Catcode, InputModel, Record, Span, TokenKind};

use crate::classify::{Lexing, classify};

/// Control sequences that change catcodes, in the forms texlex follows.
const CHANGERS: &[&[u8]] = &[
    b"makeatletter",
    b"makeatother",
    b"ExplSyntaxOn",
    b"ExplSyntaxOff",
    b"catcode",
    b"ProvidesExplPackage",
    b"ProvidesExplClass",
    b"ProvidesExplFile",
    b"endgroup",
    b"egroup",
];

/// How far back (in bytes) the cause of a change is looked for.
const CAUSE_WINDOW: u32 = 4096;

/// At most this many catcode changes are examined for one hover.
const MAX_CHANGES: usize = 4096;

/// A hover: the span it is about and its text (Markdown).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hover {
    /// The token or trivia (or the part of it) under the cursor.
    pub span: Span,
    /// Markdown.
    pub markdown: String,
}

/// The catcode's name with an article, as in "`@` is a letter here".
pub const fn catcode_phrase(cat: Catcode) -> &'static str {
    match cat {
        Catcode::Escape => "an escape character (0)",
        Catcode::BeginGroup => "a begin-group character (1)",
        Catcode::EndGroup => "an end-group character (2)",
        Catcode::MathShift => "a math shift (3)",
        Catcode::AlignmentTab => "an alignment tab (4)",
        Catcode::EndOfLine => "an end-of-line character (5)",
        Catcode::Parameter => "a parameter character (6)",
        Catcode::Superscript => "a superscript character (7)",
        Catcode::Subscript => "a subscript character (8)",
        Catcode::Ignored => "ignored (9)",
        Catcode::Space => "a space (10)",
        Catcode::Letter => "a letter (11)",
        Catcode::Other => "other (12)",
        Catcode::Active => "active (13)",
        Catcode::Comment => "a comment character (14)",
        Catcode::Invalid => "invalid (15)",
    }
}

/// The hover for byte `offset`, `None` past the end of the text.
///
/// ```
/// use texlex::{Lexer, Regime};
/// use texlex_lsp::hover::hover;
/// let doc = Lexer::new(Regime::Latex).lex(b"\\makeatletter\n\\a@b\n")?;
/// let text = hover(&doc, 16).unwrap().markdown;
/// assert!(text.contains("`@` is a letter (11) here: `\\makeatletter` on line 1"), "{text}");
/// # Ok::<(), texlex::LexError>(())
/// ```
pub fn hover<L: Lexing + ?Sized>(text: &L, offset: u32) -> Option<Hover> {
    if offset >= text.len() {
        return None;
    }
    let classified = classify(text, offset)
        .take(4)
        .find(|c| c.span.start <= offset && offset < c.span.end)?;
    let head = text.bytes(Span::new(offset, offset.saturating_add(4).min(text.len())));
    let bytes_model = text.profile().input_model() == InputModel::Bytes;
    let (cp, shown) = character(&head, bytes_model);
    let profile = text.profile_at(offset);
    let cat = profile.catcode(cp);
    drop(profile);
    let mut markdown = format!("`{shown}` U+{cp:04X}: catcode {}", cat.number());
    markdown.push_str("\n\n");
    markdown.push_str(&regime_reason(text, offset, cp, &shown, cat));
    let record = text.records_from(offset).next();
    let token = match record {
        Some(Record::Token(t)) => match t.kind {
            TokenKind::Cs(id) => {
                let name = String::from_utf8_lossy(text.name(id));
                format!("{} `\\{name}`", classified.category.description())
            }
            TokenKind::Char { cat, code } => format!(
                "{} character token U+{code:04X}, catcode {}",
                classified.category.description(),
                cat.number()
            ),
            _ => classified.category.description().to_string(),
        },
        _ => classified.category.description().to_string(),
    };
    markdown.push_str("\n\nTeX reads: ");
    markdown.push_str(&token);
    Some(Hover {
        span: classified.span,
        markdown,
    })
}

/// The character at the start of `head`: its code and how to show it.
fn character(head: &[u8], bytes_model: bool) -> (u32, String) {
    let Some(&first) = head.first() else {
        return (0, String::new());
    };
    if !bytes_model {
        let valid = match std::str::from_utf8(head) {
            Ok(s) => s,
            Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or(""),
        };
        if let Some(c) = valid.chars().next() {
            return (u32::from(c), shown(c));
        }
        return (0xFFFD, "\u{FFFD}".into());
    }
    (u32::from(first), shown(char::from(first)))
}

/// A character as Markdown code can show it.
fn shown(c: char) -> String {
    match c {
        '\n' => "\\n".into(),
        '\r' => "\\r".into(),
        '\t' => "\\t".into(),
        '`' => "` ` `".into(),
        c if c.is_control() => format!("^^{:02x}", u32::from(c)),
        c => c.to_string(),
    }
}

/// Why character `cp` has catcode `cat` at `offset`.
fn regime_reason<L: Lexing + ?Sized>(
    text: &L,
    offset: u32,
    cp: u32,
    shown: &str,
    cat: Catcode,
) -> String {
    let changes = text.catcode_changes();
    let before = changes.partition_point(|&c| c <= offset);
    let changed_at = changes[..before]
        .iter()
        .rev()
        .take(MAX_CHANGES)
        .copied()
        .find(|&at| at > 0 && text.profile_at(at - 1).catcode(cp) != cat);
    let regime = text.profile().regime().name();
    match changed_at {
        None => format!(
            "`{shown}` is {} here: the catcodes of the `{regime}` regime, unchanged since the start",
            catcode_phrase(cat)
        ),
        Some(at) => {
            let (cause, cause_at) = cause_before(text, at);
            let line = text.line0(cause_at) + 1;
            format!(
                "`{shown}` is {} here: {cause} on line {line}",
                catcode_phrase(cat)
            )
        }
    }
}

/// The command that made the change from byte `at`, and where it is.
fn cause_before<L: Lexing + ?Sized>(text: &L, at: u32) -> (String, u32) {
    let mut recent = std::collections::VecDeque::with_capacity(64);
    for record in text.records_from(at.saturating_sub(CAUSE_WINDOW)) {
        if record.span().end > at {
            break;
        }
        if let Record::Token(t) = record {
            if recent.len() == 64 {
                recent.pop_front();
            }
            recent.push_back(t);
        }
    }
    if let Some(last) = recent.back()
        && let TokenKind::Char {
            cat: Catcode::EndGroup,
            ..
        } = last.kind
    {
        return ("the group closed by `}`".into(), last.span.start);
    }
    let cs = |t: &texlex::Token| match t.kind {
        TokenKind::Cs(id) => Some(text.name(id).to_vec()),
        _ => None,
    };
    let known = recent.iter().rev().find_map(|t| {
        cs(t)
            .filter(|n| CHANGERS.contains(&n.as_slice()))
            .map(|n| (n, t.span.start))
    });
    let any = || {
        recent
            .iter()
            .rev()
            .find_map(|t| cs(t).map(|n| (n, t.span.start)))
    };
    match known.or_else(any) {
        Some((name, start)) => (format!("`\\{}`", String::from_utf8_lossy(&name)), start),
        None => ("a catcode assignment".into(), at),
    }
}

#[cfg(test)]
mod tests {
    use texlex::{Lexer, Regime};

    use super::*;

    fn hover_text(source: &str, offset: usize) -> String {
        let lexer = Lexer::new(Regime::Latex);
        let lexed = lexer.lex(source.as_bytes()).unwrap();
        let doc = lexer.document(source.as_bytes()).unwrap();
        let a = hover(&lexed, offset as u32).unwrap();
        assert_eq!(Some(&a), hover(&doc, offset as u32).as_ref());
        a.markdown
    }

    #[test]
    fn makeatletter_is_named_with_its_line() {
        let source = "x\n\\makeatletter\n\\a@b\n\\makeatother\n@\n";
        let at = source.find("a@b").unwrap() + 1;
        let text = hover_text(source, at);
        assert!(
            text.contains("`@` is a letter (11) here: `\\makeatletter` on line 2"),
            "{text}"
        );
        assert!(text.contains("internal name `\\a@b`"), "{text}");
        let text = hover_text(source, source.rfind('@').unwrap());
        assert!(
            text.contains("`@` is other (12) here: `\\makeatother` on line 4"),
            "{text}"
        );
    }

    #[test]
    fn expl3_and_catcode_causes() {
        let source = "\\ExplSyntaxOn\n\\l_tmpa_tl\n\\ExplSyntaxOff\n\\catcode`\\|=13\n|\n";
        let text = hover_text(source, source.find('_').unwrap());
        assert!(
            text.contains("`_` is a letter (11) here: `\\ExplSyntaxOn` on line 1"),
            "{text}"
        );
        let text = hover_text(source, source.rfind('|').unwrap());
        assert!(
            text.contains("`|` is active (13) here: `\\catcode` on line 4"),
            "{text}"
        );
    }

    #[test]
    fn unchanged_characters_name_the_regime() {
        let text = hover_text("a % c\n", 2);
        assert!(
            text.contains(
                "`%` is a comment character (14) here: the catcodes of the `latex` regime"
            ),
            "{text}"
        );
        assert!(text.contains("TeX reads: comment"), "{text}");
    }

    #[test]
    fn group_end_restores() {
        let source = "{\\catcode`\\@=11 }@\n";
        let text = hover_text(source, source.rfind('@').unwrap());
        assert!(
            text.contains("`@` is other (12) here: the group closed by `}` on line 1"),
            "{text}"
        );
    }

    #[test]
    fn odd_bytes_and_the_end() {
        let lexed = Lexer::new(Regime::Latex).lex(b"\xff\x00\n").unwrap();
        assert!(hover(&lexed, 0).unwrap().markdown.contains("U+FFFD"));
        assert!(hover(&lexed, 1).unwrap().markdown.contains("^^00"));
        assert!(hover(&lexed, 3).is_none());
        let empty = Lexer::new(Regime::Latex).lex(b"").unwrap();
        assert!(hover(&empty, 0).is_none());
    }
}
