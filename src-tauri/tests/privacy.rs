//! No network, least privilege: checks on what the app is built from and
//! what each window is granted, read from the real manifests.
//!
//! - No HTTP, WebSocket or TLS client crate anywhere in the dependency tree
//!   (`cargo tree`), so nothing can be fetched or sent even by accident.
//! - The content security policy allows no remote source and no eval.
//! - Each window's plugin and core permissions equal a reviewed allowlist,
//!   and its own-command permissions name commands the app really has.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read_json(relative: &str) -> Value {
    let path = manifest_dir().join(relative);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Crates that speak HTTP, WebSocket, TLS or DNS to other machines, and
/// Tauri plugins that do. (Unix sockets for D-Bus notifications are not
/// networking and stay.)
const NETWORK_CRATES: &[&str] = &[
    "reqwest",
    "hyper",
    "hyper-util",
    "hyper-tls",
    "hyper-rustls",
    "h2",
    "h3",
    "ureq",
    "curl",
    "curl-sys",
    "isahc",
    "surf",
    "attohttpc",
    "minreq",
    "tungstenite",
    "tokio-tungstenite",
    "websocket",
    "rustls",
    "native-tls",
    "openssl",
    "quinn",
    "trust-dns-resolver",
    "hickory-resolver",
    "tauri-plugin-http",
    "tauri-plugin-websocket",
    "tauri-plugin-updater",
    "tauri-plugin-upload",
    "tauri-plugin-localhost",
];

#[test]
fn no_networking_crate_is_in_the_dependency_tree() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .current_dir(manifest_dir())
        .args([
            "tree",
            "-p",
            "interlude",
            "--edges",
            "normal,build",
            "--prefix",
            "none",
            // Every desktop platform the app is built for. (Tauri pulls an
            // HTTP client for its mobile dev server on Android and iOS only.)
            "--target",
            "x86_64-unknown-linux-gnu",
            "--target",
            "aarch64-unknown-linux-gnu",
            "--target",
            "x86_64-apple-darwin",
            "--target",
            "aarch64-apple-darwin",
            "--target",
            "x86_64-pc-windows-msvc",
        ])
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8(out.stdout).expect("cargo tree prints UTF-8");
    let crates: BTreeSet<&str> = tree
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    // The tree was really read: the crates we know are there are listed.
    for known in ["tauri", "rusqlite", "interlude-core", "notify-rust"] {
        assert!(crates.contains(known), "{known} missing from cargo tree");
    }
    let found: Vec<&&str> = NETWORK_CRATES
        .iter()
        .filter(|c| crates.contains(**c))
        .collect();
    assert!(found.is_empty(), "networking crates in the tree: {found:?}");
}

#[test]
fn the_content_security_policy_allows_nothing_remote() {
    let conf = read_json("tauri.conf.json");
    let csp = conf["app"]["security"]["csp"]
        .as_object()
        .expect("a CSP is set, as directives");
    let directives: BTreeSet<&str> = csp.keys().map(String::as_str).collect();
    for needed in [
        "default-src",
        "script-src",
        "style-src",
        "connect-src",
        "object-src",
        "base-uri",
        "form-action",
        "frame-ancestors",
    ] {
        assert!(directives.contains(needed), "{needed} is not set");
    }
    for (directive, value) in csp {
        let value = value.as_str().expect("each directive is one string");
        for source in value.split_whitespace() {
            let allowed = matches!(
                source,
                "'self'" | "'none'" | "data:" | "ipc:" | "http://ipc.localhost"
            );
            assert!(allowed, "{directive} allows {source}");
            // Tauri's IPC is the only non-self origin, and only to connect.
            if source.starts_with("ipc") || source.contains("ipc.localhost") {
                assert_eq!(directive, "connect-src", "{directive} allows {source}");
            }
            if source == "data:" {
                assert_eq!(directive, "img-src", "{directive} allows data:");
            }
        }
    }
    assert_eq!(csp["script-src"], "'self'", "no inline script, no eval");
    assert_eq!(conf["app"]["security"]["freezePrototype"], true);
    assert!(
        conf["app"]["security"]
            .get("dangerousDisableAssetCspModification")
            .is_none(),
        "Tauri's nonces and hashes stay on"
    );
}

/// Plugin and core permissions each window is granted, as reviewed. A new
/// one must be added here on purpose, after asking what it exposes.
const REVIEWED: &[(&str, &[&str])] = &[
    (
        "main",
        &["core:event:allow-listen", "core:event:allow-unlisten"],
    ),
    (
        "reflection",
        &[
            "core:event:allow-listen",
            "core:event:allow-unlisten",
            "core:window:allow-close",
        ],
    ),
];

/// The app's commands: the one list build.rs declares to Tauri.
fn app_commands() -> BTreeSet<String> {
    interlude::COMMANDS
        .iter()
        .map(|c| (*c).to_owned())
        .collect()
}

#[test]
fn granted_permissions_match_the_reviewed_allowlist() {
    let commands = app_commands();
    assert!(commands.len() > 50, "only {} commands read", commands.len());
    let dir = manifest_dir().join("capabilities");
    let mut seen = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("capabilities/") {
        let path = entry.expect("a directory entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let cap = read_json(&format!("capabilities/{name}"));
        let id = cap["identifier"].as_str().expect("an identifier");
        seen.insert(id.to_owned());
        assert!(
            cap.get("remote").is_none(),
            "{id}: no remote URL may call in"
        );
        let (_, reviewed) = REVIEWED
            .iter()
            .find(|(w, _)| *w == id)
            .unwrap_or_else(|| panic!("capability {id} has not been reviewed"));
        let mut plugin = BTreeSet::new();
        for p in cap["permissions"].as_array().expect("a permission list") {
            let p = p.as_str().expect("permissions are plain identifiers here");
            if p.contains(':') {
                plugin.insert(p);
            } else {
                let cmd = p
                    .strip_prefix("allow-")
                    .unwrap_or_else(|| panic!("{id}: {p} is not an allow- permission"))
                    .replace('-', "_");
                assert!(commands.contains(&cmd), "{id}: {p} names no command");
            }
        }
        let reviewed: BTreeSet<&str> = reviewed.iter().copied().collect();
        assert_eq!(plugin, reviewed, "{id}: plugin/core permissions");
    }
    let expected: BTreeSet<String> = REVIEWED.iter().map(|(w, _)| (*w).to_owned()).collect();
    assert_eq!(seen, expected);
}

#[test]
fn every_command_is_granted_to_some_window() {
    // A command nobody may call is dead code, or a window that can't work.
    let mut granted = BTreeSet::new();
    for cap in ["capabilities/main.json", "capabilities/reflection.json"] {
        for p in read_json(cap)["permissions"]
            .as_array()
            .expect("permissions")
        {
            if let Some(cmd) = p.as_str().and_then(|p| p.strip_prefix("allow-")) {
                granted.insert(cmd.replace('-', "_"));
            }
        }
    }
    let missing: Vec<String> = app_commands().difference(&granted).cloned().collect();
    assert!(missing.is_empty(), "granted to no window: {missing:?}");
}
