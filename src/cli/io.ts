// The CLI's contact with the outside world, passed to every command so tests can capture it.
import { parseArgs as parseArgv } from 'node:util';

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

/** The options a command takes: switches (--json) and options with a value (--from pl, -o out.pdf). */
export interface CommandOptions {
  switches?: readonly string[];
  valued?: readonly string[];
}

/**
 * Split argv into flags and positional words, with node:util's parser: --name, --name=value, and for the
 * valued names --name value / -n value; -- ends the options. An option the command does not take is a
 * UsageError. An argument with a single dash that is no valued option ("-5", "-Więcej") is a word, as a
 * text to gloss may be.
 */
export function parseArgs(argv: string[], { switches = [], valued = [] }: CommandOptions = {}): { flags: Map<string, string | true>; words: string[] } {
  const options = Object.fromEntries(valued.map((name) => [name, { type: 'string' as const }]));
  const { tokens } = parseArgv({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const flags = new Map<string, string | true>();
  const words: string[] = [];
  // The parser splits "-Więcej" into the options -W -i -ę …, all at the argument's index.
  const wordAt = new Set<number>();
  for (const token of tokens) {
    if (token.kind === 'positional') words.push(token.value);
    if (token.kind !== 'option' || wordAt.has(token.index)) continue;
    if (!token.rawName.startsWith('--') && !valued.includes(token.name)) {
      wordAt.add(token.index);
      words.push(argv[token.index]!);
      continue;
    }
    if (valued.includes(token.name) && token.value === undefined) throw new UsageError(`${token.rawName} needs a value`);
    flags.set(token.name, token.value ?? true);
  }
  const unknown = [...flags.keys()].find((name) => !switches.includes(name) && !valued.includes(name));
  if (unknown !== undefined) throw new UsageError(`unknown option --${unknown}`);
  return { flags, words };
}
