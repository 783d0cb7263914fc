import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { BOOTSTRAP_CLI, startDemo } from './start-demo.js';

const HELP = `Usage: npm start [-- --verbose] [-- --real [bootstrap options]]

Runs the whole product end to end on this machine against the local emulator:
bootstrap (PKCE, loopback), sealed GitHub secret, the action bundle as a runner runs it,
and a call with the fresh token.

  --verbose   also show every HTTP exchange (secrets redacted) and the full CLI output
  --real      run the bootstrap against the real Dropbox and GitHub instead; needs
              DROPBOX_APP_KEY and a GitHub token (GH_TOKEN, GITHUB_TOKEN or gh auth);
              other options are passed to the bootstrap (e.g. --repo OWNER/NAME)
`;

// The entry alone touches the process: arguments, environment, exit code.
const { values, tokens } = parseArgs({
  options: { verbose: { type: 'boolean' }, real: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  strict: false,
  tokens: true,
});

if (values['help']) {
  process.stdout.write(HELP);
} else if (values['real']) {
  if (!process.env['DROPBOX_APP_KEY']) {
    process.stderr.write(
      '--real needs DROPBOX_APP_KEY (your app key from the Dropbox App Console) and a GitHub token (GH_TOKEN).\n',
    );
    process.exitCode = 2;
  } else {
    const passThrough = tokens
      .filter((t) => t.kind !== 'option' || (t.name !== 'real' && t.name !== 'verbose'))
      .map((t) =>
        t.kind === 'option' ? t.rawName + (t.inlineValue ? `=${t.value}` : '') : t.kind === 'positional' ? t.value : '',
      );
    const child = spawn(process.execPath, [BOOTSTRAP_CLI, ...passThrough.filter((a) => a !== '')], {
      stdio: 'inherit',
    });
    process.exitCode = await new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  }
} else {
  process.exitCode = await startDemo({
    verbose: values['verbose'] === true,
    write: (text) => process.stdout.write(text),
  });
}
