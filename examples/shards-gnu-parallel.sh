#!/usr/bin/env bash
# Builds the dataset in N shards run side by side with GNU parallel, then merges them.
# The merged version is byte-identical to a single `pagepress build`.
# Usage: examples/shards-gnu-parallel.sh [N] [RAW] [OUT]   (run from the project root)
set -euo pipefail
shards=${1:-4}
raw=${2:-raw}
out=${3:-dist}
parts=$(mktemp -d "${TMPDIR:-/tmp}/pagepress-parts.XXXXXX")
trap 'rm -rf "$parts"' EXIT
seq 0 $((shards - 1)) | parallel --halt now,fail=1 \
  node bin/pagepress.js build --raw "$raw" --out "$parts" --shard {}/"$shards" --concurrency 1 --no-cache
node bin/pagepress.js merge --out "$out" "$parts"/partial-*-of-"$shards"
