import { describe, expect, it } from 'vitest';
import { parseVersion, planActionTags } from '../src/plan-action-tags.mjs';

describe('planActionTags', () => {
  it('a stable release creates its tag and moves the major tag', () => {
    expect(planActionTags({ version: '1.2.0', existingTags: ['v1', 'v1.0.0', 'v1.1.0'] })).toMatchObject({
      releaseTag: 'v1.2.0',
      createReleaseTag: true,
      majorTag: 'v1',
    });
  });

  it('a first major release creates the major tag', () => {
    expect(planActionTags({ version: '2.0.0', existingTags: ['v1', 'v1.4.0'] })).toMatchObject({
      releaseTag: 'v2.0.0',
      majorTag: 'v2',
    });
  });

  it('a prerelease never moves the major tag', () => {
    const plan = planActionTags({ version: '1.3.0-rc.1', existingTags: ['v1', 'v1.2.0'] });
    expect(plan).toMatchObject({ releaseTag: 'v1.3.0-rc.1', createReleaseTag: true, majorTag: undefined });
    expect(plan.reason).toContain('prerelease');
    expect(planActionTags({ version: '2.0.0-beta.0', existingTags: ['v1', 'v1.2.0'] }).majorTag).toBeUndefined();
  });

  it('a patch of an older line does not move the major tag back', () => {
    const plan = planActionTags({ version: '1.2.1', existingTags: ['v1', 'v1.2.0', 'v1.3.0'] });
    expect(plan.majorTag).toBeUndefined();
    expect(plan.reason).toContain('v1.3.0 is newer');
  });

  it('a newer prerelease or another major does not hold the major tag back', () => {
    expect(planActionTags({ version: '1.2.1', existingTags: ['v1', 'v1.2.0', 'v1.3.0-rc.1', 'v2.0.0'] }).majorTag).toBe(
      'v1',
    );
  });

  it('re-running for an existing release tag does not recreate it, and still moves the major tag', () => {
    expect(planActionTags({ version: '1.2.0', existingTags: ['v1', 'v1.2.0'] })).toMatchObject({
      createReleaseTag: false,
      majorTag: 'v1',
    });
  });

  it('0.x releases have no moving major tag', () => {
    expect(planActionTags({ version: '0.4.0', existingTags: [] }).majorTag).toBeUndefined();
  });

  it('refuses what is not a version', () => {
    for (const version of ['v1.2.0', '1.2', '01.2.3', '1.2.3 ', 'latest', ''])
      expect(() => planActionTags({ version, existingTags: [] })).toThrow(/not a release version/);
  });

  it('parses versions strictly', () => {
    expect(parseVersion('1.10.0-rc.2+build.5')).toEqual({ major: 1, minor: 10, patch: 0, prerelease: 'rc.2' });
    expect(parseVersion('v3.0.1')).toEqual({ major: 3, minor: 0, patch: 1, prerelease: undefined });
    expect(parseVersion('1.2.3.4')).toBeUndefined();
  });
});
