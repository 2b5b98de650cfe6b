// Placeholder until the print command lands; replaced by its own module.
import type { Command } from './index';

export const command: Command = {
  summary: '(print: not available yet)',
  usage: 'glosa print',
  async run(_argv, io) {
    io.err('glosa print: not available yet');
    return 2;
  },
};
