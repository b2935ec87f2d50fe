//! A document edited any way equals a fresh lex of its final text, static
//! and tracked. Input: a selector byte, the initial text, then edits, each
//! after a 0xFE byte: two offset bytes (little-endian), a length byte and
//! the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let mut parts = rest.split(|&b| b == 0xFE);
    let initial = parts.next().unwrap_or_default();
    let lexer = texlex::fuzzing::selected(selector);
    let Ok(mut doc) = lexer.document(initial) else {
        return;
    };
    for edit in parts.take(16) {
        let [a, b, len, text @ ..] = edit else {
            continue;
        };
        let total = doc.len();
        let start = u32::from(u16::from_le_bytes([*a, *b])) % (total + 1);
        let end = (start + u32::from(*len)).min(total);
        let before = doc.text();
        if doc.edit(start..end, text).is_err() {
            assert_eq!(doc.text(), before, "a rejected edit changes nothing");
        }
    }
    let text = doc.text();
    let fresh = lexer.lex(&text).expect("fuzz inputs are below 4 GiB");
    let named = |records: Vec<texlex::Record>, name: &dyn Fn(texlex::CsId) -> Vec<u8>| {
        records
            .into_iter()
            .map(|r| match r {
                texlex::Record::Token(texlex::Token {
                    kind: texlex::TokenKind::Cs(id),
                    span,
                }) => (format!("cs {span:?}"), name(id)),
                texlex::Record::Token(texlex::Token {
                    kind: texlex::TokenKind::Verbatim { env },
                    span,
                }) => (format!("verbatim {span:?}"), name(env)),
                r => (format!("{r:?}"), Vec::new()),
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        named(doc.records().collect(), &|id| doc.name(id).to_vec()),
        named(fresh.records().collect(), &|id| fresh.name(id).to_vec()),
        "document equals a fresh lex"
    );
    assert!(doc.diagnostics().eq(fresh.diagnostics()));
});
