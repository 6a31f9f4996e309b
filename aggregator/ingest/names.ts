// Kubernetes name rules (apimachinery validation): what the API would have accepted is all ingest
// accepts, so nothing an agent sends can produce an object name the API could never have.
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

export function isDns1123Label(s: string): boolean {
  return s.length > 0 && s.length <= 63 && DNS1123_LABEL.test(s);
}

export function isDns1123Subdomain(s: string): boolean {
  return s.length > 0 && s.length <= 253 && DNS1123_SUBDOMAIN.test(s);
}

/** A label key: optional DNS-subdomain prefix and "/", then a name of at most 63 characters. */
export function isLabelKey(s: string): boolean {
  const slash = s.indexOf('/');
  const prefix = slash >= 0 ? s.slice(0, slash) : undefined;
  const name = slash >= 0 ? s.slice(slash + 1) : s;
  if (prefix !== undefined && !isDns1123Subdomain(prefix)) return false;
  return name.length > 0 && name.length <= 63 && QUALIFIED_NAME.test(name);
}

export function isLabelValue(s: string): boolean {
  return s.length <= 63 && LABEL_VALUE.test(s);
}

/** Pod UIDs are UUIDs in practice; allow the characters runtimes use, bounded. */
export function isUid(s: string): boolean {
  return s.length > 0 && s.length <= 128 && /^[A-Za-z0-9_.-]+$/.test(s);
}

/** Printable, bounded: container ids, boot ids, versions, interface names. */
export function isToken(s: string, max: number): boolean {
  return s.length <= max && /^[\x21-\x7e]*$/.test(s);
}
