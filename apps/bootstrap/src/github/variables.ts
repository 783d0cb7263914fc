import type { SecretTarget } from './target.js';
import { gitHubFailure, statusOf } from './errors.js';
import { type GitHubRequester, headers, pathParameters, request, routeFor } from './request.js';
import { type OrgVisibility, type WriteResult, audienceFields } from './secrets.js';

/** Whether a variable exists at the target (also the check that the token can read variables there). */
export async function variableExists(github: GitHubRequester, target: SecretTarget, name: string): Promise<boolean> {
  try {
    await request(github, `GET ${routeFor(target, '/{name}', 'variables')}`, {
      ...pathParameters(target),
      name,
      headers,
    });
    return true;
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw gitHubFailure(error, target, `reading the variable ${name}`, github, 'variables');
  }
}

/**
 * Stores an Actions variable (plain text: the app key, which every authorize URL shows): updates
 * one that `exists`, else creates it, updating after all on a 409 (created meanwhile). Without an
 * audience, an update keeps an organization variable's.
 */
export async function storeVariable(
  github: GitHubRequester,
  target: SecretTarget,
  name: string,
  value: string,
  audience: OrgVisibility | undefined,
  exists: boolean,
): Promise<WriteResult> {
  const where = pathParameters(target);
  if (!exists)
    try {
      const body: Record<string, unknown> = { name, value, ...audienceFields(audience) };
      await request(github, `POST ${routeFor(target, '', 'variables')}`, { ...where, ...body, headers });
      return 'created';
    } catch (error) {
      if (statusOf(error) !== 409)
        throw gitHubFailure(error, target, `writing the variable ${name}`, github, 'variables');
    }
  try {
    // Without an audience the PATCH leaves the organization variable's audience as it is.
    const body: Record<string, unknown> = { name, value, ...audienceFields(audience) };
    await request(github, `PATCH ${routeFor(target, '/{name}', 'variables')}`, { ...where, ...body, headers });
    return 'updated';
  } catch (error) {
    throw gitHubFailure(error, target, `writing the variable ${name}`, github, 'variables');
  }
}
