//! `strip` keeps its promise on any bytes, with any lexer: the output has
//! the input's tokens (with `comment` environments removed, all but
//! theirs), is a subsequence of the input, keeps no comment text, and
//! stripping it again changes nothing. Input: a selector byte (the lexer
//! as for `drivers`; its low bit also removes `comment` environments and
//! its bit 1 picks pdfTeX's byte model), then the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, source)) = data.split_first() else {
        return;
    };
    let mut lexer = texlex::fuzzing::selected(selector);
    if selector & 2 != 0 {
        lexer = lexer.engine(texlex::TexEngine::Pdftex);
    }
    let environments = selector & 1 != 0;
    if let Err(broken) = texlex::fuzzing::strip_holds(source, &lexer, environments) {
        panic!("{:?} (selector {selector}): {broken}", String::from_utf8_lossy(source));
    }
});
