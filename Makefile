# The two commands of the README: `make run` builds and starts the trainer, `make test` runs the
# whole suite. Both first install what the build needs when it is missing.

CARGO ?= cargo

.PHONY: run test deps build lint sounds bench

run: deps
	$(CARGO) run --release --quiet --

test: deps lint
	$(CARGO) test --workspace --all-targets --quiet
	$(CARGO) build --quiet --no-default-features
	$(CARGO) build --quiet
	bash scripts/audio-e2e.sh target/debug/ryg
	bash scripts/audio-lost-e2e.sh target/debug/ryg
	bash scripts/voice-e2e.sh target/debug/ryg

deps:
	@bash scripts/install-deps.sh

build: deps
	$(CARGO) build --release

lint: deps
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets --quiet -- -D warnings

# Makes sounds/*.wav again from their description in src/shell/audio/synth.rs.
sounds:
	$(CARGO) run --quiet --example make-sounds

# Measures the trainer (CPU, memory, first frame, output), the history at 1k–100k sessions and
# programs of 200–100k exercises (docs/performance.md); takes several minutes.
bench:
	python3 scripts/bench-trainer.py
	python3 scripts/bench-history.py
	python3 scripts/bench-history-screen.py
	python3 scripts/bench-programs.py
