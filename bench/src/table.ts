// How the benchmarks print their tables: a title, then right-aligned columns.

/** Prints `body` under `head`, each column as wide as its widest cell, after `title`. */
export function printTable(title: string, head: string[], body: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  console.log(`\n${title}`);
  console.log(head.map((h, i) => h.padStart(widths[i])).join('  '));
  for (const r of body) console.log(r.map((c, i) => c.padStart(widths[i])).join('  '));
}
