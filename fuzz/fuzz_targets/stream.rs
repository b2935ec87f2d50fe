//! A stream equals a whole lex: any bytes, any lexer, read in reads of any
//! size; records (offsets and lines made absolute), names and diagnostics
//! (unclosed braces included) agree, and each piece starts a line, never
//! inside a CRLF. Input: a selector byte (the lexer, as for `drivers`), a
//! read-size byte, then the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let [selector, step, source @ ..] = data else {
        return;
    };
    let lexer = texlex::fuzzing::selected(*selector);
    if let Err(difference) = texlex::fuzzing::stream_agrees(source, &lexer, usize::from(*step)) {
        panic!("{lexer:?}: {difference}");
    }
});
