// Long-running commands stop on SIGINT (Ctrl-C) or SIGTERM (kubelet, systemd) and then exit 0.

/** Resolves with the signal's name on the first SIGINT or SIGTERM. */
export function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const on = (sig: string): void => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(sig);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}
