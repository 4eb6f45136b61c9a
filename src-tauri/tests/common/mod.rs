//! The mock-runtime harness shared by the shell's test files: the real
//! builder, capabilities and settings store on a journal in a temp folder,
//! started the way the app starts (`AppState::starting`), so a test can
//! "restart" by starting again on the same folder.
// Each test binary uses a different part of this.
#![allow(dead_code)]

use std::path::Path;
use std::sync::Arc;

use interlude::AppState;
use interlude_cli::keychain::MemoryKeychain;
use interlude_core::ManualClock;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewUrl, WebviewWindow, WebviewWindowBuilder};

pub struct App_ {
    pub app: App<MockRuntime>,
    pub main: WebviewWindow<MockRuntime>,
    pub reflection: WebviewWindow<MockRuntime>,
}

/// The app as it starts on the journal in `dir`; an empty folder gets a
/// plain journal first (as made before the first-run choice existed), so
/// tests of everything else start at an open journal.
pub fn start(dir: &Path) -> App_ {
    if !dir.join(interlude_core::DB_FILE).exists()
        && !dir.join(interlude_core::storage::key::KDF_FILE).exists()
    {
        let clock = Arc::new(ManualClock::at("2026-11-24T18:00:00+01:00"));
        drop(interlude_core::Db::open_in_dir(dir, clock).unwrap());
    }
    start_with(dir, Arc::new(MemoryKeychain::default()))
}

/// The app as it starts on `dir` exactly as it is (an empty folder is the
/// first run), with `keychain` standing in for the OS one.
pub fn start_with(dir: &Path, keychain: Arc<MemoryKeychain>) -> App_ {
    let clock = Arc::new(ManualClock::at("2026-11-24T18:00:00+01:00"));
    let state = AppState::starting_with_keychain(dir.to_path_buf(), clock, keychain);
    let app = interlude::builder(mock_builder(), state)
        .build(interlude::context())
        .unwrap();
    let main = WebviewWindowBuilder::new(&app, "main", WebviewUrl::default())
        .build()
        .unwrap();
    let reflection = WebviewWindowBuilder::new(&app, "reflection", WebviewUrl::default())
        .build()
        .unwrap();
    App_ {
        app,
        main,
        reflection,
    }
}

pub fn call(window: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    invoke(
        window,
        cmd,
        InvokeBody::Json(args),
        tauri::http::HeaderMap::default(),
    )
}

/// One request through the mock runtime's IPC, as a window makes it.
fn invoke(
    window: &WebviewWindow<MockRuntime>,
    cmd: &str,
    body: InvokeBody,
    headers: tauri::http::HeaderMap,
) -> Result<Value, Value> {
    get_ipc_response(
        window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body,
            headers,
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap())
}

/// A command whose body is raw bytes (a file), with `headers`, as the
/// window sends an import.
pub fn call_raw(
    window: &WebviewWindow<MockRuntime>,
    cmd: &str,
    body: Vec<u8>,
    headers: &[(&'static str, &str)],
) -> Result<Value, Value> {
    let mut map = tauri::http::HeaderMap::default();
    for (name, value) in headers {
        map.insert(*name, tauri::http::HeaderValue::from_str(value).unwrap());
    }
    invoke(window, cmd, InvokeBody::Raw(body), map)
}

impl App_ {
    pub fn ok(&self, cmd: &str, args: Value) -> Value {
        call(&self.main, cmd, args.clone()).unwrap_or_else(|e| panic!("{cmd}({args}): {e}"))
    }

    pub fn err(&self, cmd: &str, args: Value) -> String {
        let e = call(&self.main, cmd, args.clone()).expect_err(&format!("{cmd}({args}) worked"));
        e["kind"].as_str().unwrap_or_default().to_owned()
    }

    pub fn note(&self, text: &str) -> i64 {
        self.ok("create_note", json!({"input": {"text": text}}))["id"]
            .as_i64()
            .unwrap()
    }

    pub fn note_text(&self, id: i64) -> String {
        self.ok("get_note", json!({"id": id}))["text"]
            .as_str()
            .unwrap()
            .to_owned()
    }
}

/// Whether a `LockStatus` keeps the journal out of the window's reach:
/// sealed, locked behind the window, or not made yet.
pub fn locked(status: &Value) -> bool {
    matches!(status["state"].as_str(), Some("sealed" | "locked" | "new"))
}
