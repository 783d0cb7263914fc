import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_REF, workflowSnippet } from '../src/commands/mint/workflow-snippet.js';

describe('workflowSnippet', () => {
  it('is valid YAML that uses exactly the secrets written', () => {
    const text = workflowSnippet({
      appKey: 'k',
      appKeyFrom: { secret: 'DROPBOX_APP_KEY' },
      appSecretUsed: true,
      appSecretSecretName: 'DROPBOX_APP_SECRET',
      refreshTokenSecretName: 'MY_TOKEN',
      environment: 'prod/eu',
      owner: 'individual',
    });
    const doc = parse(text) as {
      jobs: { upload: { environment: string; steps: { uses?: string; with?: Record<string, string> }[] } };
    };
    expect(doc.jobs.upload.environment).toBe('prod/eu');
    expect(doc.jobs.upload.steps[0]).toEqual({
      uses: ACTION_REF,
      id: 'dropbox',
      with: {
        'app-key': '${{ secrets.DROPBOX_APP_KEY }}',
        'app-secret': '${{ secrets.DROPBOX_APP_SECRET }}',
        'refresh-token': '${{ secrets.MY_TOKEN }}',
      },
    });
  });

  it('puts the (non-secret) app key inline when it was not stored, and no app-secret for PKCE', () => {
    const text = workflowSnippet({
      appKey: 'abc123',
      appKeyFrom: 'inline',
      appSecretUsed: false,
      appSecretSecretName: undefined,
      refreshTokenSecretName: 'DROPBOX_REFRESH_TOKEN',
      environment: undefined,
      owner: 'individual',
    });
    const step = (parse(text) as { jobs: { upload: { steps: { with?: Record<string, string> }[] } } }).jobs.upload
      .steps[0]!;
    expect(step.with).toEqual({ 'app-key': 'abc123', 'refresh-token': '${{ secrets.DROPBOX_REFRESH_TOKEN }}' });
  });

  it.each([
    ['individual', undefined, 'users/get_current_account'],
    ['team-member', true, 'Dropbox-API-Path-Root: ${{ steps.dropbox.outputs.path-root }}'],
    ['team', true, 'Dropbox-API-Select-Admin: ${{ steps.dropbox.outputs.team-member-id }}'],
  ] as const)('for a %s token: valid YAML, verify %s, and a first call that fits (%s)', (owner, verify, call) => {
    const text = workflowSnippet({
      appKey: 'k',
      appKeyFrom: { variable: 'DROPBOX_APP_KEY' },
      appSecretUsed: false,
      appSecretSecretName: undefined,
      refreshTokenSecretName: 'DROPBOX_REFRESH_TOKEN',
      environment: undefined,
      owner,
    });
    const steps = (parse(text) as { jobs: { upload: { steps: { with?: Record<string, unknown>; run?: string }[] } } })
      .jobs.upload.steps;
    expect(steps[0]!.with?.['verify']).toBe(verify);
    expect(steps[1]!.run).toContain(call);
  });
});
