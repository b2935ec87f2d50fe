//! Ill-formed UTF-8 is one diagnostic per input, whatever the surface:
//! `Lexed`, a `Document` after edits, a `Stream` read in any pieces, a
//! parallel lex. It points at the first ill-formed sequence and counts them
//! all.

use proptest::prelude::*;
use texlex::{Diagnostic, DiagnosticKind, Lexer, Regime, TexEngine};

/// A reader that yields at most `step` bytes per read.
struct Trickle<'a> {
    bytes: &'a [u8],
    step: usize,
}

impl std::io::Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.step.min(buf.len()).min(self.bytes.len());
        buf[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        Ok(n)
    }
}

/// The ill-formed sequences of `src` (maximal subparts), as std counts them.
fn sequences(src: &[u8]) -> (u32, Option<(u32, u32)>) {
    let mut count = 0;
    let mut first = None;
    let mut at = 0u32;
    for chunk in src.utf8_chunks() {
        at += chunk.valid().len() as u32;
        let bad = chunk.invalid().len() as u32;
        if bad > 0 {
            count += 1;
            first.get_or_insert((at, at + bad));
            at += bad;
        }
    }
    (count, first)
}

fn ill_formed(
    diagnostics: impl IntoIterator<Item = Diagnostic>,
) -> Vec<(u32, u32, DiagnosticKind)> {
    diagnostics
        .into_iter()
        .filter(|d| matches!(d.kind, DiagnosticKind::IllFormedUtf8 { .. }))
        .map(|d| (d.span.start, d.span.end, d.kind))
        .collect()
}

/// Every surface's ill-formed diagnostics for `src`.
fn check_surfaces(lexer: &Lexer, src: &[u8], step: usize) -> Result<(), TestCaseError> {
    let lexed = lexer.lex(src).unwrap();
    let whole = ill_formed(lexed.diagnostics());
    let (count, first) = sequences(src);
    match first {
        None => prop_assert!(whole.is_empty()),
        Some((start, end)) => prop_assert_eq!(
            &whole,
            &vec![(
                start,
                end,
                DiagnosticKind::IllFormedUtf8 { sequences: count }
            )]
        ),
    }

    let doc = lexer.document(src).unwrap();
    prop_assert_eq!(ill_formed(doc.diagnostics()), whole.clone());
    // All diagnostics, not only these: the merge keeps the others in place.
    prop_assert_eq!(
        doc.diagnostics().collect::<Vec<_>>(),
        lexed.diagnostics().collect::<Vec<_>>()
    );

    let mut stream = lexer.stream(Trickle { bytes: src, step });
    while let Some(piece) = stream.next_piece().unwrap() {
        prop_assert!(ill_formed(piece.diagnostics()).is_empty());
    }
    let streamed: Vec<_> = stream
        .ill_formed_utf8()
        .map(|d| (d.offset as u32, d.end as u32, d.kind))
        .into_iter()
        .collect();
    prop_assert_eq!(streamed, whole);
    Ok(())
}

fn text_with_bad_bytes() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(
        prop_oneof![
            Just(&b"a"[..]),
            Just(&b"\\cs "[..]),
            Just(&b"%"[..]),
            Just(&b"\n"[..]),
            Just(&b"\r\n"[..]),
            Just(&b"{"[..]),
            Just(&b"}"[..]),
            Just(&b"\\verb|"[..]),
            Just(&b"|"[..]),
            Just(&b"\xe9"[..]),
            Just(&b"\xff\xfe"[..]),
            Just(&b"\xc3"[..]),
            Just("é".as_bytes()),
            Just(&b"\xe2\x82"[..]),
            Just(&b"\\\xe9"[..]),
            Just(&b"^^"[..]),
        ],
        0..120,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn one_ill_formed_diagnostic_on_every_surface(
        src in text_with_bad_bytes(),
        step in 1usize..64,
        tracking in any::<bool>(),
    ) {
        let lexer = Lexer::new(Regime::Latex).track_catcodes(tracking);
        check_surfaces(&lexer, &src, step)?;
    }

    /// After edits, a document has the one diagnostic a fresh lex has.
    #[test]
    fn one_ill_formed_diagnostic_after_edits(
        src in text_with_bad_bytes(),
        edits in proptest::collection::vec((any::<u16>(), any::<u16>(), text_with_bad_bytes()), 1..6),
        tracking in any::<bool>(),
    ) {
        let lexer = Lexer::new(Regime::Latex).track_catcodes(tracking);
        let mut doc = lexer.document(&src).unwrap();
        for (a, b, text) in edits {
            let len = doc.len();
            let (a, b) = (u32::from(a) % (len + 1), u32::from(b) % (len + 1));
            // An edit the document rejects (inside a CR LF, say) changes nothing.
            let _ = doc.edit(a.min(b)..a.max(b), &text[..text.len().min(20)]);
        }
        let text = doc.text();
        let fresh = lexer.lex(&text).unwrap();
        prop_assert_eq!(
            doc.diagnostics().collect::<Vec<_>>(),
            fresh.diagnostics().collect::<Vec<_>>()
        );
        check_surfaces(&lexer, &text, 7)?;
    }
}

#[test]
fn the_byte_model_has_no_ill_formed_utf8() {
    let lexer = Lexer::new(Regime::Latex).engine(TexEngine::Pdftex);
    let lexed = lexer.lex(b"Caf\xe9 cr\xe8me\n").unwrap();
    assert_eq!(lexed.diagnostics().count(), 0);
}

#[test]
fn a_legacy_file_gets_one_diagnostic_with_its_count() {
    // One accented letter per line, 10,000 lines: one diagnostic.
    let src = b"Caf\xe9 \\emph{x}\n".repeat(10_000);
    let lexed = Lexer::new(Regime::Latex).lex(&src).unwrap();
    let all: Vec<Diagnostic> = lexed.diagnostics().collect();
    assert_eq!(all.len(), 1);
    assert_eq!(
        all[0].kind,
        DiagnosticKind::IllFormedUtf8 { sequences: 10_000 }
    );
    assert_eq!((all[0].span.start, all[0].span.end), (3, 4));
    assert_eq!(
        all[0].message(),
        "not UTF-8: 10000 ill-formed sequences read as U+FFFD, the first here"
    );
}

#[test]
fn a_parallel_lex_merges_its_parts() {
    // Over the 1 MiB a parallel lex needs before it splits.
    let src = b"Caf\xe9 cr\xe8me }\n".repeat(200_000);
    let serial = Lexer::new(Regime::Latex)
        .track_catcodes(false)
        .lex(&src)
        .unwrap();
    let parallel = Lexer::new(Regime::Latex)
        .track_catcodes(false)
        .threads(4)
        .lex(&src)
        .unwrap();
    let s: Vec<Diagnostic> = serial.diagnostics().collect();
    let p: Vec<Diagnostic> = parallel.diagnostics().collect();
    assert_eq!(s, p);
    assert_eq!(
        ill_formed(p),
        [(3, 4, DiagnosticKind::IllFormedUtf8 { sequences: 400_000 })]
    );
}
