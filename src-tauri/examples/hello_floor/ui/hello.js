// The one IPC call the app's windows make once their first view is drawn.
window.__TAURI__.core.invoke('app_ready').catch(() => {});
