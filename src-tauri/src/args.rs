//! Command arguments that fail as our own typed error.
//!
//! Tauri rejects an argument it can't deserialise with a bare string. The UI
//! expects every failure as `{ kind, message }`, so each command argument is
//! wrapped in [`Arg`], which reads the raw JSON value itself and turns any
//! mismatch (a missing key, a wrong type, an unknown field) into
//! [`Error::Invalid`] with a message that names the argument.

use interlude_core::{i18n, Error};
use serde::de::DeserializeOwned;
use serde_json::Value;
use tauri::ipc::{CommandArg, CommandItem, InvokeBody, InvokeError};
use tauri::Runtime;

/// A command argument deserialised by us, so bad input becomes a typed error.
#[derive(Debug, Clone, PartialEq)]
pub struct Arg<T>(pub T);

impl<'de, T: DeserializeOwned, R: Runtime> CommandArg<'de, R> for Arg<T> {
    fn from_command(command: CommandItem<'de, R>) -> Result<Self, InvokeError> {
        let value = match command.message.payload() {
            // A missing key reads as null, so `Option<T>` arguments may be
            // left out while required ones still fail below with a message.
            InvokeBody::Json(Value::Object(map)) => {
                map.get(command.key).cloned().unwrap_or(Value::Null)
            }
            InvokeBody::Json(Value::Null) => Value::Null,
            _ => {
                return Err(bad_request(
                    command.name,
                    command.key,
                    &i18n::text("error-desktop-not-named-values", &[]),
                ))
            }
        };
        serde_json::from_value(value)
            .map(Arg)
            .map_err(|e| bad_request(command.name, command.key, &e.to_string()))
    }
}

fn bad_request(command: &str, key: &str, why: &str) -> InvokeError {
    InvokeError::from(Error::invalid(i18n::text(
        "error-desktop-bad-request",
        &[
            ("command", command.into()),
            ("key", key.into()),
            ("why", why.into()),
        ],
    )))
}
