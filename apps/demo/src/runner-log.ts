/**
 * What a workflow log shows for a step's stdout: workflow commands are consumed, not shown;
 * every value registered with `::add-mask::` is replaced by `***`, in that line and every later one.
 */
export function renderRunnerLog(stdout: string, extraMasks: string[] = []): { lines: string[]; masks: string[] } {
  const masks = [...extraMasks.filter((m) => m.length > 0)];
  const lines: string[] = [];
  const mask = (text: string) => masks.reduce((acc, secret) => acc.split(secret).join('***'), text);
  for (const raw of stdout.split('\n')) {
    if (raw === '') continue;
    const command = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(raw);
    if (command) {
      const [, name, data] = command;
      const value = unescapeData(data!);
      if (name === 'add-mask') {
        if (value.length > 0) masks.push(value);
        continue;
      }
      if (name === 'debug') continue;
      if (name === 'error' || name === 'warning' || name === 'notice') {
        lines.push(`${name[0]!.toUpperCase()}${name.slice(1)}: ${mask(value)}`);
        continue;
      }
      continue;
    }
    lines.push(mask(raw));
  }
  return { lines, masks };
}

function unescapeData(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** Replaces every mask in a text with `***`. */
export function applyMasks(text: string, masks: string[]): string {
  return masks.filter((m) => m.length > 0).reduce((acc, secret) => acc.split(secret).join('***'), text);
}
