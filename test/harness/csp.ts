// A Content-Security-Policy parser following CSP Level 3, "parse a serialized CSP" (§2.2.1): directives split
// on ";", names compared in ASCII lower case, a repeated directive ignored (the first one counts, as browsers do),
// values split on ASCII whitespace. Enough to assert what a policy allows, not to enforce one.

export type ParsedPolicy = Map<string, string[]>;

const ASCII_WHITESPACE = /[\t\n\f\r ]+/;

export function parseCsp(serialized: string): ParsedPolicy {
  const policy: ParsedPolicy = new Map();
  for (const token of serialized.split(';')) {
    const parts = token.trim().split(ASCII_WHITESPACE).filter(Boolean);
    if (parts.length === 0) continue;
    const name = parts[0]!.toLowerCase();
    // Directive names are ASCII alphanumerics and "-" only; anything else is not a directive.
    if (!/^[a-z0-9-]+$/.test(name) || policy.has(name)) continue;
    policy.set(name, parts.slice(1));
  }
  return policy;
}

/** The source list that governs a fetch directive: its own, else default-src (CSP3 §6.8.3, simplified to one level). */
export function effectiveSources(policy: ParsedPolicy, directive: string): string[] | undefined {
  return policy.get(directive) ?? policy.get('default-src');
}
