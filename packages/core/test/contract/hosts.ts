import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bunBinary, denoBinary, launchChromium, node24Binary, workerdBinary } from '@dropbox-token/test-runtimes';
import { freeLoopbackPort } from '@dropbox-token/emulator/testing';
import { build } from 'esbuild';
import type { CheckResult } from './contract.js';

/**
 * The contract, bundled as each host loads code, and run in each host. The bundles are built for
 * esbuild's `neutral` platform: a Node built-in anywhere in the core would fail the build.
 */
const CONTRACT = join(dirname(fileURLToPath(import.meta.url)), 'contract.ts');

const ENTRIES = {
  // Node, Bun and Deno: a script that prints the results as one JSON line.
  script: `import { runContract } from ${JSON.stringify(CONTRACT)};
const harnessUrl = globalThis.Deno ? globalThis.Deno.args[0] : globalThis.process.argv[2];
console.log(JSON.stringify(await runContract(harnessUrl)));`,
  // workerd: a Worker whose fetch handler runs the contract and answers the results.
  worker: `import { runContract } from ${JSON.stringify(CONTRACT)};
export default { async fetch(request) { return Response.json(await runContract(new URL(request.url).searchParams.get('harness'))); } };`,
  // Chromium: a module script of the harness's page; the results wait on window.
  browser: `import { runContract } from ${JSON.stringify(CONTRACT)};
window.contractResults = runContract(location.origin);`,
};

export interface ContractBundles {
  dir: string;
  script: string;
  worker: string;
  browserSource: string;
}

export async function bundleContract(): Promise<ContractBundles> {
  const dir = mkdtempSync(join(tmpdir(), 'core-contract-'));
  for (const [name, contents] of Object.entries(ENTRIES)) {
    await build({
      stdin: { contents, resolveDir: dir, sourcefile: `${name}-entry.js`, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      outfile: join(dir, `${name}.js`),
      logLevel: 'silent',
    });
  }
  const { readFileSync } = await import('node:fs');
  return {
    dir,
    script: join(dir, 'script.js'),
    worker: join(dir, 'worker.js'),
    browserSource: readFileSync(join(dir, 'browser.js'), 'utf8'),
  };
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${command} exited ${code}: ${stderr.slice(0, 2000)}`)),
    );
  });
}

function lastJsonLine(stdout: string): CheckResult[] {
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as CheckResult[];
}

/** workerd's configuration: one Worker on a loopback socket, allowed to reach loopback hosts. */
function workerdConfig(port: number): string {
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "contract", worker = .contractWorker),
    (name = "loopback", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "contract")],
);
const contractWorker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2025-01-01",
  globalOutbound = "loopback",
);
`;
}

async function runInWorkerd(bundles: ContractBundles, harnessUrl: string): Promise<CheckResult[]> {
  const port = await freeLoopbackPort();
  const config = join(bundles.dir, 'workerd.capnp');
  writeFileSync(config, workerdConfig(port));
  const child = spawn(workerdBinary(), ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        const answer = await fetch(`http://127.0.0.1:${port}/?harness=${encodeURIComponent(harnessUrl)}`);
        return (await answer.json()) as CheckResult[];
      } catch {
        if (child.exitCode !== null) throw new Error(`workerd exited ${child.exitCode}: ${stderr.slice(0, 2000)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    throw new Error(`workerd did not answer on port ${port}: ${stderr.slice(0, 2000)}`);
  } finally {
    child.kill();
  }
}

async function runInChromium(harnessUrl: string): Promise<CheckResult[]> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(harnessUrl);
    return (await page.evaluate(
      () => (window as unknown as { contractResults: Promise<CheckResult[]> }).contractResults,
    )) as CheckResult[];
  } finally {
    await browser.close();
  }
}

export interface ContractHost {
  name: string;
  run(bundles: ContractBundles, harnessUrl: string): Promise<CheckResult[]>;
}

export const HOSTS: ContractHost[] = [
  {
    name: `Node ${process.versions.node} (this process's binary)`,
    run: async (b, url) => lastJsonLine(await run(process.execPath, [b.script, url])),
  },
  {
    name: 'Node 24 (the node package)',
    run: async (b, url) => lastJsonLine(await run(node24Binary(), [b.script, url])),
  },
  { name: 'Bun (the bun package)', run: async (b, url) => lastJsonLine(await run(bunBinary(), [b.script, url])) },
  {
    name: 'Deno (the deno package), network limited to loopback',
    run: async (b, url) =>
      lastJsonLine(await run(denoBinary(), ['run', '--allow-net=127.0.0.1', '--no-prompt', b.script, url])),
  },
  { name: 'workerd (Cloudflare Workers runtime, the workerd package)', run: runInWorkerd },
  { name: 'headless Chromium (@sparticuz/chromium), CORS enforced', run: (_b, url) => runInChromium(url) },
];
