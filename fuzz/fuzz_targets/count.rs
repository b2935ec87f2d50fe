//! Counting equals lexing: any bytes, any lexer; the counting pass
//! (`Lexer::count`, which keeps no tokens) gives the token stats,
//! diagnostics, line starts and end state of a lex, for the fast driver and
//! the reference engine, and streamed in reads of any size it gives in sum
//! what one lex of all of it gives. Input: a selector byte (the lexer, as
//! for `drivers`), a read-size byte, then the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let [selector, step, source @ ..] = data else {
        return;
    };
    let lexer = texlex::fuzzing::selected(*selector);
    if let Err(difference) = texlex::fuzzing::count_agrees(source, &lexer, usize::from(*step)) {
        panic!("{lexer:?}: {difference}");
    }
});
