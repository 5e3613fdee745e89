/**
 * `npm start -w examples/order-service`: reads the environment, starts the service and prints
 * `listening on http://HOST:PORT` on stdout once it accepts connections. Exit codes: 0 after a clean
 * SIGTERM/SIGINT shutdown, 1 if it cannot start or stop, 2 for a bad environment (one line per
 * bad variable on stderr).
 */
import { ConfigError } from './ConfigError.js';
import { type Config, readConfig } from './config.js';
import { type RunningService, startService } from './startService.js';
import { describeLocation } from './storage/index.js';

function fail(line: string, code: number): never {
  process.stderr.write(`${line}\n`);
  process.exit(code);
}

let config: Config;
try {
  config = readConfig(process.env, process.cwd());
} catch (error) {
  if (error instanceof ConfigError) fail(error.message, 2);
  throw error;
}

let service: RunningService;
try {
  service = await startService(config);
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  fail(`order-service: could not start (database ${describeLocation(config.database)}): ${reason}`, 1);
}
process.stdout.write(`listening on ${service.url}\n`);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    service.close().then(
      () => process.exit(0),
      (error: unknown) => fail(`order-service: failed to stop cleanly: ${String(error)}`, 1),
    );
  });
}
