#!/usr/bin/env bash
# Export memory benchmark, run by hand (never in CI): bash bench/export.sh [ROWS]
# Seeds a results database with ROWS rows (default 1,000,000) and, for comparison, one with 1,000 rows, runs
# export-results on each under /usr/bin/time -v and prints the peak resident memory (max RSS) and wall time.
# If the export streams, the peak stays about the same however many rows there are.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
ROWS=${1:-1000000}

command -v python3 >/dev/null || { apt-get update -qq && apt-get install -y -qq python3; }
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "== building (Release)"
dotnet build src/AttachmentGuide.Web -c Release -o "$WORK/app" --nologo -v quiet >/dev/null

# The schema of Data/Migrations (the export only reads the Results table). Rows carry realistic answers for the
# current quiz's statement ids, under a made-up version, so --version exercises the two-pass CSV path too.
seed() {
  python3 - "$1" "$2" "$ROOT/content/quiz/attachment.yml" <<'PY'
import json, os, random, re, sqlite3, sys, base64
path, rows, quiz = sys.argv[1], int(sys.argv[2]), open(sys.argv[3], encoding="utf-8").read()
ids = re.findall(r"^  - id: (\S+)", quiz, re.M)
db = sqlite3.connect(path)
db.execute('CREATE TABLE "Results" ("Id" TEXT NOT NULL PRIMARY KEY, "QuizVersion" TEXT NOT NULL, "CreatedOn" TEXT NOT NULL,'
           ' "Answers" TEXT NOT NULL, "AnxietyScore" REAL NOT NULL, "AvoidanceScore" REAL NOT NULL, "Pattern" TEXT NOT NULL,'
           ' "DeleteTokenHash" BLOB NOT NULL)')
db.execute('CREATE INDEX "IX_Results_QuizVersion" ON "Results" ("QuizVersion")')
rnd = random.Random(1)
def row(i):
    answers = {k: rnd.randint(1, 7) for k in ids}
    return (base64.urlsafe_b64encode(os.urandom(16)).decode().rstrip("="), "bench", f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}",
            json.dumps(answers, separators=(",", ":")), rnd.randint(7, 49) / 7, rnd.randint(7, 49) / 7,
            rnd.choice(["secure", "avoidant", "anxious", "fearful-avoidant", "avoidant+fearful-avoidant"]), os.urandom(32))
batch = 50000
for start in range(0, rows, batch):
    db.executemany('INSERT INTO "Results" VALUES (?,?,?,?,?,?,?,?)', (row(i) for i in range(start, min(rows, start + batch))))
db.commit()
db.execute("PRAGMA journal_mode=WAL")
db.close()
PY
}

measure() { # name database args...
  local name=$1 db=$2; shift 2
  (cd "$WORK/app" && ConnectionStrings__Results="Data Source=$db" Content__Path="$ROOT/content" \
    /usr/bin/time -v dotnet AttachmentGuide.Web.dll export-results "$@" --output "$WORK/out" 2>"$WORK/time.txt")
  local rss wall size
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time.txt")
  size=$(du -h "$WORK/out" | cut -f1)
  printf '| %s | %s MiB | %s | %s |\n' "$name" "$((rss / 1024))" "$wall" "$size"
}

echo "== seeding $ROWS rows and 1000 rows"
seed "$WORK/big.db" "$ROWS"
seed "$WORK/small.db" 1000

echo
echo "| export | max RSS | wall time | output |"
echo "| --- | --- | --- | --- |"
measure "1,000 rows, CSV" "$WORK/small.db" --format csv
measure "$ROWS rows, CSV" "$WORK/big.db" --format csv
measure "$ROWS rows, CSV, --version (two passes)" "$WORK/big.db" --format csv --version bench
measure "1,000 rows, JSON" "$WORK/small.db" --format json
measure "$ROWS rows, JSON" "$WORK/big.db" --format json
