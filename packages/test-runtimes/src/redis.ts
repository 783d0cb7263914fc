import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { eventually, freeLoopbackPort } from '@dropbox-token/emulator/testing';

/** redis-server on loopback for a test: its URL and port, and how to stop it. */
export interface RedisServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Whether redis-server is on PATH: it is a Debian package, so tests that need it skip (and say so) without it. */
export function redisServerInstalled(): boolean {
  return spawnSync('redis-server', ['--version']).status === 0;
}

/** Whether the server on `port` answers PING (redis-cli comes with redis-server). */
function answersPing(port: number): boolean {
  return (
    spawnSync('redis-cli', ['-p', String(port), 'ping'])
      .stdout?.toString()
      .includes('PONG') ?? false
  );
}

/** redis-server on 127.0.0.1 that keeps nothing on disk, once it answers PING (5 s at most). */
export async function startRedis(): Promise<RedisServer> {
  const port = await freeLoopbackPort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await eventually(() => answersPing(port), 5_000);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: async () => {
      child.kill();
      await exited;
    },
  };
}
