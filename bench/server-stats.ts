/**
 * What a server child of a bench reports when its parent asks (over the IPC channel the bench
 * opens): its own CPU time, resident memory, and the SQL statements it has sent so far, counted
 * at its own connections. Bench processes only; the real server has no such channel.
 */
export interface ServerStats {
  /** User + system CPU time of the process, microseconds. */
  cpuMicros: number;
  rssBytes: number;
  statements: number;
}

export function reportStatsOnRequest(statements: () => number): void {
  process.on('message', (message) => {
    if (message !== 'stats') return;
    const cpu = process.cpuUsage();
    const stats: ServerStats = {
      cpuMicros: cpu.user + cpu.system,
      rssBytes: process.memoryUsage.rss(),
      statements: statements(),
    };
    process.send?.({ stats });
  });
}
