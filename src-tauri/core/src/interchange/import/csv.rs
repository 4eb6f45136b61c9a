//! A small CSV reader (RFC 4180): fields separated by commas, quoted with
//! `"` when they hold commas, quotes (doubled) or line breaks, records
//! ending in LF or CRLF. Each record keeps the line it starts on, so a
//! message can name it. Lenient where exporters are sloppy (a stray quote
//! inside an unquoted field is kept as written), strict where a file is
//! damaged or cut short (a quote never closed, text after a closing quote).

use super::{at_line, fail};
use crate::error::Result;
use crate::i18n;

/// One record and the line (from 1) it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    pub line: usize,
    pub fields: Vec<String>,
}

impl Row {
    /// The field at `index`, or "" when the record is shorter.
    pub fn get(&self, index: Option<usize>) -> &str {
        index
            .and_then(|i| self.fields.get(i))
            .map_or("", String::as_str)
    }
}

/// Reads every record of `text`; blank lines are skipped. `place` names
/// the file in messages.
pub(crate) fn rows(text: &str, place: &str) -> Result<Vec<Row>> {
    let bytes = text.as_bytes();
    let mut rows = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < bytes.len() {
        let start_line = line;
        let mut fields = Vec::new();
        loop {
            // One field, starting at `i`.
            let mut field = Vec::new();
            if bytes.get(i) == Some(&b'"') {
                let quote_line = line;
                i += 1;
                loop {
                    match bytes.get(i) {
                        None => {
                            return Err(fail(
                                &at_line(place, quote_line),
                                &i18n::text("error-import-csv-unclosed-quote", &[]),
                            ))
                        }
                        Some(b'"') if bytes.get(i + 1) == Some(&b'"') => {
                            field.push(b'"');
                            i += 2;
                        }
                        Some(b'"') => {
                            i += 1;
                            break;
                        }
                        Some(b'\r') if bytes.get(i + 1) == Some(&b'\n') => {
                            // A line break inside a field reads as "\n".
                            i += 1;
                        }
                        Some(&b) => {
                            if b == b'\n' {
                                line += 1;
                            }
                            field.push(b);
                            i += 1;
                        }
                    }
                }
                if !matches!(bytes.get(i), None | Some(b',' | b'\r' | b'\n')) {
                    return Err(fail(
                        &at_line(place, line),
                        &i18n::text("error-import-csv-after-quote", &[]),
                    ));
                }
            } else {
                while let Some(&b) = bytes.get(i) {
                    if matches!(b, b',' | b'\r' | b'\n') {
                        break;
                    }
                    field.push(b);
                    i += 1;
                }
            }
            // The bytes came from a &str and were split at ASCII bytes only.
            fields.push(String::from_utf8_lossy(&field).into_owned());
            match bytes.get(i) {
                Some(b',') => i += 1,
                Some(b'\r') => {
                    i += 1;
                    if bytes.get(i) == Some(&b'\n') {
                        i += 1;
                    }
                    line += 1;
                    break;
                }
                Some(b'\n') => {
                    i += 1;
                    line += 1;
                    break;
                }
                _ => break,
            }
        }
        let blank = fields.len() == 1 && fields[0].trim().is_empty();
        if !blank {
            rows.push(Row {
                line: start_line,
                fields,
            });
        }
    }
    Ok(rows)
}

/// Finds each wanted column in a header row, ignoring case and spaces
/// around the name.
pub(crate) fn columns<const N: usize>(header: &Row, names: [&str; N]) -> [Option<usize>; N] {
    names.map(|name| {
        header
            .fields
            .iter()
            .position(|f| f.trim().eq_ignore_ascii_case(name))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Vec<Vec<String>> {
        rows(text, "t.csv")
            .unwrap()
            .into_iter()
            .map(|r| r.fields)
            .collect()
    }

    #[test]
    fn quotes_commas_and_line_breaks() {
        let text = "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\r\nlines\",\n\n3,,z";
        let rows = rows(text, "t.csv").unwrap();
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[1].fields, ["1", "x, y", "say \"hi\""]);
        assert_eq!(rows[2].fields, ["2", "two\nlines", ""]);
        assert_eq!(rows[2].line, 3);
        assert_eq!(
            rows[3].line, 6,
            "the line after the quoted break and a blank"
        );
        assert_eq!(rows[3].fields, ["3", "", "z"]);
    }

    #[test]
    fn stray_quotes_in_plain_fields_are_kept() {
        assert_eq!(fields("5\" tall,x"), [["5\" tall", "x"]]);
    }

    #[test]
    fn damage_is_named_by_line() {
        let err = rows("a,b\n1,\"never closed\n2,3\n", "t.csv").unwrap_err();
        assert!(err.to_string().contains("t.csv, line 2"), "{err}");
        assert!(err.to_string().contains("never closed"), "{err}");
        let err = rows("a,b\n1,\"x\"y\n", "t.csv").unwrap_err();
        assert!(err.to_string().contains("t.csv, line 2"), "{err}");
    }

    #[test]
    fn columns_are_found_by_name() {
        let header = Row {
            line: 1,
            fields: vec!["full_date".into(), " Mood ".into()],
        };
        assert_eq!(
            columns(&header, ["mood", "full_date", "note"]),
            [Some(1), Some(0), None]
        );
    }
}
