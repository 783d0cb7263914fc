function decode(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The job summary (Markdown/HTML as written to GITHUB_STEP_SUMMARY) as plain terminal text. */
export function renderSummary(html: string): string[] {
  const lines: string[] = [];
  for (const heading of html.matchAll(/<h\d>(.*?)<\/h\d>/g)) lines.push(decode(heading[1]!));
  const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd]>(.*?)<\/t[hd]>/g)].map((cell) => decode(cell[1]!)),
  );
  const width = Math.max(0, ...rows.map((r) => (r[0] ?? '').length));
  for (const [index, row] of rows.entries()) {
    lines.push(`  ${(row[0] ?? '').padEnd(width)}  ${row.slice(1).join('  ')}`);
    if (index === 0) lines.push(`  ${'-'.repeat(width)}  ${'-'.repeat(Math.max(5, (row[1] ?? '').length))}`);
  }
  const rest = decode(html.replace(/<h\d>.*?<\/h\d>/g, '').replace(/<table>.*?<\/table>/gs, '')).trim();
  if (rest !== '') lines.push(rest);
  return lines;
}
