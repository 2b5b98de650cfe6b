// The CLI's contact with the outside world, passed to every command so tests can capture it.
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Whole standard input, read on demand (for --stdin). */
  readStdin(): Promise<string>;
}

/** A failure the user caused (bad file, bad flag): one line on stderr, exit code 2. */
export class UsageError extends Error {}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

/** Split argv into flags (--name, --name=value, --name value for those listed) and positional words. */
export function parseArgs(argv: string[], valued: string[] = []): { flags: Map<string, string | true>; words: string[] } {
  const flags = new Map<string, string | true>();
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') { words.push(...argv.slice(i + 1)); break; }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq > 0) flags.set(arg.slice(2, eq), arg.slice(eq + 1));
      else if (valued.includes(arg.slice(2))) {
        const value = argv[++i];
        if (value === undefined) throw new UsageError(`${arg} needs a value`);
        flags.set(arg.slice(2), value);
      } else flags.set(arg.slice(2), true);
    } else if (arg.startsWith('-') && arg.length === 2 && valued.includes(arg.slice(1))) {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      flags.set(arg.slice(1), value);
    } else words.push(arg);
  }
  return { flags, words };
}
