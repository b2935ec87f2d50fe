//! The fast driver equals the reference engine — the faithful port of
//! LuaTeX's input routines it stands in for — on any bytes, in any regime,
//! statically and with catcode tracking (with and without verbatim). In
//! pdfTeX's byte model the reference engine does all the work, so LuaTeX's
//! model is the one fuzzed here.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, source)) = data.split_first() else {
        return;
    };
    let lexer = texlex::fuzzing::selected(selector);
    if let Err(difference) = texlex::fuzzing::drivers_agree(source, &lexer) {
        panic!("{lexer:?}: {difference}");
    }
});
