#!/usr/bin/env bash
# `make bench`: builds the debug app and writes docs/benchmarks.md with
# the date, the machine, the commit and how each figure was measured.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -p interlude -p interlude-cli >/dev/null
cargo build --release -p interlude-core --example journal_bench >/dev/null
cargo build --release -p interlude-core --example cli_floor >/dev/null
cargo build --release -p interlude-core --example sync_bench >/dev/null
cargo build --release -p interlude -p interlude-cli >/dev/null
cargo build --release -p interlude --example hello_floor >/dev/null
bash scripts/bundle.sh >/dev/null
app="$(xvfb-run -a dbus-run-session -- bash bench/app.sh target/release/interlude \
  target/release/examples/hello_floor "$PWD/target/release/interlude-desktop" 2>/dev/null | grep -P '^\w+\t')"
appv() { printf '%s\n' "$app" | awk -F'\t' -v k="$1" '$1 == k { print $2 }'; }
peers="$(xvfb-run -a dbus-run-session -- bash bench/peers.sh target/release/interlude 2>/dev/null | grep -P '^\w+\t')"
peer() { printf '%s\n' "$peers" | awk -F'\t' -v k="$1" '$1 == k { print $2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "?" }'; }
ratio2() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "?" }'; }
times() { awk -v a="$1" -v f="$2" 'BEGIN { printf "%.0f", a * f }'; }
journal1k="$(./target/release/examples/journal_bench 1000)"
journal10k="$(./target/release/examples/journal_bench 10000)"
journal100k="$(./target/release/examples/journal_bench 100000)"
syncb="$(./target/release/examples/sync_bench 10000)"
sy() { printf '%s\n' "$syncb" | awk -F'\t' -v k="$1" '$1 == k { print $2 }'; }
results="$(bash bench/scheduler.sh)"
value() { printf '%s\n' "$results" | awk -F'\t' -v k="$1" '$1 == k { print $2 }'; }
j1() { printf '%s\n' "$journal1k" | awk -F'\t' -v k="$1" '$1 == k { print $2 }'; }
j10() { printf '%s\n' "$journal10k" | awk -F'\t' -v k="$1" '$1 == k { print $2 }'; }
j100() { printf '%s\n' "$journal100k" | awk -F'\t' -v k="$1" '$1 == k { print $2 }'; }
jrow() { echo "| $1 | $(j1 "$2") | $(j10 "$2") | $(j100 "$2") | $3 |"; }
{
  echo "# Benchmarks"
  echo
  echo "Written by \`make bench\` on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD)"
  echo "on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)."
  echo "Figures, not test assertions: machines here are noisy."
  echo
  echo "## The app (release build, 10,000 entries, under Xvfb)"
  echo
  echo "\`bench/app.sh\`, with a tray host on the bus (status-notifier-watcher) as a desktop panel provides"
  echo "one: wall time from exec (or from the tray click) until the window reports its first view drawn"
  echo "(each window calls \`app_ready\` once it has drawn); PSS summed over the whole process tree,"
  echo "WebKit's processes included, from /proc/PID/smaps_rollup after 10 s idle; wake-ups are the"
  echo "context switches of every thread of that tree over the idle time. The floor is a bare Tauri 2"
  echo "window (\`src-tauri/examples/hello_floor.rs\`, same crate, same release profile) whose page makes"
  echo "the same one \`app_ready\` call, started in turns with the app. \"The page's part\" is the page's own clock"
  echo "at that call (\`performance.now()\`, from the start of its navigation); the rest came before the page."
  echo
  rn="$(peer rednotebook_pss_mb)"
  warm="$(appv start_warm_ms)"
  echo "| figure | value | target |"
  echo "| --- | --- | --- |"
  echo "| start → first interactive paint, cold | $(appv start_cold_ms) ms | |"
  echo "| start → first interactive paint, warm (median of 5) | $warm ms (the page's own part: $(appv start_warm_page_ms) ms) | ≤ the bare Tauri window's |"
  echo "| … a bare Tauri 2 window, warm (median of 5), same run | $(appv floor_warm_ms) ms (its page's part: $(appv floor_warm_page_ms) ms; cold $(appv floor_cold_ms) ms) | the floor; the app takes $(ratio2 "$warm" "$(appv floor_warm_ms)") of it |"
  echo "| reopen from the tray: \"Open Interlude\" → first view drawn (median of 10) | $(appv tray_reopen_ms) ms (the page's part: $(appv tray_reopen_page_ms) ms) | ≤ 0.6× warm start ($(times "$warm" 0.6) ms); $(ratio2 "$(appv tray_reopen_ms)" "$warm") |"
  echo "| the reflection window: \"Reflect on a session\" → first view drawn (median of 5) | $(appv reflection_window_ms) ms (the page's part: $(appv reflection_window_page_ms) ms) | ≤ 0.6× warm start ($(times "$warm" 0.6) ms); $(ratio2 "$(appv reflection_window_ms)" "$warm") |"
  echo "| memory, window open on Home and idle | $(appv pss_window_mb) MB | |"
  echo "| memory, window open after visiting every page | $(appv pss_pages_mb) MB | ≤ 0.7× RedNotebook's $rn MB ($(times "$rn" 0.7) MB); $(ratio2 "$(appv pss_pages_mb)" "$rn") |"
  echo "| memory, both windows open (main and reflection) | $(appv pss_both_windows_mb) MB | ≤ RedNotebook's $rn MB; $(ratio2 "$(appv pss_both_windows_mb)" "$rn") |"
  echo "| memory, tray only (started --minimized) | $(appv pss_tray_mb) MB | ≤ 90 MB |"
  echo "| memory, tray only after the window was opened and closed 10 times | $(appv pss_tray_after_cycles_mb) MB | within 5 MB of the fresh start ($(awk -v a="$(appv pss_tray_after_cycles_mb)" -v b="$(appv pss_tray_mb)" 'BEGIN { printf "%+.1f MB", a - b }')) |"
  echo "| wake-ups per minute, whole tree, tray only (over $(appv wakeups_tray_seconds) s) | $(appv wakeups_tray_per_minute) | ≤ 2 |"
  echo "| wake-ups per minute, whole tree, window open on Home and idle (over 60 s) | $(appv wakeups_window_per_minute) | |"
  echo
  echo "\"After visiting every page\" and \"both windows\" drive the app through tauri-driver, as the e2e suite"
  echo "does (\`bench/tour.mjs\`): every place in the rail, the pages tray entries open, back to Home, 10 s"
  echo "idle; then the reflection window from the tray, 10 s idle."
  echo
  echo "## Side by side with peers, same run"
  echo
  echo "\`bench/peers.sh\`: RedNotebook (Debian's package, GTK + WebKit) under the same Xvfb, from"
  echo "exec until its window exists; jrnl (PyPI) on the same 10,000 entries converted to its"
  echo "text format, each command run 5 times (median), whole processes timed."
  echo
  echo "| figure | Interlude | peer | ratio (peer ÷ Interlude) |"
  echo "| --- | --- | --- | --- |"
  echo "| start → window (RedNotebook) / first paint (Interlude), warm | $(appv start_warm_ms) ms | $(peer rednotebook_start_ms) ms | $(ratio "$(peer rednotebook_start_ms)" "$(appv start_warm_ms)") |"
  echo "| memory with the window open | $(appv pss_window_mb) MB | $(peer rednotebook_pss_mb) MB | $(ratio "$(peer rednotebook_pss_mb)" "$(appv pss_window_mb)") |"
  echo "| search at 10k, the search itself (in process: Interlude's FTS5 query vs jrnl reading and filtering its file) | $(j10 search_meeting_p50_ms) ms | $(peer jrnl_search_inprocess_ms) ms | $(ratio "$(peer jrnl_search_inprocess_ms)" "$(j10 search_meeting_p50_ms)") |"
  echo "| search at 10k, whole command (\`interlude search\` vs \`jrnl -contains\`) | $(peer interlude_search_ms) ms | $(peer jrnl_search_ms) ms | $(ratio "$(peer jrnl_search_ms)" "$(peer interlude_search_ms)") |"
  echo "| add an entry, whole command (\`interlude note\` vs \`jrnl TEXT\`) | $(peer interlude_add_ms) ms | $(peer jrnl_add_ms) ms | $(ratio "$(peer jrnl_add_ms)" "$(peer interlude_add_ms)") |"
  echo
  echo "Both searched for \"meeting\", 50 results. Whole commands are timed by \`bench/timeit.py\`"
  echo "(posix_spawn, one warm-up, then the median of 21 runs, 7 for jrnl)."
  echo
  echo "## The terminal command against its floor, same run"
  echo
  echo "\`interlude\` is its own binary (\`interlude-cli\`): the core, SQLCipher, libcrypto and libdbus"
  echo "(for the login keychain), and no GTK or WebKit. The desktop binary runs the same commands with"
  echo "the same code, so it shows what loading the GUI libraries cost. The floor is"
  echo "\`src-tauri/core/examples/cli_floor.rs\`: the core alone, no argument parser, no keychain."
  echo
  echo "| whole command at 10k | \`interlude\` | desktop binary | floor | jrnl ÷ \`interlude\` |"
  echo "| --- | --- | --- | --- | --- |"
  echo "| \`search meeting\` (50 hits) | $(peer interlude_search_ms) ms | $(peer desktop_search_ms) ms | $(peer floor_search_ms) ms | $(ratio "$(peer jrnl_search_ms)" "$(peer interlude_search_ms)") (target ≥ 30×) |"
  echo "| \`note TEXT\` | $(peer interlude_add_ms) ms | | $(peer floor_add_ms) ms | $(ratio "$(peer jrnl_add_ms)" "$(peer interlude_add_ms)") (target ≥ 30×) |"
  echo "| \`--version\` | $(peer interlude_version_ms) ms | $(peer desktop_version_ms) ms | | |"
  echo "| shared libraries mapped (\`ldd\` lines) | $(peer interlude_libs) | $(peer desktop_libs) | | |"
  echo
  echo "## Journal at 1,000, 10,000 and 100,000 entries"
  echo
  echo "\`cargo run --release -p interlude-core --example journal_bench -- N\`: a journal on disk"
  echo "filled with N synthetic entries (seeded; a reflection a week, moments with emotions and"
  echo "traps, check-ins, notes; \"work\" in about a third of them) through the import path, then"
  echo "each call timed as the app makes it (milliseconds; search: 30 runs, timeline: 50 runs)."
  echo
  echo "| figure (ms) | 1k | 10k | 100k | notes |"
  echo "| --- | --- | --- | --- | --- |"
  jrow "timeline, first page (p95)" timeline_first_page_p95_ms "50 entries; target ≤ 5 ms at 100k"
  jrow "timeline, page half way down (p95)" timeline_deep_page_p95_ms "keyset paging: same cost as page 1"
  jrow "search, rare word (p95)" search_rare_p95_ms "a made-up word in a handful of entries"
  jrow "search, common word (p95)" search_common_p95_ms "\"work\", in ~33% of entries; ranked among the newest 1,000 matches"
  jrow "search, prefix (p95)" search_prefix_p95_ms "\"anx\" as typed"
  jrow "search, phrase (p95)" search_phrase_p95_ms "the phrase felt better, in quotes"
  jrow "search, two words (p95)" search_two_words_p95_ms "\"tired meeting\""
  jrow "search, worst p95 of the five" search_worst_p95_ms "target ≤ 10 ms at 100k"
  jrow "search \"meeting\" in German (both indexes)" search_meeting_german_p50_ms "the English index, then the stem index for the rest"
  jrow "open the journal (p50)" open_ms "what every command and every start pays first; nothing waiting to be purged"
  jrow "save one moment" insert_moment_ms "one transaction, WAL, synchronous=FULL"
  jrow "insights, all time" insights_all_time_ms "running totals kept by triggers (migration 0008); target ≤ 30 ms at 100k"
  jrow "… the same read from every row" insights_all_time_from_rows_ms "how it was before the totals, same run"
  jrow "insights, last 30 days" insights_30_days_ms "reads the window's rows"
  jrow "session brief, two weeks (p95)" brief_p95_ms "target ≤ 50 ms at 100k"
  jrow "brief as PDF" brief_pdf_ms "font embedded, compressed"
  jrow "brief as Markdown" brief_markdown_ms ""
  jrow "export JSON, everything" export_json_ms "target ≤ 2 s at 100k"
  jrow "… of which reading the journal" export_read_ms "one read transaction, cached statements"
  jrow "… of which writing the JSON text" export_write_ms "pretty-printed"
  jrow "export file size (MB)" export_mb ""
  jrow "import N entries" import_ms "all or nothing, one transaction"
  echo
  mb() { awk -v b="$1" 'BEGIN { printf "%.1f MiB (%d bytes)", b / 1048576, b }'; }
  echo "## Size"
  echo
  echo "The release binary as \`cargo build --release\` makes it (LTO, opt-level z, abort on panic,"
  echo "stripped, packed relocations on glibc 2.36+; the UI and DejaVu Sans, zlib-packed, embedded);"
  echo "packages from \`make bundle\`."
  echo
  echo "| figure | value | target |"
  echo "| --- | --- | --- |"
  echo "| release binary, desktop (\`interlude-desktop\`) | $(mb "$(stat -c %s target/release/interlude-desktop)") | ≤ 10 MiB |"
  echo "| release binary, terminal (\`interlude\`) | $(mb "$(stat -c %s target/release/interlude)") | |"
  echo "| .deb | $(mb "$(stat -c %s dist/*.deb)") | |"
  echo "| .rpm | $(mb "$(stat -c %s dist/*.rpm)") | |"
  echo
  echo "## Sync (10,000 entries, a plain folder, release build)"
  echo
  echo "\`sync_bench\`: real journals on disk and a shared folder; the floor is importing the same"
  echo "entries from an export file into an empty journal, in the same run."
  echo
  echo "| figure | value | floor | how |"
  echo "| --- | --- | --- | --- |"
  echo "| join a 10,000-entry journal (read, decrypt, merge, write) | $(sy join_ms) ms | $(sy import_floor_ms) ms (import) | \`sync_join\` with the recovery key |"
  echo "| start syncing it (capture everything, seal, write) | $(sy start_ms) ms | | \`sync_start\` |"
  echo "| what starting puts in the folder | $(sy folder_after_start_kb) KB in $(sy folder_after_start_files) files | $(sy export_file_kb) KB (the export file) | deflated, sealed |"
  echo "| one change: its file present → merged into the journal | $(sy one_change_merge_ms) ms | | median of 5 \`sync_now\` on B; the app gathers file events for 0.7 s before this |"
  echo "| a sync with nothing new | $(sy idle_sync_ms) ms | | the cost of looking: every record compared with its shadow |"
  echo "| the folder after a year of daily use (two computers) | $(sy year_folder_kb) KB in $(sy year_folder_files) files | | 365 days: a note and an edit on A, a note every other day on B, both syncing daily; snapshots every 32 files, pruned behind them |"
  echo
  echo "## Scheduler"
  echo
  echo "| figure | value | target | how |"
  echo "| --- | --- | --- | --- |"
  echo "| reminder-thread wake-ups per minute, nothing due | $(value idle_wakeups_per_minute) | ≤ 1 | context switches of the \`interlude-reminders\` thread (/proc/PID/task/TID/status) over $(value idle_minutes_measured) minutes, app started with \`--minimized\` on an empty journal |"
  echo "| due time → notification on the bus | $(value due_to_notification_seconds) s | < 1 s | a plan due at a whole minute; dbus-monitor's timestamp of the Notify call minus the due time |"
  echo
  cat bench/notes.md
} > docs/benchmarks.md
cat docs/benchmarks.md
