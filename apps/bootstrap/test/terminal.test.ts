import { describe, expect, it } from 'vitest';
import { style, waitingLine } from '../src/terminal/terminal.js';

function recording(isTTY: boolean) {
  const written: string[] = [];
  return {
    written,
    terminal: { err: { write: (text: string) => written.push(text), isTTY }, out: { write: () => true }, color: isTTY },
  };
}

describe('terminal output', () => {
  it('colours only when asked', () => {
    expect(style(recording(true).terminal, 'green', 'ok')).toBe('\u001b[32mok\u001b[39m');
    expect(style(recording(false).terminal, 'green', 'ok')).toBe('ok');
  });

  it('prints one plain line when not on a terminal', () => {
    const { written, terminal } = recording(false);
    waitingLine(terminal, 'Waiting')();
    expect(written).toEqual(['Waiting\n']);
  });

  it('spins on a terminal and clears the line when stopped', async () => {
    const { written, terminal } = recording(true);
    const stop = waitingLine(terminal, 'Waiting');
    await new Promise((resolve) => setTimeout(resolve, 200));
    stop();
    expect(written.length).toBeGreaterThanOrEqual(2);
    expect(written[0]).toBe('\r\u001b[36m⠋\u001b[39m Waiting');
    expect(written.at(-1)).toBe('\r\u001b[2K');
  });
});
