### Deutsch: errors-journal (see src-tauri/core/src/i18n.rs).

