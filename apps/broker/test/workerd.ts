import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freeLoopbackPort } from '@dropbox-token/emulator/testing';
import { workerdBinary } from '@dropbox-token/test-runtimes';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The Durable Object classes the Worker exports, and their unique keys (as wrangler names them: `<name>-<class>`). */
export const DURABLE_OBJECTS = [
  ['REPLAY_GUARD', 'ReplayGuard'],
  ['TOKEN_MINTER', 'TokenMinter'],
] as const;
export const uniqueKeyOf = (className: string) => `dropbox-token-broker-${className}`;

/**
 * workerd's configuration: the Worker bundle, its variables and secrets as bindings, loopback
 * allowed; with `storage`, both Durable Object namespaces (SQLite-backed) kept on that disk folder.
 */
export function workerdConfig(port: number, bindings: Record<string, string>, storage?: string): string {
  const text = Object.entries(bindings).map(
    ([name, value]) => `(name = ${JSON.stringify(name)}, text = ${JSON.stringify(value)})`,
  );
  const objects = storage === undefined ? [] : DURABLE_OBJECTS;
  const namespaces = objects.map(
    ([, className]) => `(className = "${className}", uniqueKey = "${uniqueKeyOf(className)}", enableSql = true)`,
  );
  const objectBindings = objects.map(
    ([name, className]) => `(name = "${name}", durableObjectNamespace = "${className}")`,
  );
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "broker", worker = .brokerWorker),
    (name = "loopback", network = (allow = ["public", "private", "local"])),
    ${storage === undefined ? '' : `(name = "do-disk", disk = (path = ${JSON.stringify(storage)}, writable = true)),`}
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "broker")],
);
const brokerWorker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  bindings = [${[...text, ...objectBindings].join(', ')}],
  ${storage === undefined ? '' : `durableObjectNamespaces = [${namespaces.join(', ')}],\n  durableObjectStorage = (localDisk = "do-disk"),`}
  compatibilityDate = "2025-01-01",
  compatibilityFlags = ["nodejs_compat"],
  globalOutbound = "loopback",
);
`;
}

export async function waitFor(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      await fetch(url);
      return;
    } catch {
      if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}: ${output().slice(0, 2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`no answer at ${url}: ${output().slice(0, 2000)}`);
}

export interface WorkerdRun {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

/** The built Worker under workerd, in `dir` (made when not given), ready when it answers. */
export async function startWorkerd(
  bindings: Record<string, string>,
  options: { dir?: string; storage?: string } = {},
): Promise<WorkerdRun> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'broker-workerd-'));
  const port = await freeLoopbackPort();
  // workerd embeds files by a path relative to its configuration.
  copyFileSync(join(packageDir, 'dist/worker.bundle.js'), join(dir, 'worker.js'));
  if (options.storage !== undefined) mkdirSync(options.storage, { recursive: true });
  writeFileSync(join(dir, 'workerd.capnp'), workerdConfig(port, bindings, options.storage));
  let output = '';
  const child = spawn(workerdBinary(), ['serve', join(dir, 'workerd.capnp'), '--verbose'], {
    env: { PATH: process.env['PATH'] ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/`, child, () => output);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url,
    child,
    output: () => output,
    stop: async () => {
      child.kill();
      await exited;
    },
  };
}
