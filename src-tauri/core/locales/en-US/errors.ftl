### English: the errors every part of Interlude can meet, in plain words
### (src-tauri/core/src/error.rs). $detail is SQLite's own words, kept for
### whoever helps the person; never journal text.

error-newer-schema = This journal was saved by a newer version of Interlude (data version { $found }; this version understands up to { $supported }). Nothing was changed. Please update Interlude to open it.
error-disk-full = The disk is full, so this couldn't be saved. Free some space and try again.
error-corrupt = The journal file looks damaged or isn't an Interlude journal. Nothing was changed. ({ $detail })
error-storage = Something went wrong while saving or reading your journal. ({ $detail })
error-locked = This journal is locked. Unlock it to go on.
error-wrong-key = That passphrase doesn't open this journal. Nothing was changed; please try again.
