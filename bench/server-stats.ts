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
  /** Time spent on RSA signatures and verifications (shim_signature_seconds_total), microseconds; 0 for servers without shims. */
  signatureMicros: number;
}

export function reportStatsOnRequest(statements: () => number, signatureMicros: () => Promise<number> = async () => 0): void {
  process.on('message', async (message) => {
    if (message !== 'stats') return;
    const cpu = process.cpuUsage();
    const stats: ServerStats = {
      cpuMicros: cpu.user + cpu.system,
      rssBytes: process.memoryUsage.rss(),
      statements: statements(),
      signatureMicros: await signatureMicros(),
    };
    process.send?.({ stats });
  });
}
