// Child of scripts/crash-test.ts: saves words into the notebook in <dir> in a loop, and prints
// "ack <id>" on stdout only after each save resolved (the store's promise of durability). The parent
// kills it with SIGKILL at a random moment. Usage: crash-child <dir> <run-number>, then "go" on stdin.
import { createNotebook } from '../src/node/storage/notebook';

async function main(): Promise<void> {
  const [dir, run] = process.argv.slice(2);
  if (!dir || !run) {
    process.stderr.write('usage: crash-child <dir> <run-number>\n');
    process.exit(2);
  }
  // The parent starts the next child while the current one runs, to overlap Node's start-up; this one
  // touches nothing until told to go, which happens only after the previous child is dead.
  await new Promise<void>((resolve) => {
    let seen = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      seen += chunk;
      if (seen.includes('go\n')) resolve();
    });
  });
  const notebook = createNotebook(dir);
  // Load (and recover, if the previous kill demanded it) before saying ready, so kills land in saves.
  await notebook.notebookList();
  process.stdout.write('ready\n');
  for (let n = 0; ; n++) {
    const result = await notebook.notebookSave({
      text: `słowo-${run}-${n}`,
      lemma: `słowo-${run}-${n}`,
      lang: 'pl',
      translation: `word ${run}/${n}`,
      context: `Zdanie numer ${n} z przebiegu ${run}, z polskimi znakami: zażółć gęślą jaźń.`,
      sourceTitle: 'crash test',
      sourcePath: '/dev/null',
      note: '',
    });
    if (!result.ok) {
      process.stderr.write(`save failed: ${JSON.stringify(result.error)}\n`);
      process.exit(1);
    }
    // Writes to a pipe are synchronous on Linux and macOS: once this returns, the line is in the pipe
    // and survives our death.
    process.stdout.write(`ack ${result.value.id}\n`);
  }
}

void main();
