// A Node-API addon with one function, readAt0(fd, buffer): pread(2) from offset 0 into a Buffer.
//
// The agent re-reads ~580 kept-open cgroup files per cycle (150 cgroups). fs.readSync does more in
// Node's fs layer before the kernel is reached (argument checks in JS, a libuv request, a
// trace-category lookup on every call); this call does about 0.3 µs less user CPU per read, 0.16 to
// 0.21 ms of a ~2.9 ms cycle (bench/results/agent.md runs both). reader.ts loads it and falls back to
// fs.readSync when it is absent; scripts/build-native.mjs compiles it.
//
// Returns the byte count (>= 0) or -errno, so the caller builds the error (and its stack) only
// on the rare failure. Node-API is ABI-stable: one build serves Node 20 and Node 24.
#define NAPI_VERSION 8
#include <node_api.h>

#include <errno.h>
#include <stdint.h>
#include <unistd.h>

static napi_value type_error(napi_env env, const char* message) {
  napi_throw_type_error(env, NULL, message);
  return NULL;
}

static napi_value read_at0(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 2) {
    return type_error(env, "readAt0(fd, buffer): two arguments expected");
  }
  int32_t fd;
  if (napi_get_value_int32(env, argv[0], &fd) != napi_ok) return type_error(env, "readAt0: fd must be a number");
  bool is_buffer = false;
  if (napi_is_buffer(env, argv[1], &is_buffer) != napi_ok || !is_buffer) {
    return type_error(env, "readAt0: buffer must be a Buffer");
  }
  void* data;
  size_t length;
  if (napi_get_buffer_info(env, argv[1], &data, &length) != napi_ok) return type_error(env, "readAt0: unreadable buffer");
  // The count goes back as an int32: never ask for more than fits.
  if (length > INT32_MAX) length = INT32_MAX;
  ssize_t n;
  do {
    n = pread(fd, data, length, 0);
  } while (n < 0 && errno == EINTR);
  napi_value result;
  if (napi_create_int32(env, n < 0 ? -errno : (int32_t)n, &result) != napi_ok) return NULL;
  return result;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  if (napi_create_function(env, "readAt0", NAPI_AUTO_LENGTH, read_at0, NULL, &fn) != napi_ok) return NULL;
  if (napi_set_named_property(env, exports, "readAt0", fn) != napi_ok) return NULL;
  return exports;
}
