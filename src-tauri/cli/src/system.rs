//! What this computer says about itself: its time zone, its name and its
//! locale.
//! Read from the environment, so the terminal command and the app agree.

/// The name of the computer's time zone: `TZ` when set (as every C
/// program and chrono's `Local` read it), else the system's setting.
pub fn system_zone_name() -> Option<String> {
    std::env::var("TZ")
        .ok()
        .map(|tz| {
            // ":Europe/Berlin" and "/usr/share/zoneinfo/Europe/Berlin" name
            // the same zone.
            let tz = tz.trim_start_matches(':');
            let name = tz.rsplit_once("zoneinfo/").map_or(tz, |(_, name)| name);
            // tzdata's "posix/" and "right/" trees hold the same zones.
            name.trim_start_matches("posix/")
                .trim_start_matches("right/")
                .to_owned()
        })
        .filter(|tz| tz.parse::<chrono_tz::Tz>().is_ok())
        .or_else(|| iana_time_zone::get_timezone().ok())
}

/// The system's IANA time zone, or UTC if it can't be told.
pub fn system_zone() -> chrono_tz::Tz {
    system_zone_name()
        .and_then(|name| name.parse().ok())
        .unwrap_or(chrono_tz::Tz::UTC)
}

/// The name other computers see for this one: the host's name.
pub fn device_name() -> String {
    let from_file = std::fs::read_to_string("/etc/hostname").ok();
    let name = std::env::var("HOSTNAME")
        .ok()
        .or(from_file)
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .map(|n| n.trim().to_owned())
        .filter(|n| !n.is_empty());
    name.unwrap_or_else(|| "This computer".into())
}

/// The computer's locale, as POSIX reads it (the first of `LC_ALL`,
/// `LC_MESSAGES`, `LANG` that is set and not empty).
pub fn locale() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|v| !v.is_empty())
}
