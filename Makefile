# Two commands for a fresh Debian/Ubuntu machine (see README):
#   make run    install what's missing, build, start the app
#   make test   install what's missing, run every test tier
# The other targets are the pieces, for a faster inner loop.

CARGO ?= cargo
export CARGO_TERM_COLOR ?= never

.PHONY: run test deps-run deps-test lint test-core test-shell test-ui test-e2e build-e2e fmt bench bundle package-check

run: deps-run
	$(CARGO) run -p interlude

test: deps-test lint test-core test-shell test-ui test-e2e
	@echo "All test tiers passed."

deps-run:
	scripts/install-deps.sh run

deps-test:
	scripts/install-deps.sh test

lint:
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(CARGO) clippy -p interlude --features e2e-clock -- -D warnings
	scripts/check-core-is-tauri-free.sh
	# Every target's crates (windows-sys, android_system_properties…) must
	# be on disk for deny to read their metadata offline; a build fetches
	# only this machine's.
	$(CARGO) fetch --locked
	$(CARGO) deny --offline --locked check bans licenses sources
	scripts/check-workflow.sh

test-core:
	$(CARGO) test -p interlude-core

test-shell:
	$(CARGO) test -p interlude -p interlude-cli

test-ui:
	node --test tests/ui/*.test.mjs

# The app as the e2e suite drives it: a debug build whose clock the tests
# can move (feature e2e-clock; it refuses to build in release mode).
# The `interlude` command (interlude-cli) is built beside it: a person's
# start goes through it.
build-e2e:
	$(CARGO) build -p interlude -p interlude-cli --features interlude/e2e-clock

test-e2e: build-e2e
	tests/e2e/run.sh

fmt:
	$(CARGO) fmt --all

# Installers: a release build (LTO, stripped) as .deb and .rpm in dist/.
bundle:
	scripts/bundle.sh

# The .deb as a person meets it: lintian, apt install, --version/--help,
# the installed app's window under Xvfb, and removal that keeps the journal.
package-check:
	scripts/package-check.sh

# Measurements, not tests: writes docs/benchmarks.md (a few minutes).
bench: deps-test
	bench/run.sh
