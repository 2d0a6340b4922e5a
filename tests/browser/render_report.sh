#!/usr/bin/env bash
# Renders report.html in headless Chromium to a PNG and fails on console errors, failed loads or an
# empty page. Usage: tests/browser/render_report.sh REPORT_DIR
set -euo pipefail
dir="$(cd "${1:?usage: render_report.sh REPORT_DIR}" && pwd)"
html="$dir/report.html"
png="$dir/report.png"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "render_report: no Chromium found (apt-get install chromium)" >&2
  exit 1
fi
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --enable-logging=stderr --v=0)
log="$dir/chromium.log"
timeout 120 "$browser" "${flags[@]}" --window-size=1280,6000 --screenshot="$png" "file://$html" 2>"$log" >/dev/null
dom="$(timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$html" 2>>"$log")"

status=0
# Console messages and failed loads: the page has no scripts and loads nothing, so any is a defect.
if grep -E 'CONSOLE|Uncaught|Failed to load resource|net::ERR_' "$log" >&2; then
  echo "render_report: the browser reported errors (above)" >&2
  status=1
fi
size=$(wc -c <"$png")
if [ "$size" -lt 60000 ]; then
  echo "render_report: the screenshot is only $size bytes: an empty page?" >&2
  status=1
fi
text_length=$(printf '%s' "$dom" | sed -e 's/<[^>]*>//g' | tr -s '[:space:]' | wc -c)
if [ "$text_length" -lt 5000 ]; then
  echo "render_report: the rendered page holds only $text_length characters of text" >&2
  status=1
fi
svgs=$(printf '%s' "$dom" | grep -o '<svg' | wc -l)
if [ "$svgs" -lt 6 ]; then
  echo "render_report: the rendered page has $svgs charts, expected at least 6" >&2
  status=1
fi
echo "render_report: $png ($size bytes), $text_length characters of text, $svgs charts"
exit $status
