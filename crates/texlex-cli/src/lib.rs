//! The parts of the `texlex` command that its tests and the fuzz targets
//! use too. Not a stable API: the stable interfaces of this crate are the
//! command's flags and output formats (see the README).

pub mod render;
