#!/usr/bin/env node
// Tags a release of the action: creates vX.Y.Z when missing and moves vX when the plan says so
// (plan-action-tags.mjs). Run from the repository root after the packages were versioned.
// Usage: tag-action-release [--dry-run] [--remote origin]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { planActionTags } from './plan-action-tags.mjs';

const { values } = parseArgs({
  options: { 'dry-run': { type: 'boolean', default: false }, remote: { type: 'string', default: 'origin' } },
  strict: true,
});

function git(args) {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

const { version } = JSON.parse(readFileSync(join(process.cwd(), 'packages/action/package.json'), 'utf8'));
const existingTags = git(['tag', '--list', 'v*']).split('\n').filter(Boolean);
const plan = planActionTags({ version, existingTags });
console.log(plan.reason);

const commands = [];
if (plan.createReleaseTag)
  commands.push(['tag', plan.releaseTag], ['push', values.remote, `refs/tags/${plan.releaseTag}`]);
else console.log(`${plan.releaseTag} exists already`);
if (plan.majorTag !== undefined)
  commands.push(
    ['tag', '--force', plan.majorTag, `${plan.releaseTag}^{commit}`],
    ['push', '--force', values.remote, `refs/tags/${plan.majorTag}`],
  );

for (const command of commands) {
  console.log(`${values['dry-run'] ? 'would run' : 'running'}: git ${command.join(' ')}`);
  if (!values['dry-run']) git(command);
}
