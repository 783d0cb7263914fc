// Which tags a release of the action creates and moves. Pure: the CLI beside it feeds it the
// version and the existing tags, then runs the git commands it returns.

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-.]+)?$/;

/** Parses `1.2.3` or `1.2.3-rc.1` (a leading `v` allowed); undefined for anything else. */
export function parseVersion(text) {
  const match = SEMVER.exec(text.startsWith('v') ? text.slice(1) : text);
  if (match === null) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease: match[4] };
}

function compareStable(a, b) {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/**
 * @param {{ version: string, existingTags: string[] }} input
 * @returns {{ releaseTag: string, createReleaseTag: boolean, majorTag: string | undefined, reason: string }}
 *   `majorTag` is the tag to move to the release (e.g. `v1`), or undefined when it must stay.
 */
export function planActionTags({ version, existingTags }) {
  const parsed = parseVersion(version);
  if (parsed === undefined || version.startsWith('v'))
    throw new Error(`"${version}" is not a release version such as 1.2.3 or 1.3.0-rc.1`);
  const releaseTag = `v${version}`;
  const createReleaseTag = !existingTags.includes(releaseTag);
  const major = `v${parsed.major}`;
  if (parsed.prerelease !== undefined) {
    return {
      releaseTag,
      createReleaseTag,
      majorTag: undefined,
      reason: `${releaseTag} is a prerelease: ${major} stays where it is`,
    };
  }
  if (parsed.major === 0) {
    return {
      releaseTag,
      createReleaseTag,
      majorTag: undefined,
      reason: `${releaseTag} is before 1.0.0: no moving major tag`,
    };
  }
  const newer = existingTags
    .map((tag) => ({ tag, parsed: parseVersion(tag) }))
    .filter(
      ({ tag, parsed: other }) =>
        tag.startsWith('v') && other !== undefined && other.prerelease === undefined && other.major === parsed.major,
    )
    .filter(({ parsed: other }) => compareStable(other, parsed) > 0)
    .map(({ tag }) => tag);
  if (newer.length > 0) {
    return {
      releaseTag,
      createReleaseTag,
      majorTag: undefined,
      reason: `${newer.sort().at(-1)} is newer than ${releaseTag}: ${major} stays on the newest release`,
    };
  }
  return {
    releaseTag,
    createReleaseTag,
    majorTag: major,
    reason: `${releaseTag} is the newest stable ${major} release: ${major} moves to it`,
  };
}
