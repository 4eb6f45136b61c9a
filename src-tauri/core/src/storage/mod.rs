//! Where the journal lives on disk and how it is kept safe there.
//!
//! [`db`] opens the SQLite (SQLCipher) file and runs the migrations;
//! [`key`] and [`keyfiles`] hold the journal's key and the protocol that
//! changes it without a moment where neither key opens the journal;
//! [`encryption`] turns a plain journal into an encrypted one and back;
//! [`backup`] writes and restores the daily copies; [`doctor`] checks a
//! journal that won't open; [`files`] is the one place files are written
//! (private modes, atomic replace). The modules lean on each other
//! (a backup is taken before a key change, a restore re-opens the
//! journal), which is why they share this folder and nothing outside it
//! reaches past `Db`.

pub mod backup;
pub mod db;
pub mod doctor;
pub mod encryption;
pub mod files;
pub mod key;
pub mod keyfiles;
