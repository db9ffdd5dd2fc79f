#!/usr/bin/env bash
# `npm test`: formatting and lint checks, type-check, unit tests, integration tests (TEST_DATABASE_URL, or the embedded
# PostgreSQL when unset), the production build, then Playwright in Debian's Chromium against the app
# on the embedded database. Ends with one line: "N passed, N failed".
# TEST_EMBEDDED_TOO=1 (CI sets it) runs the integration tests a second time on the embedded database
# when TEST_DATABASE_URL is set, so that both paths stay green; the totals count both runs.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p .reports  # not test-results/: Playwright empties that folder when it starts
rm -f .reports/vitest.json .reports/vitest-embedded.json .reports/playwright.json
vitest_reports=(--vitest .reports/vitest.json)
failed_steps=()

step() {
  local name="$1"; shift
  echo "::: $name"
  if ! "$@"; then failed_steps+=("$name"); fi
}

step "format (prettier --check)" npx prettier --check --log-level warn .
step "lint (eslint)" npx eslint .
step "typecheck" npx tsc --noEmit
VITEST_JSON=.reports/vitest.json step "unit + integration (vitest)" npx vitest run
if [ -n "${TEST_DATABASE_URL:-}" ] && [ "${TEST_EMBEDDED_TOO:-}" = "1" ]; then
  vitest_reports+=(--vitest .reports/vitest-embedded.json)
  VITEST_JSON=.reports/vitest-embedded.json step "integration on the embedded database (vitest)" \
    env -u TEST_DATABASE_URL npx vitest run --project integration
fi
if step "build" npx next build; then :; fi
if [[ ! " ${failed_steps[*]} " =~ " build " ]]; then
  rm -rf .data/e2e
  PLAYWRIGHT_JSON=.reports/playwright.json step "end-to-end (playwright)" npx playwright test
else
  echo "::: skipping end-to-end tests: the build failed"
fi

npx tsx scripts/test-summary.ts "${vitest_reports[@]}" --playwright .reports/playwright.json \
  --failed-steps "${#failed_steps[@]}"
status=$?
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "failed steps: ${failed_steps[*]}" >&2
  exit 1
fi
exit $status
