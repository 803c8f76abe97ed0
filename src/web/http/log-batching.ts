import pino from 'pino';
import type { DestinationStream } from 'pino';

/** A log destination that gathers lines and writes them together. */
export interface BatchedLogStream extends DestinationStream {
  /** Writes the gathered lines now (and, for a file descriptor, waits until they are written). */
  flushSync(): void;
  /** Flushes, then writes each later line at once: nothing logged after closing waits for a turn that may never come. */
  end(): void;
}

/**
 * Every request writes one log line (app.ts). Handed to the destination one by one, each line
 * costs a write of its own (a system call or a thread-pool job); a busy server answers many
 * requests per turn of the event loop, so the lines of one turn are gathered and written together
 * when the turn ends (setImmediate). Lines still gathered when the process exits are written
 * synchronously from the 'exit' event, and closing the app (`end`) flushes too, so none is lost.
 *
 * `target` is where lines go: a stream given by the caller (tests read it), by default standard
 * output through pino's own destination (sonic-boom, asynchronous, flushed on exit).
 */
export function batchedLogStream(target: DestinationStream & { flushSync?(): void } = pino.destination({ dest: 1, sync: false })): BatchedLogStream {
  let pending: string[] = [];
  let scheduled = false;
  let ended = false;

  function writePending(): void {
    scheduled = false;
    if (pending.length === 0) return;
    const text = pending.length === 1 ? pending[0]! : pending.join('');
    pending = [];
    target.write(text);
  }

  function onExit(): void {
    writePending();
    // The target may still hold what it was given (sonic-boom writes asynchronously).
    target.flushSync?.();
  }
  process.on('exit', onExit);

  return {
    write(line: string) {
      if (ended) return target.write(line);
      pending.push(line);
      if (!scheduled) {
        scheduled = true;
        setImmediate(writePending);
      }
    },
    flushSync: onExit,
    end() {
      if (ended) return;
      ended = true;
      writePending();
      process.off('exit', onExit);
    },
  };
}
