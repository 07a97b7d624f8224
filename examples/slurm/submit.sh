#!/usr/bin/env bash
# Submits the pagepress build to Slurm: the job array (shard.sbatch, one task per shard) and the merge job
# (merge.sbatch) that starts once every task succeeded (--dependency=afterok). Run from the project root.
#   examples/slurm/submit.sh [--shards N] [--partition P] [--cpus C] [--raw DIR] [--parts DIR] [--out DIR] [--logs DIR]
# Prints "array <job id>" and "merge <job id>".
# When a task failed (or was cancelled), the merge stays pending; resubmit that task alone and point the merge at it:
#   examples/slurm/submit.sh --resubmit K --merge-job <merge job id> [same options]
# Prints "array <new job id>"; the merge then runs once the resubmitted task succeeded.
set -euo pipefail
shards=64 partition='' cpus=1 raw=raw parts=parts out=dist logs=. resubmit='' merge_job=''
usage() { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --shards) shards=$2; shift 2 ;;
    --partition) partition=$2; shift 2 ;;
    --cpus) cpus=$2; shift 2 ;;
    --raw) raw=$2; shift 2 ;;
    --parts) parts=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --logs) logs=$2; shift 2 ;;
    --resubmit) resubmit=$2; shift 2 ;;
    --merge-job) merge_job=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "submit.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
[[ $shards =~ ^[1-9][0-9]*$ ]] || { echo "submit.sh: --shards must be a positive whole number, not '$shards'" >&2; exit 2; }
here=$(dirname "$0")
mkdir -p "$logs" "$parts"
common=(--parsable ${partition:+--partition="$partition"})

submit_array() { # $1: the array indices
  sbatch "${common[@]}" --array="$1" --cpus-per-task="$cpus" --output="$logs/pagepress-shard-%A_%a.out" \
    "$here/shard.sbatch" "$shards" "$raw" "$parts" | cut -d';' -f1
}
submit_merge() { # $1: the job whose success the merge waits for
  sbatch "${common[@]}" --dependency="afterok:$1" --output="$logs/pagepress-merge-%j.out" \
    "$here/merge.sbatch" "$shards" "$parts" "$out" | cut -d';' -f1
}

if [ -n "$resubmit" ]; then
  [ -n "$merge_job" ] || { echo "submit.sh: --resubmit needs --merge-job <the pending merge job's id>" >&2; exit 2; }
  array=$(submit_array "$resubmit")
  echo "array $array"
  # The other tasks already succeeded, so the merge now waits only for the resubmitted one.
  scontrol update JobId="$merge_job" Dependency="afterok:$array"
  exit 0
fi
array=$(submit_array "0-$((shards - 1))")
echo "array $array"
echo "merge $(submit_merge "$array")"
