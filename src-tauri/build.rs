//! Declares the app's own commands so each window's capability file can
//! grant exactly the ones it needs (least privilege), and embeds the config.

// Every command in `src/commands/` (the list the crate itself uses too).
include!("src/command_list.rs");

/// Release builds of the app on a glibc that understands `DT_RELR` (2.36,
/// Debian 12) link with packed relative relocations: the binary's 1.1 MB of
/// `R_X86_64_RELATIVE` entries (pointers in vtables and string tables that
/// must be moved at load for ASLR) become 20 KB of bitmaps, which is what
/// keeps the release binary under 10 MB (`docs/benchmarks.md`). Only the
/// app binary, only in release: tests and debug builds link as before, and
/// a build on an older glibc (e.g. Ubuntu 22.04 in CI) leaves it off,
/// since the result would not start there.
fn packed_relocations() {
    let target = std::env::var("TARGET").unwrap_or_default();
    let release = std::env::var("PROFILE").is_ok_and(|p| p == "release");
    if !release || !target.ends_with("-linux-gnu") {
        return;
    }
    let glibc = std::process::Command::new("getconf")
        .arg("GNU_LIBC_VERSION")
        .output()
        .ok()
        .and_then(|out| String::from_utf8(out.stdout).ok())
        .and_then(|text| {
            let version = text.trim().strip_prefix("glibc ")?.to_owned();
            let mut parts = version.split('.').map(|p| p.parse::<u32>().ok());
            Some((parts.next()??, parts.next()??))
        });
    if glibc.is_some_and(|v| v >= (2, 36)) {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
        // The bench's bare Tauri floor (examples/hello_floor.rs) links the
        // same way, so the two load alike.
        println!("cargo:rustc-link-arg-examples=-Wl,-z,pack-relative-relocs");
    }
}

fn main() {
    packed_relocations();
    // Runs at build time only: a broken config should stop the build loudly.
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build script: check tauri.conf.json and capabilities/");
}
