//! The reminder timer's sleep: until a moment on the wall clock, or until
//! someone rings to say "look again now".
//!
//! A plain timed wait counts on the monotonic clock. That clock stops while
//! the computer is suspended and doesn't follow the wall clock when it is
//! set, so the timer used to wake every minute to catch both: most of the
//! tray-resting app's wake-ups (`docs/benchmarks.md`).
//!
//! On Linux it sleeps in `poll` on two descriptors instead:
//! - a timerfd on the real-time clock, armed for an absolute moment with
//!   `TFD_TIMER_CANCEL_ON_SET`. It fires at that wall-clock moment even
//!   when the computer slept through it, and the kernel cancels it (which
//!   wakes the poll) when the clock is set and on resume;
//! - an eventfd, the bell [`WallWait::wake`] rings. A ring while nobody
//!   sleeps stays counted, so the next sleep returns at once.
//!
//! A third descriptor hears a new time zone (reminders keep local time):
//! an `inotify` watch on `/etc`, where the desktop (timedated) renames a new
//! `localtime` into place when a laptop is carried to another zone. The
//! folder is watched, not the file: a watch on the symlink would follow it
//! to the old zone's file. Only writes, creations, renames and removals are
//! asked for, never opens or reads (which every program starting on the
//! computer makes in `/etc`), and a write to another file there ends no
//! sleep.
//!
//! What none of these tell us is the day turning for the daily backup, and
//! a zone where `/etc` can't be watched, so even this sleep ends after
//! [`LONGEST_WATCHED`]. Elsewhere, or where the kernel refuses
//! either descriptor, a condition variable waits at most a minute, as
//! before.

use std::sync::{Condvar, Mutex, PoisonError};
use std::time::Duration;

/// The longest sleep when clock changes and resumes end it by themselves:
/// the daily backup is made within this of falling due, and a new time zone
/// is followed within it where it can't be watched.
#[cfg(not(feature = "e2e-clock"))]
pub const LONGEST_WATCHED: Duration = Duration::from_secs(10 * 60);
/// End-to-end builds move the app's clock with a file the kernel knows
/// nothing of (`test_clock.rs`), so they look every minute.
#[cfg(feature = "e2e-clock")]
pub const LONGEST_WATCHED: Duration = Duration::from_secs(60);
/// The longest sleep on the monotonic clock, which a suspend or a clock
/// change leaves behind.
pub const LONGEST_UNWATCHED: Duration = Duration::from_secs(60);

#[derive(Debug)]
pub struct WallWait {
    #[cfg(target_os = "linux")]
    watched: Option<linux::Watched>,
    bell: (Mutex<bool>, Condvar),
}

impl Default for WallWait {
    fn default() -> Self {
        Self {
            #[cfg(target_os = "linux")]
            watched: linux::Watched::new()
                .map_err(|e| eprintln!("interlude: reminders will look every minute: {e}"))
                .ok(),
            bell: (Mutex::new(false), Condvar::new()),
        }
    }
}

impl WallWait {
    /// Ends the current sleep, or the next one if none is under way.
    pub fn wake(&self) {
        #[cfg(target_os = "linux")]
        if let Some(watched) = &self.watched {
            watched.ring();
            return;
        }
        *lock(&self.bell.0) = true;
        self.bell.1.notify_all();
    }

    /// The longest one [`sleep`](Self::sleep) lasts.
    pub fn longest(&self) -> Duration {
        #[cfg(target_os = "linux")]
        if self.watched.is_some() {
            return LONGEST_WATCHED;
        }
        LONGEST_UNWATCHED
    }

    /// Sleeps for `duration` of wall-clock time (at most
    /// [`longest`](Self::longest)), or until woken, the clock is set or the
    /// computer resumes.
    pub fn sleep(&self, duration: Duration) {
        let duration = duration.min(self.longest());
        #[cfg(target_os = "linux")]
        if let Some(watched) = &self.watched {
            match watched.sleep(duration) {
                Ok(()) => return,
                // Not expected once both descriptors exist; the minute
                // wait below still keeps reminders coming.
                Err(e) => eprintln!("interlude: reminders: the timer failed: {e}"),
            }
        }
        let guard = lock(&self.bell.0);
        let (mut rung, _) = self
            .bell
            .1
            .wait_timeout_while(guard, duration.min(LONGEST_UNWATCHED), |rung| !*rung)
            .unwrap_or_else(PoisonError::into_inner);
        *rung = false;
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(target_os = "linux")]
mod linux {
    use std::mem::MaybeUninit;
    use std::os::fd::OwnedFd;
    use std::path::Path;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::Duration;

    use rustix::event::{eventfd, poll, EventfdFlags, PollFd, PollFlags};
    use rustix::fs::inotify;
    use rustix::io::Errno;
    use rustix::time::{
        clock_gettime, timerfd_create, timerfd_settime, ClockId, Itimerspec, TimerfdClockId,
        TimerfdFlags, TimerfdTimerFlags, Timespec,
    };

    /// Where the system's time zone is set, and the file that sets it.
    const ZONE_DIR: &str = "/etc";
    const ZONE_FILE: &str = "localtime";

    #[derive(Debug)]
    pub struct Watched {
        timer: OwnedFd,
        bell: OwnedFd,
        /// `None` where `/etc` can't be watched: the longest sleep then
        /// catches a new zone.
        zone: Option<OwnedFd>,
        /// Cleared if reading the zone's events ever fails for good, so a
        /// descriptor that stays readable can't keep the thread spinning.
        zone_works: AtomicBool,
    }

    impl Watched {
        pub fn new() -> rustix::io::Result<Self> {
            Self::with_zone_in(Path::new(ZONE_DIR))
        }

        /// As [`new`](Self::new), with the zone's file looked for in `dir`.
        pub fn with_zone_in(dir: &Path) -> rustix::io::Result<Self> {
            // Non-blocking, so emptying each after the poll never hangs.
            Ok(Self {
                timer: timerfd_create(
                    TimerfdClockId::Realtime,
                    TimerfdFlags::CLOEXEC | TimerfdFlags::NONBLOCK,
                )?,
                bell: eventfd(0, EventfdFlags::CLOEXEC | EventfdFlags::NONBLOCK)?,
                zone: watch_zone(dir)
                    .map_err(|e| {
                        eprintln!("interlude: a new time zone is noticed within minutes: {e}");
                    })
                    .ok(),
                zone_works: AtomicBool::new(true),
            })
        }

        fn zone(&self) -> Option<&OwnedFd> {
            self.zone
                .as_ref()
                .filter(|_| self.zone_works.load(Ordering::Relaxed))
        }

        pub fn ring(&self) {
            // Only fails when the count would overflow: it is rung already.
            let _ = rustix::io::write(&self.bell, &1u64.to_ne_bytes());
        }

        pub fn sleep(&self, duration: Duration) -> rustix::io::Result<()> {
            let at = after(clock_gettime(ClockId::Realtime), duration);
            let zero = Timespec {
                tv_sec: 0,
                tv_nsec: 0,
            };
            let armed = timerfd_settime(
                &self.timer,
                TimerfdTimerFlags::ABSTIME | TimerfdTimerFlags::CANCEL_ON_SET,
                &Itimerspec {
                    it_interval: zero,
                    it_value: at,
                },
            );
            match armed {
                // The clock was set just now: that is a reason to look.
                Err(Errno::CANCELED) => return Ok(()),
                Err(e) => return Err(e),
                Ok(_) => {}
            }
            loop {
                let mut fds = vec![
                    PollFd::new(&self.timer, PollFlags::IN),
                    PollFd::new(&self.bell, PollFlags::IN),
                ];
                if let Some(zone) = self.zone() {
                    fds.push(PollFd::new(zone, PollFlags::IN));
                }
                match poll(&mut fds, None) {
                    Ok(_) => {}
                    Err(Errno::INTR) => continue,
                    Err(e) => return Err(e),
                }
                let timer_or_bell = fds[..2].iter().any(|fd| !fd.revents().is_empty());
                drop(fds);
                // Only `/etc` spoke: a new zone ends the sleep, a write to
                // another file there doesn't.
                if timer_or_bell || self.zone_changed() {
                    break;
                }
            }
            // Empty both: the timer reads its expiry count, or CANCELED
            // after a clock change; the bell its count of rings. Either
            // may have nothing (EAGAIN), which is fine.
            let mut count = [0u8; 8];
            let _ = rustix::io::read(&self.timer, &mut count);
            let _ = rustix::io::read(&self.bell, &mut count);
            Ok(())
        }
    }

    /// An `inotify` descriptor told of what replaces, changes or removes a
    /// file in `dir`; never of opens or reads.
    fn watch_zone(dir: &Path) -> rustix::io::Result<OwnedFd> {
        let fd = inotify::init(inotify::CreateFlags::CLOEXEC | inotify::CreateFlags::NONBLOCK)?;
        inotify::add_watch(
            &fd,
            dir,
            inotify::WatchFlags::CREATE
                | inotify::WatchFlags::MOVED_TO
                | inotify::WatchFlags::CLOSE_WRITE
                | inotify::WatchFlags::DELETE
                | inotify::WatchFlags::ONLYDIR,
        )?;
        Ok(fd)
    }

    impl Watched {
        /// Reads every event waiting on the zone's watch; whether one was
        /// the zone's file.
        fn zone_changed(&self) -> bool {
            let Some(zone) = self.zone() else {
                return false;
            };
            let mut buf = [MaybeUninit::<u8>::uninit(); 4096];
            let mut events = inotify::Reader::new(zone, &mut buf);
            let mut changed = false;
            loop {
                match events.next() {
                    Ok(event) => {
                        changed |= event
                            .file_name()
                            .is_some_and(|name| name.to_bytes() == ZONE_FILE.as_bytes());
                    }
                    // All read; or a signal, and the next poll tells again.
                    Err(Errno::AGAIN | Errno::INTR) => return changed,
                    Err(e) => {
                        eprintln!("interlude: a new time zone is noticed within minutes: {e}");
                        self.zone_works.store(false, Ordering::Relaxed);
                        // Look once now: the zone may be what changed.
                        return true;
                    }
                }
            }
        }
    }

    /// `now` plus `duration`, as the kernel counts it.
    fn after(now: Timespec, duration: Duration) -> Timespec {
        let nanos = now.tv_nsec + i64::from(duration.subsec_nanos());
        let seconds = i64::try_from(duration.as_secs()).unwrap_or(i64::MAX / 2);
        Timespec {
            tv_sec: now
                .tv_sec
                .saturating_add(seconds)
                .saturating_add(nanos / 1_000_000_000),
            tv_nsec: nanos % 1_000_000_000,
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn a_new_zone_ends_a_long_sleep_and_its_neighbours_do_not() {
            use std::sync::{mpsc, Arc};

            let dir = tempfile::tempdir().unwrap();
            let watched = Arc::new(Watched::with_zone_in(dir.path()).unwrap());
            assert!(watched.zone.is_some());
            let (done, ended) = mpsc::channel();
            let sleeper = Arc::clone(&watched);
            std::thread::spawn(move || {
                let _ = done.send(sleeper.sleep(Duration::from_secs(3600)));
            });

            // Another file in the folder is written: the sleep goes on.
            std::fs::write(dir.path().join("hostname"), "laptop").unwrap();
            assert!(ended.recv_timeout(Duration::from_millis(500)).is_err());

            // As timedated does it: the new setting made aside, then
            // renamed over the old.
            std::fs::write(dir.path().join(".localtime.new"), "Asia/Tokyo").unwrap();
            std::fs::rename(
                dir.path().join(".localtime.new"),
                dir.path().join(ZONE_FILE),
            )
            .unwrap();
            let slept = ended
                .recv_timeout(Duration::from_secs(30))
                .expect("the new zone ends the sleep");
            assert!(slept.is_ok());
        }

        #[test]
        fn after_carries_nanoseconds_into_seconds() {
            let now = Timespec {
                tv_sec: 100,
                tv_nsec: 900_000_000,
            };
            let at = after(now, Duration::from_millis(250));
            assert_eq!((at.tv_sec, at.tv_nsec), (101, 150_000_000));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::sync::Arc;

    /// Runs `sleep(duration)` on a thread, calls `then`, and says whether
    /// the sleep ended within `within`.
    fn ends(
        wait: &Arc<WallWait>,
        duration: Duration,
        then: impl FnOnce(),
        within: Duration,
    ) -> bool {
        let (done, ended) = mpsc::channel();
        let sleeper = Arc::clone(wait);
        std::thread::spawn(move || {
            sleeper.sleep(duration);
            let _ = done.send(());
        });
        then();
        ended.recv_timeout(within).is_ok()
    }

    const HOUR: Duration = Duration::from_secs(3600);
    /// Far longer than any of these sleeps takes to end once rung, and far
    /// shorter than an hour.
    const SOON: Duration = Duration::from_secs(30);

    #[test]
    fn a_ring_ends_a_long_sleep() {
        let wait = Arc::new(WallWait::default());
        let ringer = Arc::clone(&wait);
        let rung = move || {
            std::thread::sleep(Duration::from_millis(100));
            ringer.wake();
        };
        assert!(ends(&wait, HOUR, rung, SOON));
    }

    #[test]
    fn a_ring_while_awake_ends_the_next_sleep_only() {
        let wait = Arc::new(WallWait::default());
        wait.wake();
        assert!(ends(&wait, HOUR, || {}, SOON));
        // The ring was used up: the next sleep keeps on.
        assert!(!ends(&wait, HOUR, || {}, Duration::from_millis(300)));
        wait.wake();
    }

    #[test]
    fn a_short_sleep_ends_by_itself() {
        let wait = Arc::new(WallWait::default());
        assert!(ends(&wait, Duration::from_millis(50), || {}, SOON));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn linux_watches_the_wall_clock() {
        // The kernel here gives both descriptors, so the long sleep is the
        // one that lets the timer rest.
        assert_eq!(WallWait::default().longest(), LONGEST_WATCHED);
    }
}
