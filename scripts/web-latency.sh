#!/usr/bin/env bash
# Web latency under load (docs/benchmarks.md): wrk with 32 connections on loopback against a
# running shinko, for the project list, a project page, every project page of the plan in turn,
# and search. Usage: scripts/web-latency.sh BASE_URL PLAN_KEY [CONNECTIONS]
set -euo pipefail
base=$1 plan=$2 conns=${3:-32}
threads=$(( conns < 2 ? conns : 2 ))
here=$(cd "$(dirname "$0")" && pwd)
q='%E4%BA%8B%E6%A5%AD%E6%89%BF%E7%B6%99'   # 事業承継
# Every project page of the plan, from the JSON API (keys URL-encoded).
all=$(curl -sf "$base/plans/$plan/projects.json" \
  | python3 -c 'import json,sys,urllib.parse; print(" ".join("/plans/'"$plan"'/projects/"+urllib.parse.quote(r["key"]) for r in json.load(sys.stdin)["projects"]))')
run() {
  local label=$1 url=$2
  wrk -t"$threads" -c"$conns" -d5s -s "$here/wrk-percentiles.lua" "$url" >/dev/null        # warm-up
  printf '%-28s ' "$label"
  wrk -t"$threads" -c"$conns" -d10s -s "$here/wrk-percentiles.lua" "$url" | tail -n 1
}
run "project list" "$base/plans/$plan/projects"
run "project page" "$base/plans/$plan/projects/100"
PATHS="$all" run "every project page" "$base/"
run "search 事業承継" "$base/search?q=$q"
