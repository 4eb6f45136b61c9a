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
//! What the kernel doesn't tell us is a change of time zone (reminders keep
//! local time; `zone_watch.rs` rings for it where `/etc/localtime` can be
//! watched) and the day turning for the daily backup, so even this sleep
//! ends after [`LONGEST_WATCHED`]. Elsewhere, or where the kernel refuses
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
    use std::os::fd::OwnedFd;
    use std::time::Duration;

    use rustix::event::{eventfd, poll, EventfdFlags, PollFd, PollFlags};
    use rustix::io::Errno;
    use rustix::time::{
        clock_gettime, timerfd_create, timerfd_settime, ClockId, Itimerspec, TimerfdClockId,
        TimerfdFlags, TimerfdTimerFlags, Timespec,
    };

    #[derive(Debug)]
    pub struct Watched {
        timer: OwnedFd,
        bell: OwnedFd,
    }

    impl Watched {
        pub fn new() -> rustix::io::Result<Self> {
            // Non-blocking, so emptying either after the poll never hangs.
            Ok(Self {
                timer: timerfd_create(
                    TimerfdClockId::Realtime,
                    TimerfdFlags::CLOEXEC | TimerfdFlags::NONBLOCK,
                )?,
                bell: eventfd(0, EventfdFlags::CLOEXEC | EventfdFlags::NONBLOCK)?,
            })
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
                let mut fds = [
                    PollFd::new(&self.timer, PollFlags::IN),
                    PollFd::new(&self.bell, PollFlags::IN),
                ];
                match poll(&mut fds, None) {
                    Ok(_) => break,
                    Err(Errno::INTR) => {}
                    Err(e) => return Err(e),
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
