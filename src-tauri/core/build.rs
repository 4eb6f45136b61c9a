//! Packs the PDF font at build time: DejaVu Sans is stored in the binary
//! zlib-compressed (about 430 KB instead of 760 KB). A PDF embeds exactly
//! these bytes as its `FlateDecode` font stream, so a brief no longer spends
//! its time compressing the font; the app inflates it once, the first time
//! a PDF is made, for the glyph widths.

use std::{env, fs, path::PathBuf};

fn main() {
    // Build time only (never in the app): a missing font or an unwritable
    // OUT_DIR is a broken checkout, and the build should stop loudly.
    let source = "assets/DejaVuSans.ttf";
    println!("cargo:rerun-if-changed={source}");
    let font = fs::read(source).expect("assets/DejaVuSans.ttf is part of the source tree");
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&font, 10);
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("DejaVuSans.ttf.zlib"), packed).expect("OUT_DIR is writable");
}
