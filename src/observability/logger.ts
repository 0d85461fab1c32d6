import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * The one JSON logger. Credentials never reach a log line: bearer keys, staff tokens, cookies and
 * legacy signatures are redacted wherever they appear in a logged request.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["x-app-secret"]',
          'req.headers["x-signature"]',
          'req.headers["x-token"]',
          'req.headers.token',
          '*.password',
          '*.secret',
          '*.sign',
          '*.sig',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
