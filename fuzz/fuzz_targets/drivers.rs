//! The fast driver equals the reference engine — the faithful port of
//! LuaTeX's input routines it stands in for — on any bytes, in any regime,
//! statically and with catcode tracking (with and without verbatim). In
//! pdfTeX's byte model the reference engine does all the work, so LuaTeX's
//! model is the one fuzzed here.
#![no_main]

use libfuzzer_sys::fuzz_target;
use texlex::{LexOptions, Profile, Regime};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, source)) = data.split_first() else {
        return;
    };
    let regime = Regime::ALL[usize::from(selector) % Regime::ALL.len()];
    let profile = Profile::new(regime);
    let options = match (selector >> 4) % 3 {
        0 => LexOptions::static_catcodes(),
        1 => LexOptions::tracking(),
        _ => LexOptions::tracking_with_verbatim(),
    };
    if let Err(difference) = texlex::fuzzing::drivers_agree(source, &profile, &options) {
        panic!("{regime:?} {options:?}: {difference}");
    }
});
