// Where the language switcher sends the visitor back to: a path on this site, never another
// site's address (an open redirect would let a link on any page send visitors anywhere).
export function safeReturnPath(value: string | undefined | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // A path with a scheme or host hidden behind backslashes or controls is not ours either.
  if (/[\\\u0000-\u001f]/.test(value)) return '/';
  return value;
}
