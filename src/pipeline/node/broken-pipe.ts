/** The part of a writable stream this needs: its 'error' event. */
export interface ErrorEmitter {
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * `npm run timeline | head`: once the reader has what it wants it closes the pipe, and the next write
 * fails with EPIPE. That is the reader's choice, not a fault, so the command ends quietly (exit 0)
 * instead of dying on an unhandled 'error' event. Any other write error is still thrown.
 */
export function exitQuietlyOnBrokenPipe(
  streams: readonly ErrorEmitter[],
  exit: (code: number) => void,
): void {
  for (const stream of streams)
    stream.on('error', (error) => {
      if (isBrokenPipe(error)) exit(0);
      else throw error;
    });
}

function isBrokenPipe(error: Error): boolean {
  return 'code' in error && error.code === 'EPIPE';
}
