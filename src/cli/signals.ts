/**
 * Ending a batch on SIGINT or SIGTERM between records. Without a handler the signal kills the
 * process wherever it is, and output to a pipe is written asynchronously: the reader then gets a
 * cut-off last record. With one, no record is started after the signal, what was already written
 * is flushed, and the process exits with the shell's status for the signal (130, 143). A second
 * signal, or an output that does not drain within `FLUSH_LIMIT_MS`, exits at once.
 */

const FLUSH_LIMIT_MS = 10_000;

/** What the batch loop consults: once `stopped`, it writes nothing more. */
export interface SignalStop {
  readonly stopped: boolean;
  /** Removes the handlers (the batch is over). */
  dispose(): void;
}

export function exitBetweenRecordsOnSignals(output: NodeJS.WritableStream = process.stdout): SignalStop {
  const state = { stopped: false };
  const handle = (code: number) => (): void => {
    if (state.stopped) process.exit(code);
    state.stopped = true;
    setTimeout(() => process.exit(code), FLUSH_LIMIT_MS).unref();
    // The callback of an empty write runs once everything written before it has been flushed.
    output.write("", () => process.exit(code));
  };
  const handlers: [NodeJS.Signals, () => void][] = [
    ["SIGINT", handle(130)],
    ["SIGTERM", handle(143)],
  ];
  for (const [signal, handler] of handlers) process.on(signal, handler);
  return {
    get stopped() {
      return state.stopped;
    },
    dispose() {
      for (const [signal, handler] of handlers) process.off(signal, handler);
    },
  };
}
