// The version every component reports (hello, /healthz, User-Agent).
export const KUBEPULSE_VERSION = '0.1.0';
