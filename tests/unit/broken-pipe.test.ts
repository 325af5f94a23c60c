import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { exitQuietlyOnBrokenPipe } from '../../src/pipeline/node/broken-pipe.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function writeError(code: string): Error {
  return Object.assign(new Error(`write ${code}`), { code, syscall: 'write' });
}

describe('a closed pipe (npm run timeline | head)', () => {
  it('ends the command with exit 0 on EPIPE, from stdout or stderr', () => {
    const stdout = new EventEmitter();
    const stderr = new EventEmitter();
    const exits: number[] = [];
    exitQuietlyOnBrokenPipe([stdout, stderr], (code) => exits.push(code));
    stdout.emit('error', writeError('EPIPE'));
    stderr.emit('error', writeError('EPIPE'));
    expect(exits).toEqual([0, 0]);
  });

  it('still throws any other write error, and does not exit', () => {
    const stdout = new EventEmitter();
    const exits: number[] = [];
    exitQuietlyOnBrokenPipe([stdout], (code) => exits.push(code));
    expect(() => stdout.emit('error', writeError('ENOSPC'))).toThrow('write ENOSPC');
    expect(exits).toEqual([]);
  });

  it('the CLI, run as npm runs it, exits 0 with nothing on stderr when its reader has gone', async () => {
    // The reader closes before the first write, as `head` does once it has its lines. Before the fix
    // this died with "Unhandled 'error' event … write EPIPE" and exit 1. `--help` runs no pipeline.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/pipeline/node/cli.ts', '--help'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
