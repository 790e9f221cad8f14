# The two commands of the README: `make run` builds and starts the trainer, `make test` runs the
# whole suite. Both first install what the build needs when it is missing.

CARGO ?= cargo

.PHONY: run test deps build lint

run: deps
	$(CARGO) run --release --quiet --

test: deps lint
	$(CARGO) test --all-targets --quiet

deps:
	@bash scripts/install-deps.sh

build: deps
	$(CARGO) build --release

lint: deps
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets --quiet -- -D warnings
