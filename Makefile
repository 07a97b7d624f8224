# pagepress — `make dataset` builds and validates the dataset; `make test` runs the tests.
# Both install the exact dependencies first (npm ci) when package-lock.json changed, and compile
# pipeline/ into lib/ (the JavaScript the command runs) when any file under pipeline/ is newer than
# lib/BUILT. bin/pagepress.js checks the same and runs the sources through tsx if lib/ is stale, so
# a command run outside make never runs old code either.

NODE_MODULES_STAMP := node_modules/.package-lock.json
LIB_STAMP := lib/BUILT
SOURCES := $(shell find pipeline -type f) tsconfig.json tsconfig.build.json scripts/compile.mjs
PAGEPRESS := node bin/pagepress.js

.PHONY: help install compile dataset validate test typecheck lint format schemas release

help:
	@echo "make dataset   install, build dist/<version>/ from raw/, validate it"
	@echo "make test      install, run the test suite"
	@echo "make typecheck run the TypeScript compiler over everything"
	@echo "make lint      Biome: formatting and lint rules (zero warnings, as CI runs it)"
	@echo "make format    Biome: rewrite files to the project's format and apply safe lint fixes"
	@echo "make compile   compile pipeline/ into lib/ (make dataset and make test do it when the sources changed)"
	@echo "make schemas   regenerate schemas/ from pipeline/records/"
	@echo "make release   pack the newest dist/<version>/ as release/<name>-<version>.tar.gz (+ .sha256)"

$(NODE_MODULES_STAMP): package.json package-lock.json
	npm ci
	@touch $@

# npm ci compiles too (the prepare script); this catches edits made since.
$(LIB_STAMP): $(SOURCES) | $(NODE_MODULES_STAMP)
	node scripts/compile.mjs

install: $(NODE_MODULES_STAMP) $(LIB_STAMP)

compile: $(LIB_STAMP)

dataset: install
	$(PAGEPRESS) build
	$(PAGEPRESS) validate

validate: install
	$(PAGEPRESS) validate

test: install
	npx vitest run

typecheck: install
	npx tsc -p .

lint: install
	npx biome ci --error-on-warnings .

format: install
	npx biome check --write .

schemas: install
	npx tsx pipeline/records/write-schemas.ts

release: install
	$(PAGEPRESS) validate
	$(PAGEPRESS) release --out release
