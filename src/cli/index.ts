// `glosa` command: a thin host around the core, JSON out. Each command lives in its own module.
import type { Command } from './command';
import { processIo, UsageError, type CliIo } from './io';

// Loaded lazily so `glosa --help` and one command never pay for the others' start-up.
const commands: Record<string, () => Promise<Command>> = {
  read: async () => (await import('./commands/read')).command,
  lookup: async () => (await import('./commands/lookup')).command,
  gloss: async () => (await import('./commands/gloss')).command,
  print: async () => (await import('./commands/print')).command,
};

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const lines = ['Usage: glosa <command> [options]', '', 'Commands:'];
    for (const [cmdName, load] of Object.entries(commands)) {
      const cmd = await load();
      lines.push(`  ${cmdName.padEnd(8)} ${cmd.summary}`);
    }
    lines.push('', 'Run `glosa <command> --help` for the options of one command.');
    io.out(lines.join('\n'));
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    io.err(`glosa: unknown command "${name}" (try glosa --help)`);
    return 2;
  }
  const cmd = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${cmd.summary}\n\nUsage: ${cmd.usage}`);
    return 0;
  }
  try {
    return await cmd.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`glosa ${name}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
