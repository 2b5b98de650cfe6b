#!/usr/bin/env node
// Runs the CLI from its TypeScript sources through tsx, so `npx glosa` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
