# The two commands of the README: `make run` builds and starts the trainer, `make test` runs the
# whole suite. Both first install what the build needs when it is missing.

CARGO ?= cargo

.PHONY: run test deps build lint sounds bench generated install install-files

run: deps
	$(CARGO) run --release --quiet --

test: deps lint
	RYG_REQUIRE_BROWSER=1 $(CARGO) test --workspace --all-targets --quiet
	$(CARGO) build --quiet --no-default-features
	$(CARGO) build --quiet
	bash scripts/audio-e2e.sh target/debug/ryg
	bash scripts/audio-lost-e2e.sh target/debug/ryg
	bash scripts/voice-e2e.sh target/debug/ryg

deps:
	@bash scripts/install-deps.sh

# The release binary, and beside it in target/ what `make install` installs with it: the manual
# page (target/man/ryg.1, read it with `man ./target/man/ryg.1`) and the completion scripts.
build: deps
	$(CARGO) build --release
	$(MAKE) --no-print-directory generated RYG=target/release/ryg

RYG ?= target/release/ryg

generated:
	mkdir -p target/man target/completions
	$(RYG) man > target/man/ryg.1
	$(RYG) completions bash > target/completions/ryg.bash
	$(RYG) completions zsh > target/completions/_ryg
	$(RYG) completions fish > target/completions/ryg.fish

# Measures the trainer (CPU, memory, first frame, output), the history at 1k–100k sessions and
# programs of 200–100k exercises, and the report at 1k–10k sessions (docs/performance.md); takes
# several minutes.
bench:
	python3 scripts/bench-trainer.py
	python3 scripts/bench-history.py
	python3 scripts/bench-history-screen.py
	python3 scripts/bench-programs.py
	python3 scripts/bench-report.py

# `make install PREFIX=~/.local` puts ryg in PREFIX/bin, its manual page in PREFIX/share/man/man1
# and its completions where bash-completion, zsh and fish look for them. The completions call
# `ryg` by name, so PREFIX/bin must be on PATH.
PREFIX ?= /usr/local

install: build
	$(MAKE) --no-print-directory install-files

# What install copies, without building: RYG names the binary to install; the rest is made by it.
install-files:
	install -Dm755 $(RYG) $(DESTDIR)$(PREFIX)/bin/ryg
	mkdir -p $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
		$(DESTDIR)$(PREFIX)/share/zsh/site-functions $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	$(RYG) man > $(DESTDIR)$(PREFIX)/share/man/man1/ryg.1
	$(RYG) completions bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/ryg
	$(RYG) completions zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_ryg
	$(RYG) completions fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/ryg.fish
