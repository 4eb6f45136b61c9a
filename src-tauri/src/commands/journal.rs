//! Pattern journal commands: moments, check-ins, notes, what applies to any
//! entry (flags, tags, delete and undo), the timeline, search and insights.
//! Thin adapters over `interlude-core`.

use interlude_core::journal::search::MAX_HITS;
use interlude_core::{
    Checkin, CheckinInput, EntryFlags, EntryRef, Insights, Moment, MomentInput, Note, NoteInput,
    Result, SearchResults, TagCount, TimelineItem, TimelinePage, TimelineQuery, Vocabulary,
    VOCABULARY,
};
use tauri::{AppHandle, Runtime, State};

use super::announce;
use crate::args::Arg;
use crate::state::AppState;

#[tauri::command]
pub async fn get_journal_vocabulary() -> Vocabulary {
    VOCABULARY
}

#[tauri::command]
pub async fn recent_triggers(
    state: State<'_, AppState>,
    limit: Arg<Option<u32>>,
) -> Result<Vec<String>> {
    state.db()?.recent_triggers(limit.0.unwrap_or(8))
}

#[tauri::command]
pub async fn list_tags(state: State<'_, AppState>) -> Result<Vec<TagCount>> {
    state.db()?.list_tags()
}

#[tauri::command]
pub async fn create_moment<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    input: Arg<MomentInput>,
) -> Result<Moment> {
    announce(&app, state.db()?.create_moment(input.0))
}

#[tauri::command]
pub async fn update_moment<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<i64>,
    input: Arg<MomentInput>,
) -> Result<Moment> {
    announce(&app, state.db()?.update_moment(id.0, input.0))
}

#[tauri::command]
pub async fn get_moment(state: State<'_, AppState>, id: Arg<i64>) -> Result<Moment> {
    state.db()?.moment(id.0)
}

#[tauri::command]
pub async fn create_checkin<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    input: Arg<CheckinInput>,
) -> Result<Checkin> {
    announce(&app, state.db()?.create_checkin(input.0))
}

#[tauri::command]
pub async fn update_checkin<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<i64>,
    input: Arg<CheckinInput>,
) -> Result<Checkin> {
    announce(&app, state.db()?.update_checkin(id.0, input.0))
}

#[tauri::command]
pub async fn get_checkin(state: State<'_, AppState>, id: Arg<i64>) -> Result<Checkin> {
    state.db()?.checkin(id.0)
}

#[tauri::command]
pub async fn create_note<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    input: Arg<NoteInput>,
) -> Result<Note> {
    announce(&app, state.db()?.create_note(input.0))
}

#[tauri::command]
pub async fn update_note<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<i64>,
    input: Arg<NoteInput>,
) -> Result<Note> {
    announce(&app, state.db()?.update_note(id.0, input.0))
}

#[tauri::command]
pub async fn get_note(state: State<'_, AppState>, id: Arg<i64>) -> Result<Note> {
    state.db()?.note(id.0)
}

#[tauri::command]
pub async fn delete_entry<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    entry: Arg<EntryRef>,
) -> Result<()> {
    announce(&app, state.db()?.delete_entry(entry.0))
}

#[tauri::command]
pub async fn restore_entry<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    entry: Arg<EntryRef>,
) -> Result<()> {
    announce(&app, state.db()?.restore_entry(entry.0))
}

#[tauri::command]
pub async fn set_entry_flags<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    entry: Arg<EntryRef>,
    flags: Arg<EntryFlags>,
) -> Result<TimelineItem> {
    announce(&app, state.db()?.set_entry_flags(entry.0, flags.0))
}

#[tauri::command]
pub async fn set_entry_tags<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    entry: Arg<EntryRef>,
    tags: Arg<Vec<String>>,
) -> Result<TimelineItem> {
    announce(&app, state.db()?.set_entry_tags(entry.0, tags.0))
}

#[tauri::command]
pub async fn get_entry_meta(
    state: State<'_, AppState>,
    entry: Arg<EntryRef>,
) -> Result<TimelineItem> {
    state.db()?.entry_meta(entry.0)
}

#[tauri::command]
pub async fn get_timeline(
    state: State<'_, AppState>,
    query: Arg<Option<TimelineQuery>>,
) -> Result<TimelinePage> {
    state.db()?.timeline(&query.0.unwrap_or_default())
}

#[tauri::command]
pub async fn search_journal(
    state: State<'_, AppState>,
    query: Arg<String>,
    limit: Arg<Option<u32>>,
) -> Result<SearchResults> {
    state
        .db()?
        .search(&query.0, limit.0.unwrap_or(50).min(MAX_HITS))
}

#[tauri::command]
pub async fn get_insights(state: State<'_, AppState>, days: Arg<Option<u32>>) -> Result<Insights> {
    state.db()?.insights(days.0)
}
