//! A stream equals a whole lex: any bytes, any lexer, read in reads of any
//! size; records (offsets and lines made absolute), names and diagnostics
//! (unclosed braces included) agree, and no piece holds a line cut in two.
//! Input: a selector byte (the lexer, as for `drivers`), a read-size byte,
//! then the text.
#![no_main]

use std::io::Read;

use libfuzzer_sys::fuzz_target;
use texlex::{DiagnosticKind, Lexed, Record, TokenKind};

/// A reader that hands out at most `step` bytes per call.
struct Trickle<'a> {
    bytes: &'a [u8],
    step: usize,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.step.min(buf.len()).min(self.bytes.len());
        buf[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        Ok(n)
    }
}

type Flat = (Vec<(u64, u64, u64, Option<Vec<u8>>, String)>, Vec<(u64, DiagnosticKind)>);

fn add(flat: &mut Flat, lexed: &Lexed, offset: u64, first_line: u64) {
    let mut positions = lexed.positions();
    for record in lexed.records() {
        let span = record.span();
        let line = first_line + u64::from(positions.position(span.start).line);
        let name = match record {
            Record::Token(t) => match t.kind {
                TokenKind::Cs(id) | TokenKind::Verbatim { env: id } => {
                    Some(lexed.name(id).to_vec())
                }
                _ => None,
            },
            Record::Trivia(_) => None,
        };
        let kind = match record {
            Record::Token(t) => format!("{:?}", std::mem::discriminant(&t.kind)),
            Record::Trivia(t) => t.kind.name().to_string(),
        };
        flat.0.push((
            offset + u64::from(span.start),
            offset + u64::from(span.end),
            line,
            name,
            kind,
        ));
    }
    flat.1.extend(
        lexed
            .diagnostics()
            .map(|d| (offset + u64::from(d.span.start), d.kind)),
    );
}

fuzz_target!(|data: &[u8]| {
    let [selector, step, source @ ..] = data else {
        return;
    };
    let lexer = texlex::fuzzing::selected(*selector);
    let whole = lexer.lex(source).expect("fuzz inputs are below 4 GiB");
    let mut expected = Flat::default();
    add(&mut expected, &whole, 0, 0);

    let mut stream = lexer.stream(Trickle {
        bytes: source,
        step: usize::from(*step).max(1),
    });
    let mut streamed = Flat::default();
    while let Some(piece) = stream.next_piece().expect("reading a slice cannot fail") {
        let start = piece.offset() as usize;
        let text = piece.source();
        assert_eq!(&source[start..start + text.len()], text, "pieces are the input");
        assert!(
            start == 0 || matches!(source[start - 1], b'\n' | b'\r'),
            "a piece starts a line"
        );
        assert!(
            !(start > 0 && source[start - 1] == b'\r' && source.get(start) == Some(&b'\n')),
            "no piece starts between CR and LF"
        );
        add(&mut streamed, &piece, piece.offset(), piece.first_line());
    }
    streamed.1.extend(
        stream
            .unclosed_braces()
            .iter()
            .map(|b| (b.offset, DiagnosticKind::UnclosedOpenBrace)),
    );
    streamed.1.sort_by_key(|&(at, kind)| (at, kind.name()));
    expected.1.sort_by_key(|&(at, kind)| (at, kind.name()));
    assert_eq!(streamed, expected);
});
