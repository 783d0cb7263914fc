import { describe, expect, it } from 'vitest';
import { INPUTS, InputError, readInputs } from '../src/inputs.js';

const base = { 'app-key': 'appkey123', 'refresh-token': 'r'.repeat(64) };
const read = (inputs: Record<string, string>) => readInputs((name) => inputs[name] ?? '');

describe('readInputs', () => {
  it('applies the defaults', () => {
    expect(read(base)).toEqual({
      source: { kind: 'refresh', appKey: 'appkey123', appSecret: undefined, refreshToken: 'r'.repeat(64) },
      scope: undefined,
      exportEnv: undefined,
      verify: false,
      rcloneRemote: undefined,
      apiUrl: 'https://api.dropboxapi.com',
      timeoutSeconds: 60,
    });
  });

  it('reads every input', () => {
    expect(
      read({
        ...base,
        'app-secret': 's3cret',
        scope: ' a.read  b.write ',
        'export-env': 'DROPBOX_ACCESS_TOKEN',
        verify: 'true',
        'api-url': 'http://127.0.0.1:9',
        'timeout-seconds': '2.5',
      }),
    ).toMatchObject({
      source: { appSecret: 's3cret' },
      scope: ['a.read', 'b.write'],
      exportEnv: 'DROPBOX_ACCESS_TOKEN',
      verify: true,
      apiUrl: 'http://127.0.0.1:9',
      timeoutSeconds: 2.5,
    });
  });

  it.each([
    [{ 'app-key': '' }, /app-key input is empty/],
    [{ 'app-key': 'a b' }, /app-key input contains whitespace/],
    [{ 'refresh-token': '' }, /forks and by Dependabot/],
    [{ 'refresh-token': 'abc\ndef' }, /line break/],
    [{ 'refresh-token': `sl.u.${'A'.repeat(140)}` }, /holds an access token, not a refresh token/],
    [{ 'app-secret': 'a b' }, /app-secret input contains whitespace/],
    [{ scope: 'files.read ::set-output' }, /invalid scope name/],
    [{ 'export-env': '1TOKEN' }, /not a valid environment variable name/],
    [{ 'export-env': 'A=B' }, /not a valid environment variable name/],
    [{ 'export-env': 'GITHUB_TOKEN' }, /reserves/],
    [{ 'export-env': 'NODE_OPTIONS' }, /reserves/],
    [{ verify: 'maybe' }, /verify input must be true or false/],
    [{ 'rclone-remote': 'my-remote' }, /not a name rclone can read/],
    [{ 'broker-url': 'https://broker.example', 'app-key': '', 'refresh-token': '' }, /identity input is empty/],
    [{ 'broker-url': 'https://broker.example', identity: 'docs' }, /leave those inputs out/],
    [
      { 'broker-url': 'http://broker.example', identity: 'docs', 'app-key': '', 'refresh-token': '' },
      /must be an https URL/,
    ],
    [{ identity: 'docs' }, /only applies with broker-url/],
    [
      { 'broker-url': 'https://b.example', identity: 'a b', 'app-key': '', 'refresh-token': '' },
      /not an identity name/,
    ],
    [{ 'rclone-remote': '1st' }, /not a name rclone can read/],
    [{ 'api-url': 'api.dropboxapi.com' }, /not an absolute URL/],
    [{ 'api-url': 'file:///etc/passwd' }, /must be an https URL/],
    [{ 'api-url': 'http://proxy.example.com:8080' }, /clear text/],
    [{ 'timeout-seconds': '0' }, /from 1 to 3600/],
    [{ 'timeout-seconds': '1e3' }, /from 1 to 3600/],
    [{ 'timeout-seconds': '99999' }, /from 1 to 3600/],
  ])('refuses %o with a message that names the fix', (override, message) => {
    expect(() => read({ ...base, ...override })).toThrow(InputError);
    expect(() => read({ ...base, ...override })).toThrow(message);
  });

  it('keyless: broker-url and identity, and no Dropbox credential at all', () => {
    expect(read({ 'broker-url': 'https://broker.example/', identity: 'deploy-docs' }).source).toEqual({
      kind: 'broker',
      brokerUrl: 'https://broker.example',
      identity: 'deploy-docs',
    });
  });

  it('names the wrong credential without quoting it', () => {
    const accessToken = `sl.u.${'Q'.repeat(140)}`;
    try {
      read({ ...base, 'refresh-token': accessToken });
      throw new Error('accepted an access token');
    } catch (error) {
      expect((error as Error).message).not.toContain('QQQQ');
    }
  });

  it.each(Object.keys(INPUTS))('never puts the value of %s into its message', (name) => {
    // Every one of these values is refused: the test fails if one is accepted, or quoted.
    const secretish = 'SECRET VALUE\nWITH ::LINES';
    const error = (() => {
      try {
        read({ ...base, [name]: secretish });
      } catch (caught) {
        return caught;
      }
      throw new Error(`${name} accepted a value with a line break`);
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).not.toContain('SECRET');
  });
});
