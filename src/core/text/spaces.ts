/** One line: every run of whitespace (line breaks, tabs, no-break spaces) as one space, trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
