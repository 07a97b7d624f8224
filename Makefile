# pagepress — `make dataset` builds and validates the dataset; `make test` runs the tests.
# Both install the exact dependencies first (npm ci) when package-lock.json changed.

NODE_MODULES_STAMP := node_modules/.package-lock.json
PAGEPRESS := node bin/pagepress.js

.PHONY: help install dataset validate test typecheck schemas release

help:
	@echo "make dataset   install, build dist/<version>/ from raw/, validate it"
	@echo "make test      install, run the test suite"
	@echo "make typecheck run the TypeScript compiler over everything"
	@echo "make schemas   regenerate schemas/ from pipeline/records/"
	@echo "make release   pack the newest dist/<version>/ as release/<name>-<version>.tar.gz (+ .sha256)"

$(NODE_MODULES_STAMP): package.json package-lock.json
	npm ci
	@touch $@

install: $(NODE_MODULES_STAMP)

dataset: install
	$(PAGEPRESS) build
	$(PAGEPRESS) validate

validate: install
	$(PAGEPRESS) validate

test: install
	npx vitest run

typecheck: install
	npx tsc -p .

schemas: install
	npx tsx pipeline/records/write-schemas.ts

release: install
	$(PAGEPRESS) validate
	$(PAGEPRESS) release --out release
