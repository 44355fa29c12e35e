# Everyday tasks. The only system dependency is libedit (BSD line editing), found via pkg-config.

.PHONY: deps build run test bench lint

# Installs libedit-dev and pkg-config when they are missing (as root), or says how to.
deps:
	@if ! pkg-config --exists libedit 2>/dev/null; then \
		if [ "$$(id -u)" -eq 0 ]; then \
			apt-get update && apt-get install -y libedit-dev pkg-config; \
		else \
			echo "Please run: sudo apt-get update && sudo apt-get install -y libedit-dev pkg-config" >&2; \
			exit 1; \
		fi; \
	fi

build: deps
	swift build -c release

# make run ARGS="sandbox"
run: build
	exec .build/release/taroko $(ARGS)

test: deps
	swift test

bench: deps
	swift run -c release taroko-bench

lint:
	@if swift format --version >/dev/null 2>&1; then \
		swift format lint -r Sources Tests; \
	else \
		echo "swift format is not available in this toolchain; skipping lint" >&2; \
	fi
