// The benches' one way to print their table and, with --write, to put it into BENCHMARKS.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BENCHMARKS_MD = fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url));

/** A Markdown table of string cells, each column as wide as its widest cell. */
export function markdownTable(headings, rows) {
  const widths = headings.map((heading, i) => Math.max(heading.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(headings), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * Prints the header, the table and the verdict; with `write`, replaces what stands between
 * `<!-- marker -->` and `<!-- /marker -->` in BENCHMARKS.md. Returns the exit code: 1 when a target was missed.
 */
export function publish(marker, { header, table, missed }, write) {
  const file = write ? BENCHMARKS_MD : undefined;
  process.stdout.write(
    `\n${header}\n\n${table}\n\n${missed === 0 ? 'All targets met.' : `${missed} target(s) missed.`}\n`,
  );
  if (file !== undefined) {
    const text = readFileSync(file, 'utf8');
    const start = text.indexOf(`<!-- ${marker} -->`);
    const end = text.indexOf(`<!-- /${marker} -->`);
    writeFileSync(file, `${text.slice(0, start)}<!-- ${marker} -->\n${header}\n\n${table}\n${text.slice(end)}`);
    process.stderr.write(`Updated ${file}\n`);
  }
  return missed === 0 ? 0 : 1;
}
