#!/bin/sh
# The app ships no npm code it fetches at run time: the one library the UI
# uses, @fluent/bundle (Apache-2.0, Mozilla's reference Fluent runtime), is
# copied from node_modules into ui/vendor/ and committed. Run this after
# changing its version in package.json; tests/ui/vendor.test.mjs fails while
# the copy and node_modules differ.
set -eu
cd "$(dirname "$0")/.."
rm -rf ui/vendor/fluent-bundle
mkdir -p ui/vendor/fluent-bundle
cp node_modules/@fluent/bundle/esm/*.js ui/vendor/fluent-bundle/
version=$(node -p "require('./node_modules/@fluent/bundle/package.json').version")
printf '@fluent/bundle %s, Apache-2.0, https://github.com/projectfluent/fluent.js\nCopied by scripts/vendor-ui.sh from its esm/ build, unchanged.\n' "$version" \
  > ui/vendor/fluent-bundle/SOURCE
