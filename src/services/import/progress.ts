import cliProgress from 'cli-progress';
import type { ImportProgress } from './import-runner.js';

/** A progress bar on stderr, for a person watching a terminal. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ImportProgress {
  let bar: cliProgress.SingleBar | null = null;
  let phase = '';
  return {
    phase(name, total) {
      bar?.stop();
      phase = name;
      bar = new cliProgress.SingleBar(
        {
          stream,
          format:
            total === null
              ? `${name.padEnd(8)} {value} rows read`
              : `${name.padEnd(8)} [{bar}] {percentage}% {value}/{total} rows`,
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total ?? 0, 0);
    },
    update(done) {
      bar?.update(done);
    },
    stop() {
      if (phase) bar?.stop();
      bar = null;
    },
  };
}

/**
 * One JSON line per phase and at most one a second in between, for logs and pipelines:
 * `{"phase":"import","done":5000,"total":1000000,"seconds":41.2}` (seconds since the start).
 */
export function jsonProgress(write: (line: string) => void, everyMs = 1000): ImportProgress {
  let phase = '';
  let total: number | null = null;
  let last = 0;
  let done = 0;
  const started = Date.now();
  const emit = () => write(JSON.stringify({ phase, done, total, seconds: (Date.now() - started) / 1000 }) + '\n');
  return {
    phase(name, size) {
      phase = name;
      total = size;
      done = 0;
      last = Date.now();
      emit();
    },
    update(count) {
      done = count;
      if (Date.now() - last >= everyMs) {
        last = Date.now();
        emit();
      }
    },
    stop() {
      if (phase) emit();
      phase = '';
    },
  };
}
