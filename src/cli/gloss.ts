// Placeholder until the gloss command lands; replaced by its own module.
import type { Command } from './index';

export const command: Command = {
  summary: '(gloss: not available yet)',
  usage: 'glosa gloss',
  async run(_argv, io) {
    io.err('glosa gloss: not available yet');
    return 2;
  },
};
