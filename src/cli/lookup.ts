// Placeholder until the lookup command lands; replaced by its own module.
import type { Command } from './index';

export const command: Command = {
  summary: '(lookup: not available yet)',
  usage: 'glosa lookup',
  async run(_argv, io) {
    io.err('glosa lookup: not available yet');
    return 2;
  },
};
