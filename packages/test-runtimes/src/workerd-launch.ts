import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { freeLoopbackPort } from '@dropbox-token/emulator/testing';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workerdBinary } from './runtime-binaries.js';

/** A Durable Object namespace: the binding's name and the exported class (SQLite-backed). */
export interface DurableObjectBinding {
  binding: string;
  className: string;
  /** Its storage folder's name under the storage directory (wrangler's `<worker name>-<class>`). */
  uniqueKey: string;
}

export interface WorkerdOptions {
  /** The Worker as one ES module. */
  bundle: string;
  /** Variables and secrets, as text bindings. */
  bindings: Record<string, string>;
  durableObjects?: DurableObjectBinding[] | undefined;
  /** Where the Durable Objects' SQLite files live (kept across restarts); needed with durableObjects. */
  storage?: string | undefined;
  /** Folder for the configuration (made when not given). */
  dir?: string | undefined;
}

export interface WorkerdRun {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

/** workerd's Cap'n Proto configuration: the bundle, its bindings, loopback allowed, Durable Objects on disk. */
export function workerdConfig(port: number, options: WorkerdOptions): string {
  const text = Object.entries(options.bindings).map(
    ([name, value]) => `(name = ${JSON.stringify(name)}, text = ${JSON.stringify(value)})`,
  );
  const objects = options.durableObjects ?? [];
  const objectBindings = objects.map((o) => `(name = "${o.binding}", durableObjectNamespace = "${o.className}")`);
  const namespaces = objects.map(
    (o) => `(className = "${o.className}", uniqueKey = "${o.uniqueKey}", enableSql = true)`,
  );
  const disk =
    options.storage === undefined
      ? ''
      : `(name = "do-disk", disk = (path = ${JSON.stringify(options.storage)}, writable = true)),`;
  const storage =
    objects.length === 0
      ? ''
      : `durableObjectNamespaces = [${namespaces.join(', ')}],\n  durableObjectStorage = (localDisk = "do-disk"),`;
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "worker", worker = .theWorker),
    (name = "loopback", network = (allow = ["public", "private", "local"])),
    ${disk}
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "worker")],
);
const theWorker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  bindings = [${[...text, ...objectBindings].join(', ')}],
  ${storage}
  compatibilityDate = "2025-01-01",
  compatibilityFlags = ["nodejs_compat"],
  globalOutbound = "loopback",
);
`;
}

/** Polls `url` until something answers, or the process exits. */
export async function waitForAnswer(url: string, child: ChildProcess, output: () => string): Promise<void> {
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

/** The Worker under workerd, ready when it answers. */
export async function startWorkerd(options: WorkerdOptions): Promise<WorkerdRun> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'workerd-'));
  const port = await freeLoopbackPort();
  // workerd embeds files by a path relative to its configuration.
  copyFileSync(options.bundle, join(dir, 'worker.js'));
  if (options.storage !== undefined) mkdirSync(options.storage, { recursive: true });
  writeFileSync(join(dir, 'workerd.capnp'), workerdConfig(port, options));
  let output = '';
  const child = spawn(workerdBinary(), ['serve', join(dir, 'workerd.capnp'), '--verbose'], {
    env: { PATH: process.env['PATH'] ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await waitForAnswer(`${url}/`, child, () => output);
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
