// The shape of one `glosa` subcommand; kept apart from index.ts so that commands do not import their host.
import type { CliIo } from './io';

export interface Command {
  summary: string;
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}
