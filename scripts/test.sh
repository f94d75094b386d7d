#!/usr/bin/env bash
# Installs what is missing, builds everything, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"
bash scripts/install-deps.sh
swift build --build-tests
# Retraining the whole model is seconds of pure CPU; it runs on its own so the
# timing-sensitive rate-limit tests never share the two cores with it.
swift test --skip-build --skip TrainingTests
swift test --skip-build --filter TrainingTests
