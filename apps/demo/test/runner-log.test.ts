import { describe, expect, it } from 'vitest';
import { renderSummary } from '../src/render-summary.js';
import { applyMasks, renderRunnerLog } from '../src/runner-log.js';
import { describeRequest } from '../src/start-demo.js';

describe('renderRunnerLog', () => {
  it('consumes workflow commands and masks registered values from then on', () => {
    const stdout = [
      'before sl.SECRET',
      '::add-mask::sl.SECRET',
      'after sl.SECRET',
      '::debug::hidden',
      '::error::failed for sl.SECRET%0Anext',
      '',
    ].join('\n');
    const { lines, masks } = renderRunnerLog(stdout);
    expect(lines).toEqual(['before sl.SECRET', 'after ***', 'Error: failed for ***\nnext']);
    expect(masks).toEqual(['sl.SECRET']);
    expect(applyMasks('x sl.SECRET y', masks)).toBe('x *** y');
  });
});

describe('renderSummary', () => {
  it('turns the HTML table into aligned text', () => {
    const lines = renderSummary(
      '<h3>Title</h3>\n<table><tr><th>Item</th><th>Value</th></tr><tr><td>Scopes</td><td><code>a</code> &lt;b&gt;</td></tr></table>\nNote',
    );
    expect(lines).toEqual(['Title', '  Item    Value', '  ------  -----', '  Scopes  a <b>', 'Note']);
  });
});

describe('describeRequest', () => {
  it('redacts secret fields, auth headers and masked values', () => {
    const line = describeRequest(
      {
        method: 'POST',
        path: '/oauth2/token',
        query: {},
        headers: { authorization: 'Basic abc' },
        body: { grant_type: 'refresh_token', refresh_token: 'RT', client_id: 'KEY', note: 'has sl.X' },
        rawBody: '',
        status: 200,
        at: 0,
      },
      ['sl.X'],
    );
    expect(line).toBe(
      'POST /oauth2/token [Basic ***] → 200  grant_type=refresh_token refresh_token=*** client_id=KEY note=has ***',
    );
  });
});
