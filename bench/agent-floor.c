/* The floor for one agent cycle: read the same files as plainly as C can, opening each file every
 * time and keeping them open (pread at offset 0). Paths come one per line on stdin.
 * Usage: agent-floor <cycles>   → prints "open_cpu_ns open_wall_ns kept_cpu_ns kept_wall_ns" per cycle. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static long long ns(clockid_t c) { struct timespec t; clock_gettime(c, &t); return t.tv_sec * 1000000000LL + t.tv_nsec; }

int main(int argc, char **argv) {
  int cycles = argc > 1 ? atoi(argv[1]) : 50;
  char **paths = NULL; int n = 0, cap = 0; char line[4096];
  while (fgets(line, sizeof line, stdin)) {
    line[strcspn(line, "\n")] = 0;
    if (n == cap) { cap = cap ? cap * 2 : 1024; paths = realloc(paths, cap * sizeof *paths); }
    paths[n++] = strdup(line);
  }
  static char buf[65536];
  long long sink = 0;
  long long c0 = ns(CLOCK_PROCESS_CPUTIME_ID), w0 = ns(CLOCK_MONOTONIC);
  for (int k = 0; k < cycles; k++)
    for (int i = 0; i < n; i++) {
      int fd = open(paths[i], O_RDONLY | O_CLOEXEC);
      if (fd < 0) { perror(paths[i]); return 1; }
      sink += read(fd, buf, sizeof buf);
      close(fd);
    }
  long long c1 = ns(CLOCK_PROCESS_CPUTIME_ID), w1 = ns(CLOCK_MONOTONIC);
  int *fds = malloc(n * sizeof *fds);
  for (int i = 0; i < n; i++) fds[i] = open(paths[i], O_RDONLY | O_CLOEXEC);
  long long c2 = ns(CLOCK_PROCESS_CPUTIME_ID), w2 = ns(CLOCK_MONOTONIC);
  for (int k = 0; k < cycles; k++)
    for (int i = 0; i < n; i++) sink += pread(fds[i], buf, sizeof buf, 0);
  long long c3 = ns(CLOCK_PROCESS_CPUTIME_ID), w3 = ns(CLOCK_MONOTONIC);
  printf("%lld %lld %lld %lld %lld\n", (c1 - c0) / cycles, (w1 - w0) / cycles, (c3 - c2) / cycles, (w3 - w2) / cycles, sink > 0 ? 0LL : 1LL);
  return 0;
}
