import type { LoadOptions, LoadResult } from './load';

export interface Row {
  name: string;
  result: LoadResult;
  queriesPerView: number;
}

const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

/**
 * One line per page: throughput and latency, queries per view, and the
 * page's throughput against each baseline measured in the same run. With
 * `reference` rows (demo size), also p50 at this size against p50 there.
 */
export function printTable(title: string, rows: Row[], baselines: Record<string, LoadResult>, load: LoadOptions, reference?: Row[]): void {
  const [memory, staticNext] = Object.values(baselines);
  const header = ['page', 'req/s', 'p50 ms', 'p99 ms', 'queries/view', 'vs node:http', 'vs static Next', ...(reference ? ['p50 vs demo'] : [])];
  const lines = rows.map((row) => {
    const demo = reference?.find((candidate) => candidate.name === row.name);
    return [
      row.name,
      String(row.result.requestsPerSecond),
      String(row.result.p50),
      String(row.result.p99),
      row.queriesPerView.toFixed(3),
      ratio(row.result.requestsPerSecond, memory?.requestsPerSecond ?? 0),
      ratio(row.result.requestsPerSecond, staticNext?.requestsPerSecond ?? 0),
      ...(reference ? [demo ? ratio(Math.max(row.result.p50, 0.5), Math.max(demo.result.p50, 0.5)) : 'n/a'] : []),
    ];
  });
  for (const [name, result] of Object.entries(baselines)) {
    lines.push([`(baseline) ${name}`, String(result.requestsPerSecond), String(result.p50), String(result.p99), '', '', '', ...(reference ? [''] : [])]);
  }
  console.log(`\n${title}: ${load.connections} connections, ${load.durationSeconds} s per row`);
  printMarkdown(header, lines);
  const errors = rows.filter((row) => row.result.non2xx > 0 || row.result.errors > 0);
  for (const row of errors) console.log(`! ${row.name}: ${row.result.non2xx} non-2xx responses, ${row.result.errors} errors`);
}

/** A Markdown table, the first column left-aligned and the rest (numbers) right-aligned. */
export function printMarkdown(header: string[], lines: string[][]): void {
  const widths = header.map((cell, i) => Math.max(cell.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((width, i) => (i === 0 ? ':' : '-') + '-'.repeat(width) + (i === 0 ? '-' : ':')).join('|')}|`);
  for (const line of lines) console.log(format(line));
}
