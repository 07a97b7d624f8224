#!/usr/bin/env bash
# Starts (or stops) a one-node Slurm cluster on this machine, for the tests and for trying the job array:
# munged, slurmctld and slurmd on localhost, one partition with all local cores, no accounting.
# Installs Debian's slurm-wlm and munge when they are missing. Idempotent; needs root.
# Usage: examples/slurm/local-cluster.sh start|stop|status
# Exit codes: 0 done, 3 this machine cannot run it (not root, or the packages cannot be installed), 1 other failures.
set -euo pipefail
action=${1:-start}
partition=${PAGEPRESS_SLURM_PARTITION:-debug}
state=/var/spool/pagepress-slurm
conf=/etc/slurm/slurm.conf

fail() { echo "local-cluster: $*" >&2; exit 1; }
cannot() { echo "local-cluster: $*" >&2; exit 3; }
[ "$(id -u)" = 0 ] || cannot "must run as root (it installs packages, writes $conf and starts the Slurm daemons)"

# Each daemon is known by its pid file, so only the daemons this script started are checked and stopped.
pidfile() { case "$1" in munged) echo /run/munge/munged.pid ;; *) echo "/run/slurm/$1.pid" ;; esac; }
running() { local pid; pid=$(cat "$(pidfile "$1")" 2>/dev/null) && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }
stop() { running "$1" || return 0; kill "$(cat "$(pidfile "$1")")"; for _ in $(seq 100); do running "$1" || return 0; sleep 0.1; done; fail "$1 did not stop"; }

install_packages() {
  command -v slurmctld >/dev/null && command -v slurmd >/dev/null && command -v munged >/dev/null && command -v sbatch >/dev/null && return
  echo "local-cluster: installing slurm-wlm and munge from Debian" >&2
  export DEBIAN_FRONTEND=noninteractive
  (apt-get install -y -q slurm-wlm munge || (apt-get update -q && apt-get install -y -q slurm-wlm munge)) >/dev/null \
    || cannot "could not install slurm-wlm and munge with apt-get"
}

write_config() {
  mkdir -p /etc/slurm "$state/ctld" "$state/d" /var/log/slurm /run/slurm
  local cpus; cpus=$(nproc)
  local wanted
  wanted=$(cat <<CONF
# Written by pagepress examples/slurm/local-cluster.sh: a one-node cluster on localhost.
ClusterName=pagepress-local
SlurmctldHost=localhost
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$state/ctld
SlurmdSpoolDir=$state/d
SlurmctldPidFile=/run/slurm/slurmctld.pid
SlurmdPidFile=/run/slurm/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
ReturnToService=2
MinJobAge=600
SlurmctldTimeout=30
SlurmdTimeout=30
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=$partition Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
)
  if [ ! -f "$conf" ] || [ "$(cat "$conf")" != "$wanted" ]; then
    printf '%s\n' "$wanted" > "$conf"
    # A changed configuration needs fresh daemons.
    stop_daemons
  fi
}

start_munge() {
  mkdir -p /etc/munge /var/lib/munge /var/log/munge /run/munge
  if [ ! -s /etc/munge/munge.key ]; then
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
  fi
  chown -R munge:munge /etc/munge /var/lib/munge /var/log/munge /run/munge 2>/dev/null || true
  chmod 0700 /etc/munge; chmod 0400 /etc/munge/munge.key
  if ! running munged; then
    if id munge >/dev/null 2>&1; then
      su -s /bin/sh munge -c 'munged' || munged --force
    else
      munged --force
    fi
  fi
}

stop_daemons() {
  stop slurmd
  stop slurmctld
}

# The node is ready once it answers and takes jobs: idle, or already running some (mix, alloc), e.g. jobs kept in the
# controller's saved state from an earlier run.
ready() { case "$(sinfo -h -n localhost -o %t 2>/dev/null)" in idle|mix|alloc) return 0 ;; *) return 1 ;; esac; }

wait_idle() {
  for _ in $(seq 120); do
    if ready; then sinfo; return; fi
    sleep 0.5
  done
  sinfo >&2 || true
  tail -n 20 /var/log/slurm/slurmctld.log /var/log/slurm/slurmd.log >&2 || true
  fail "the node did not become ready within 60 s"
}

case "$action" in
  start)
    install_packages
    write_config
    start_munge
    running slurmctld || slurmctld
    running slurmd || slurmd -N localhost
    # A node left down (e.g. by an earlier unclean stop) is brought back.
    case "$(sinfo -h -n localhost -o %t 2>/dev/null || true)" in
      down*|drain*) scontrol update NodeName=localhost State=RESUME || true ;;
    esac
    wait_idle
    ;;
  stop)
    stop_daemons
    stop munged
    ;;
  status)
    # Exit 0 only when the daemons run and the node takes jobs.
    running slurmctld && running slurmd && ready && sinfo
    ;;
  *)
    fail "unknown action '$action' (use start, stop or status)"
    ;;
esac
