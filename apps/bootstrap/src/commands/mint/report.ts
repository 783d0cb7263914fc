import type { BootstrapOptions } from '../../args.js';
import type { BrokerStanza } from './broker-config.js';
import type { Destination } from '../../github/destination.js';
import { type SecretTarget, describeTarget } from '../../github/target.js';
import { style } from '../../terminal/terminal.js';
import { workflowSnippet } from './workflow-snippet.js';
import { type BootstrapDeps, type MintedToken, type Written, say } from './context.js';

/** Step 5: what was written, and the workflow snippet that matches it. */
export function report(
  options: BootstrapOptions,
  deps: BootstrapDeps,
  destination: Destination,
  written: Written[],
  minted: MintedToken,
): void {
  const { terminal } = deps;
  const { target, plan } = destination;
  // Where the app credentials went, as the plan wrote them (Actions copies, not Dependabot's).
  const appKey = plan.find((write) => write.holds === 'app-key' && write.store !== 'dependabot');
  const appSecret = plan.find((write) => write.holds === 'app-secret' && write.store === 'actions');
  const out = options.printRefreshToken ? terminal.err : terminal.out;
  const lines: string[] = [''];
  if (target !== undefined) {
    lines.push(
      style(terminal, 'green', `${options.dryRun ? 'Would write' : 'Wrote'} to the ${describeTarget(target)}:`),
    );
    for (const w of written) lines.push(`  ${w.name}  ${w.result}`);
    lines.push('', 'Use it in a workflow:', '');
    lines.push(
      workflowSnippet({
        appKey: options.appKey,
        appKeyFrom:
          appKey === undefined
            ? 'inline'
            : appKey.store === 'variables'
              ? { variable: appKey.name }
              : { secret: appKey.name },
        appSecretUsed: options.appSecret !== undefined,
        appSecretSecretName: appSecret?.name,
        refreshTokenSecretName: options.secretName,
        environment: target.kind === 'environment' ? target.environment : undefined,
        owner: minted.owner.kind,
      }),
    );
    if (target.kind === 'environment')
      lines.push('', `Only jobs that declare environment: ${target.environment} receive these secrets.`);
    if (options.dependabot)
      lines.push(
        '',
        'Runs that Dependabot triggers read the Dependabot copies under the same names: the step above works there too.',
      );
  }
  out.write(`${lines.join('\n')}\n`);
}

export function storedWhere(options: BootstrapOptions, target: SecretTarget | undefined): string {
  if (target === undefined) return 'your terminal only (--print-refresh-token)';
  const where = `the ${options.secretName} secret of the ${describeTarget(target)}`;
  return options.dryRun ? `nowhere yet (dry run): ${where}` : where;
}

/** Where the broker stanza went and which variable its refresh token belongs in. */
export function reportBrokerConfig(deps: BootstrapDeps, broker: BrokerStanza | undefined): void {
  if (broker === undefined) return;
  say(
    deps,
    `  Wrote the broker configuration for identity ${broker.identity} (${broker.repository}) to ${broker.file}; its refresh token belongs in ${broker.refreshTokenEnv}.`,
  );
}
