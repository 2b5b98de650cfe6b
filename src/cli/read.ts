// Placeholder until the read command lands; replaced by its own module.
import type { Command } from './index';

export const command: Command = {
  summary: '(read: not available yet)',
  usage: 'glosa read',
  async run(_argv, io) {
    io.err('glosa read: not available yet');
    return 2;
  },
};
