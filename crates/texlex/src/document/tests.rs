//! Unit tests of the document: random edit sequences against a fresh lex
//! (with tiny chunks and blocks, see `CHUNK_TARGET`), and edge cases.

use super::tree::Totals;
use super::*;
use crate::pos::LspPosition;
use crate::{Record, Regime, Span, Token, TokenKind, lex};
use proptest::prelude::*;

/// Records with names in place of ids (ids of names first seen after
/// an edit differ from a fresh lex's; names do not).
fn named(
    records: impl Iterator<Item = Record>,
    name: impl Fn(CsId) -> Vec<u8>,
) -> Vec<(Record, Vec<u8>)> {
    records
        .map(|r| {
            let n = match r {
                Record::Token(Token {
                    kind: TokenKind::Cs(id) | TokenKind::Verbatim { env: id },
                    ..
                }) => name(id),
                _ => Vec::new(),
            };
            let r = match r {
                Record::Token(Token {
                    kind: TokenKind::Cs(_),
                    span,
                }) => Record::Token(Token {
                    kind: TokenKind::Cs(CsId(0)),
                    span,
                }),
                Record::Token(Token {
                    kind: TokenKind::Verbatim { .. },
                    span,
                }) => Record::Token(Token {
                    kind: TokenKind::Verbatim { env: CsId(0) },
                    span,
                }),
                r => r,
            };
            (r, n)
        })
        .collect()
}

/// The bytes a generated edit `(at, len)` replaces: `at` wrapped to the
/// document's length, `len` cut at its end.
fn edit_range(doc: &Document, at: u16, len: u16) -> Range<u32> {
    let total = doc.len();
    let start = u32::from(at) % (total + 1);
    start..(start + u32::from(len)).min(total)
}

/// Applies `edits` (offset, length, text: offsets are taken modulo the
/// current length), checking the document against a fresh lex after
/// each.
fn edit_and_check(
    doc: &mut Document,
    edits: Vec<(u16, u16, Vec<u8>)>,
) -> Result<(), TestCaseError> {
    for (at, len, insert) in edits {
        let _ = doc.edit(edit_range(doc, at, len), &insert);
        assert_fresh(doc)?;
    }
    Ok(())
}

fn assert_fresh(doc: &Document) -> Result<(), TestCaseError> {
    let text = doc.text();
    let fresh = crate::lex_with(&text, doc.profile(), &doc.options);
    prop_assert_eq!(
        named(doc.records(), |id| doc.name(id).to_vec()),
        named(fresh.records(), |id| fresh.name(id).to_vec())
    );
    prop_assert_eq!(
        doc.diagnostics().collect::<Vec<_>>(),
        fresh.diagnostics().collect::<Vec<_>>()
    );
    prop_assert_eq!(doc.line_count(), fresh.line_count());
    prop_assert_eq!(doc.token_count(), fresh.tokens().count());
    for offset in (0..=text.len() as u32)
        .step_by(7)
        .chain([text.len() as u32])
    {
        prop_assert_eq!(doc.position(offset).unwrap(), fresh.position(offset));
        let lsp = doc.lsp_position(offset).unwrap();
        prop_assert_eq!(lsp, fresh.line_index().lsp_position(&text, offset));
    }
    // One cursor over every offset in order, across chunks, then
    // scrambled, then past the end.
    let mut positions = doc.positions();
    let n = text.len() as u32 + 1;
    for offset in (0..n).chain((0..n).map(|k| k * 5 % n)) {
        prop_assert_eq!(positions.position(offset).unwrap(), fresh.position(offset));
    }
    prop_assert!(positions.position(n).is_err());
    // Cached totals are what counting them again gives.
    let mut recounted = doc.clone();
    for block in &mut recounted.blocks {
        block.recount();
    }
    recounted.refresh_from(0);
    let totals = |d: &Document| {
        let blocks: Vec<_> = d.blocks.iter().map(|b| Totals::default().then(b)).collect();
        (blocks, d.starts.clone())
    };
    prop_assert_eq!(totals(doc), totals(&recounted));
    // The Lexed view equals the fresh lex too.
    let view = doc.to_lexed(&text);
    prop_assert_eq!(
        named(view.records(), |id| view.name(id).to_vec()),
        named(fresh.records(), |id| fresh.name(id).to_vec())
    );
    prop_assert_eq!(view.line_index(), fresh.line_index());
    // The document's own iterators give what its `Lexed` view gives (ids
    // aside: the view numbers names afresh), and stop where they should.
    prop_assert_eq!(
        named(doc.records(), |id| doc.name(id).to_vec()),
        named(view.records(), |id| view.name(id).to_vec())
    );
    prop_assert_eq!(
        doc.diagnostics().collect::<Vec<_>>(),
        view.diagnostics().collect::<Vec<_>>()
    );
    let mut diagnostics = doc.diagnostics();
    diagnostics.by_ref().for_each(drop);
    prop_assert_eq!(diagnostics.next(), None);
    let len = text.len() as u32;
    for range in [0..len, len / 3..len / 2, len / 2..len / 2, len..len] {
        let expected: Vec<Span> = fresh
            .tokens()
            .map(|t| t.span)
            .filter(|s| {
                (s.end > range.start && s.start < range.end)
                    || (s.is_empty()
                        && (range.start..range.end.max(range.start + 1)).contains(&s.start))
            })
            .collect();
        let got: Vec<Span> = doc.tokens_in(range.clone()).map(|t| t.span).collect();
        prop_assert_eq!(got, expected, "tokens_in({:?})", range);
    }
    Ok(())
}

fn piece() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(b"\\".to_vec()),
        Just(b"%".to_vec()),
        Just(b"{".to_vec()),
        Just(b"}".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\r".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\n\n".to_vec()),
        Just(b"^^".to_vec()),
        Just(b"^^41".to_vec()),
        Just(b"ab".to_vec()),
        Just(b" ".to_vec()),
        Just("é".as_bytes().to_vec()),
        Just("😀".as_bytes().to_vec()),
        Just(vec![0xFF]),
        Just(vec![0xC3]),
        Just(b"\\foo ".to_vec()),
        Just(b"".to_vec()),
    ]
}

fn initial() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(piece(), 0..400).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// After any sequence of edits the document equals a fresh lex of
    /// its text; rejected edits change nothing.
    #[test]
    fn edits_equal_fresh_lex(text in initial(),
                             edits in proptest::collection::vec((any::<u16>(), 0u16..40, piece()), 1..25),
                             regime in proptest::sample::select(Regime::ALL.to_vec())) {
        let profile = Profile::new(regime);
        let mut doc = Document::new(&text, &profile).unwrap();
        assert_fresh(&doc)?;
        for (at, len, insert) in edits {
            let Range { start, end } = edit_range(&doc, at, len);
            let before = doc.text();
            match doc.edit(start..end, &insert) {
                Ok(change) => {
                    let mut expected = before.clone();
                    expected.splice(start as usize..end as usize, insert.iter().copied());
                    prop_assert_eq!(doc.text(), expected);
                    prop_assert!(change.first_token + change.new_tokens <= doc.token_count());
                }
                Err(_) => prop_assert_eq!(doc.text(), before),
            }
            assert_fresh(&doc)?;
        }
    }

    /// The changed-token report is right: tokens outside it are the
    /// same before and after (those after shifted by the size change).
    #[test]
    fn change_reports_cover_every_changed_token(text in initial(), at in any::<u16>(), len in 0u16..30, insert in piece()) {
        let profile = Profile::new(Regime::Latex);
        let mut doc = Document::new(&text, &profile).unwrap();
        let old: Vec<Token> = doc.records().filter_map(|r| match r { Record::Token(t) => Some(t), _ => None }).collect();
        let Range { start, end } = edit_range(&doc, at, len);
        let Ok(change) = doc.edit(start..end, &insert) else { return Ok(()); };
        let new: Vec<Token> = doc.records().filter_map(|r| match r { Record::Token(t) => Some(t), _ => None }).collect();
        let delta = insert.len() as i64 - i64::from(end - start);
        prop_assert_eq!(&old[..change.first_token], &new[..change.first_token]);
        let old_rest = &old[change.first_token + change.old_tokens..];
        let new_rest = &new[change.first_token + change.new_tokens..];
        prop_assert_eq!(old_rest.len(), new_rest.len());
        for (a, b) in old_rest.iter().zip(new_rest) {
            prop_assert_eq!((i64::from(a.span.start) + delta) as u32, b.span.start);
            if !matches!(a.kind, TokenKind::Cs(_)) { prop_assert_eq!(a.kind, b.kind); }
        }
    }
}

fn tracked_piece() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => piece(),
        1 => Just(b"\\makeatletter ".to_vec()),
        1 => Just(b"\\makeatother ".to_vec()),
        1 => Just(b"\\catcode`\\@=11 ".to_vec()),
        1 => Just(b"\\ExplSyntaxOn ".to_vec()),
        1 => Just(b"\\ExplSyntaxOff ".to_vec()),
        1 => Just(b"\\begin{verbatim}".to_vec()),
        1 => Just(b"\\end{verbatim}".to_vec()),
        1 => Just(b"\\verb|".to_vec()),
        1 => Just(b"|".to_vec()),
        1 => Just(b"\\a@b:c ".to_vec()),
        1 => Just(b"\\begingroup ".to_vec()),
        1 => Just(b"\\endgroup ".to_vec()),
        3 => proptest::sample::select(crate::latex::TEST_PIECES).prop_map(<[u8]>::to_vec),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    /// With tracking (and verbatim), any edit sequence — toggling
    /// `\makeatletter`, opening and closing verbatim environments,
    /// groups — leaves the document equal to a fresh tracked lex.
    #[test]
    fn tracked_edits_equal_fresh_lex(
        text in proptest::collection::vec(tracked_piece(), 0..150).prop_map(|v| v.concat()),
        edits in proptest::collection::vec((any::<u16>(), 0u16..30, tracked_piece()), 1..15),
        verbatim in any::<bool>(),
    ) {
        let profile = Profile::new(Regime::Latex);
        let mut options = LexOptions::tracking();
        options.verbatim = verbatim;
        let mut doc = Document::with_options(&text, &profile, &options).unwrap();
        assert_fresh(&doc)?;
        for (at, len, insert) in edits {
            let Range { start, end } = edit_range(&doc, at, len);
            let before = doc.text();
            if doc.edit(start..end, &insert).is_err() {
                prop_assert_eq!(doc.text(), before);
            }
            assert_fresh(&doc)?;
        }
    }
}

fn group_piece() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => piece(),
        2 => Just(b"{".to_vec()),
        2 => Just(b"}".to_vec()),
        1 => Just(b"\\begingroup ".to_vec()),
        1 => Just(b"\\endgroup ".to_vec()),
        1 => Just(b"\\begin{x}".to_vec()),
        1 => Just(b"\\end{x}".to_vec()),
        1 => Just(b"\\begin{verbatim}".to_vec()),
        1 => Just(b"\\end{verbatim}".to_vec()),
        1 => Just(b"\\def\\y{".to_vec()),
        1 => Just(b"\\a@b ".to_vec()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    /// Without catcode assignments, a change of group nesting is
    /// compared without the save stack's depth: still equal to a fresh
    /// lex; and an edit that brings the first assignment is right too.
    #[test]
    fn group_edits_without_assignments_equal_fresh_lex(
        text in proptest::collection::vec(group_piece(), 0..150).prop_map(|v| v.concat()),
        edits in proptest::collection::vec(
            (any::<u16>(), 0u16..20, prop_oneof![9 => group_piece(), 1 => Just(b"\\makeatletter ".to_vec())]),
            1..15),
    ) {
        let profile = Profile::new(Regime::Latex);
        let options = LexOptions::tracking_with_verbatim();
        let mut doc = Document::with_options(&text, &profile, &options).unwrap();
        edit_and_check(&mut doc, edits)?;
    }
}

/// `\begin` ends a line and its `{verbatim}` opens the next, with no
/// `\end`: the diagnostic points at the `\begin`, which lies in the
/// line before the body, also after an edit re-lexes the second line.
#[test]
fn unterminated_verbatim_begun_on_the_line_before() {
    let profile = Profile::new(Regime::Latex);
    let options = LexOptions::tracking_with_verbatim();
    let text = b"x\n\\begin\n{verbatim} body\nmore\n";
    let mut doc = Document::with_options(text, &profile, &options).unwrap();
    let unterminated = |doc: &Document| -> Vec<crate::Span> {
        doc.diagnostics()
            .filter(|d| d.kind == crate::DiagnosticKind::UnterminatedVerbatim)
            .map(|d| d.span)
            .collect()
    };
    let begin = crate::Span::new(2, 8);
    assert_eq!(unterminated(&doc), [begin]);
    // Typing in the body, on the `{verbatim}` line and after.
    doc.edit(21..21, b"y").unwrap();
    doc.edit(27..27, b"z").unwrap();
    assert_eq!(unterminated(&doc), [begin]);
    assert_fresh(&doc).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    /// A preamble that assigns catcodes (at the outer level and inside
    /// groups), then a body edited with braces, groups, environments and
    /// now and then an assignment: states are compared without their
    /// depth only where that is sound, and the document always equals a
    /// fresh lex.
    #[test]
    fn group_edits_after_assignments_equal_fresh_lex(
        preamble in proptest::collection::vec(prop_oneof![
            3 => group_piece(),
            1 => Just(b"\\makeatletter\n".to_vec()),
            1 => Just(b"{\\catcode`\\~=12 }".to_vec()),
            1 => Just(b"\\begingroup\\makeatother ".to_vec()),
        ], 0..30).prop_map(|v| v.concat()),
        body in proptest::collection::vec(group_piece(), 0..120).prop_map(|v| v.concat()),
        edits in proptest::collection::vec(
            (any::<u16>(), 0u16..20, prop_oneof![
                12 => group_piece(),
                1 => Just(b"\\makeatother ".to_vec()),
                1 => Just(b"\\catcode`\\@=12 ".to_vec()),
            ]),
            1..20),
    ) {
        let profile = Profile::new(Regime::Latex);
        let options = LexOptions::tracking_with_verbatim();
        let text = [preamble, body].concat();
        let mut doc = Document::with_options(&text, &profile, &options).unwrap();
        edit_and_check(&mut doc, edits)?;
    }
}

/// Stale depths must never precede an assignment: a `{` makes the
/// depths stored after it stale, an assignment is added later on, then
/// the `{` goes again. Without a full re-lex when the assignment came,
/// the last edit would stop at a stale state equal to its own, and the
/// final `}` would wrongly restore `@` to a letter.
#[test]
fn an_assignment_after_stale_depths_relexes_all() {
    let profile = Profile::new(Regime::Latex);
    let options = LexOptions::tracking();
    let lines: Vec<String> = (0..12).map(|i| format!("line {i:02} x\n")).collect();
    let text = format!("\\makeatletter\n{}}}\\a@b\n", lines.concat());
    let mut doc = Document::with_options(text.as_bytes(), &profile, &options).unwrap();
    let at = |doc: &Document, needle: &str| -> u32 {
        let text = doc.text();
        let pos = text
            .windows(needle.len())
            .position(|w| w == needle.as_bytes());
        pos.expect("needle in text") as u32
    };
    let brace = at(&doc, "line 01");
    doc.edit(brace..brace, b"{").unwrap();
    assert_fresh(&doc).unwrap();
    let assignment = at(&doc, "line 08");
    doc.edit(assignment..assignment, b"\\makeatother ").unwrap();
    assert_fresh(&doc).unwrap();
    doc.edit(brace..brace + 1, b"").unwrap();
    assert_fresh(&doc).unwrap();
    // `\makeatother` is now global: `\a@b` after the `}` is `\a`, `@`, `b`.
    let tail: Vec<Vec<u8>> = doc
        .records()
        .filter_map(|r| match r {
            Record::Token(Token {
                kind: TokenKind::Cs(id),
                ..
            }) => Some(doc.name(id).to_vec()),
            _ => None,
        })
        .collect();
    assert_eq!(tail.last().map(Vec::as_slice), Some(&b"a"[..]));
}

/// Stale depths after an edit matter only to assignments after them:
/// an edit before them, even in a chunk that assigns, stays local.
#[test]
fn an_assignment_before_stale_depths_stays_local() {
    let profile = Profile::new(Regime::Latex);
    let options = LexOptions::tracking();
    let lines: Vec<String> = (0..12).map(|i| format!("line {i:02} x\n")).collect();
    let text = format!("\\makeatletter\n{}\\a@b\n", lines.concat());
    let mut doc = Document::with_options(text.as_bytes(), &profile, &options).unwrap();
    let brace = doc.text().windows(7).position(|w| w == b"line 05").unwrap() as u32;
    doc.edit(brace..brace, b"{").unwrap();
    assert_fresh(&doc).unwrap();
    assert!(
        doc.stale_from.is_some(),
        "the `{{` left stale depths after it"
    );
    // An edit in the chunk holding `\makeatletter`, ahead of them.
    let change = doc.edit(13..13, b" ").unwrap();
    assert_fresh(&doc).unwrap();
    assert!(
        change.relexed_bytes < 40,
        "re-lexed {} of {} bytes",
        change.relexed_bytes,
        doc.len()
    );
    // The same edit after the stale depths re-lexes everything.
    let late = doc.text().windows(7).position(|w| w == b"line 09").unwrap() as u32;
    let change = doc.edit(late..late, b"\\makeatother ").unwrap();
    assert_fresh(&doc).unwrap();
    assert_eq!(change.relexed_bytes, doc.len() as usize);
    assert_eq!(doc.stale_from, None);
}

#[test]
fn bad_edits_are_errors_and_change_nothing() {
    let profile = Profile::new(Regime::Latex);
    // "é\n😀\n": é is bytes 0..2, the emoji bytes 3..7; 8 bytes, 3 lines.
    let mut doc = Document::new("é\n😀\n".as_bytes(), &profile).unwrap();
    let text = doc.text();
    let error = doc.edit(1..1, b"x").unwrap_err();
    assert_eq!(error, EditError::InsideCharacter { offset: 1 });
    assert_eq!(error.to_string(), "offset 1 is inside a UTF-8 sequence");
    match doc.edit(4..5, b"x") {
        Err(EditError::InsideCharacter { offset }) => assert_eq!(offset, 4),
        other => panic!("{other:?}"),
    }
    #[allow(clippy::reversed_empty_ranges)]
    let backwards = 3..2;
    match doc.edit(backwards, b"x") {
        Err(error @ EditError::RangeReversed { start: 3, end: 2 }) => {
            assert_eq!(error.to_string(), "edit starts at 3 after its end 2");
        }
        other => panic!("{other:?}"),
    }
    match doc.edit(0..100, b"x") {
        Err(error @ EditError::RangeBeyondText { end: 100, len: 8 }) => {
            assert_eq!(
                error.to_string(),
                "edit ends at 100 beyond the text (8 bytes)"
            );
        }
        other => panic!("{other:?}"),
    }
    let past = LspPosition {
        line: 9,
        character: 0,
    };
    match doc.edit_lsp(Some((past, past)), "x") {
        Err(error @ EditError::LineBeyondDocument { line: 9, lines: 3 }) => {
            assert_eq!(error.to_string(), "line 9 is beyond the document (3 lines)");
        }
        other => panic!("{other:?}"),
    }
    let (a, b) = (
        LspPosition {
            line: 1,
            character: 0,
        },
        LspPosition {
            line: 0,
            character: 1,
        },
    );
    match doc.edit_lsp(Some((a, b)), "x") {
        Err(error @ EditError::LspRangeReversed { start: 3, end: 2 }) => {
            assert_eq!(error.to_string(), "LSP range starts after it ends (3 > 2)");
        }
        other => panic!("{other:?}"),
    }
    match doc.position(9) {
        Err(error @ EditError::OffsetBeyondText { offset: 9, len: 8 }) => {
            assert_eq!(error.to_string(), "offset 9 is beyond the text (8 bytes)");
        }
        other => panic!("{other:?}"),
    }
    // Reaching 4 GiB would take a 4 GiB insert: only the message is checked.
    let error = EditError::TooLarge { len: 1 << 32 };
    assert!(matches!(error, EditError::TooLarge { len: 4_294_967_296 }));
    assert_eq!(error.to_string(), "the edited text would reach 4 GiB");
    let _: &dyn std::error::Error = &error;
    assert_eq!(doc.text(), text);
    // Past the end of a line clamps; UTF-16 columns count the emoji twice.
    let end_of_line = LspPosition {
        line: 0,
        character: 99,
    };
    doc.edit_lsp(Some((end_of_line, end_of_line)), "!").unwrap();
    assert_eq!(doc.text(), "é!\n😀\n".as_bytes());
    let after_emoji = LspPosition {
        line: 1,
        character: 2,
    };
    doc.edit_lsp(Some((after_emoji, after_emoji)), "?").unwrap();
    assert_eq!(doc.text(), "é!\n😀?\n".as_bytes());
    doc.edit_lsp(None, "new").unwrap();
    assert_eq!(doc.text(), b"new");
}

#[test]
fn queries_by_range_line_and_position() {
    let profile = Profile::new(Regime::Latex);
    let text = "\\a b\n{c}\n".repeat(2000);
    let doc = Document::new(text.as_bytes(), &profile).unwrap();
    let fresh = lex(text.as_bytes(), &profile);
    let all: Vec<Token> = fresh.tokens().collect();
    let middle = text.len() as u32 / 2;
    let got = doc.tokens_in(middle..middle + 20);
    let expected: Vec<Token> = all
        .iter()
        .copied()
        .filter(|t| t.span.end > middle && t.span.start < middle + 20)
        .collect();
    assert_eq!(
        got.map(|t| t.span).collect::<Vec<_>>(),
        expected.iter().map(|t| t.span).collect::<Vec<_>>()
    );
    let line = doc.tokens_in_lines(1001..1002);
    assert_eq!(line.count(), 4); // `{`, `c`, `}`, space
    assert_eq!(
        doc.token_at(middle).map(|t| t.span),
        all.iter()
            .find(|t| t.span.start <= middle && middle < t.span.end)
            .map(|t| t.span)
    );
}
