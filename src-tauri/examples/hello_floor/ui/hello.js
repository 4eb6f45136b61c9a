// The one IPC call the app's windows make once their first view is drawn,
// with the page's own clock, as theirs.
window.__TAURI__.core.invoke('app_ready', { pageMs: performance.now() }).catch(() => {});
