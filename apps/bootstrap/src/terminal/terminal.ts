/** Where the CLI writes; colour and the spinner only on a terminal. */
export interface Terminal {
  /** Progress, prompts and errors. */
  err: { write(text: string): unknown; isTTY?: boolean };
  /** Results: what was written and the workflow snippet (stderr too with --print-refresh-token). */
  out: { write(text: string): unknown };
  color: boolean;
}

const codes = {
  bold: [1, 22],
  dim: [2, 22],
  green: [32, 39],
  red: [31, 39],
  cyan: [36, 39],
  yellow: [33, 39],
} as const;

/** One line of progress or advice, on stderr (the person's own). */
export function say(holder: { terminal: Terminal }, text: string): void {
  holder.terminal.err.write(`${text}\n`);
}

export function style(terminal: Terminal, name: keyof typeof codes, text: string): string {
  if (!terminal.color) return text;
  const [open, close] = codes[name];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

/** A spinner on a terminal, one plain line otherwise. Returns the function that stops it. */
export function waitingLine(terminal: Terminal, text: string): () => void {
  if (!terminal.err.isTTY) {
    terminal.err.write(`${text}\n`);
    return () => {};
  }
  const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
  let frame = 0;
  const timer = setInterval(() => {
    terminal.err.write(`\r${style(terminal, 'cyan', frames[frame++ % frames.length]!)} ${text}`);
  }, 80);
  return () => {
    clearInterval(timer);
    terminal.err.write('\r\u001b[2K');
  };
}
