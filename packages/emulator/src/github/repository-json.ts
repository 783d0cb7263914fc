import type { RepositoryRecord } from './github-state.js';

const REPO_URL_FIELDS: Record<string, string> = {
  archive_url: '/{archive_format}{/ref}',
  assignees_url: '/assignees{/user}',
  blobs_url: '/git/blobs{/sha}',
  branches_url: '/branches{/branch}',
  collaborators_url: '/collaborators{/collaborator}',
  comments_url: '/comments{/number}',
  commits_url: '/commits{/sha}',
  compare_url: '/compare/{base}...{head}',
  contents_url: '/contents/{+path}',
  contributors_url: '/contributors',
  deployments_url: '/deployments',
  downloads_url: '/downloads',
  events_url: '/events',
  forks_url: '/forks',
  git_commits_url: '/git/commits{/sha}',
  git_refs_url: '/git/refs{/sha}',
  git_tags_url: '/git/tags{/sha}',
  hooks_url: '/hooks',
  issue_comment_url: '/issues/comments{/number}',
  issue_events_url: '/issues/events{/number}',
  issues_url: '/issues{/number}',
  keys_url: '/keys{/key_id}',
  labels_url: '/labels{/name}',
  languages_url: '/languages',
  merges_url: '/merges',
  milestones_url: '/milestones{/number}',
  notifications_url: '/notifications{?since,all,participating}',
  pulls_url: '/pulls{/number}',
  releases_url: '/releases{/id}',
  stargazers_url: '/stargazers',
  statuses_url: '/statuses/{sha}',
  subscribers_url: '/subscribers',
  subscription_url: '/subscription',
  tags_url: '/tags',
  teams_url: '/teams',
  trees_url: '/git/trees{/sha}',
};

const OWNER_URL_FIELDS: Record<string, string> = {
  events_url: '/events{/privacy}',
  followers_url: '/followers',
  following_url: '/following{/other_user}',
  gists_url: '/gists{/gist_id}',
  organizations_url: '/orgs',
  received_events_url: '/received_events',
  repos_url: '/repos',
  starred_url: '/starred{/owner}{/repo}',
  subscriptions_url: '/subscriptions',
};

/** The `full-repository` object GitHub answers `GET /repos/{owner}/{repo}` with, every required field present. */
export function repositoryJson(repo: RepositoryRecord, apiBase: string): Record<string, unknown> {
  const fullName = `${repo.owner}/${repo.name}`;
  const url = `${apiBase}/repos/${fullName}`;
  const ownerUrl = `${apiBase}/users/${repo.owner}`;
  const stamp = '2024-01-01T00:00:00Z';
  const owner: Record<string, unknown> = {
    login: repo.owner,
    id: 9919,
    node_id: 'MDEyOk9yZ2FuaXphdGlvbjk5MTk=',
    avatar_url: `https://avatars.githubusercontent.com/u/9919?v=4`,
    gravatar_id: '',
    url: ownerUrl,
    html_url: `https://github.com/${repo.owner}`,
    type: 'Organization',
    site_admin: false,
  };
  for (const [field, suffix] of Object.entries(OWNER_URL_FIELDS)) owner[field] = `${ownerUrl}${suffix}`;
  const json: Record<string, unknown> = {
    id: repo.id,
    node_id: Buffer.from(`010:Repository${repo.id}`).toString('base64'),
    name: repo.name,
    full_name: fullName,
    owner,
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    html_url: `https://github.com/${fullName}`,
    description: null,
    fork: false,
    url,
  };
  for (const [field, suffix] of Object.entries(REPO_URL_FIELDS)) json[field] = `${url}${suffix}`;
  Object.assign(json, {
    created_at: stamp,
    updated_at: stamp,
    pushed_at: stamp,
    git_url: `git://github.com/${fullName}.git`,
    ssh_url: `git@github.com:${fullName}.git`,
    clone_url: `https://github.com/${fullName}.git`,
    svn_url: `https://github.com/${fullName}`,
    homepage: null,
    size: 0,
    stargazers_count: 0,
    watchers_count: 0,
    language: null,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: 0,
    license: null,
    forks: 0,
    open_issues: 0,
    watchers: 0,
    default_branch: 'main',
    network_count: 0,
    subscribers_count: 0,
  });
  return json;
}
