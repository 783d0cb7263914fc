"""The official Dropbox Python SDK (Debian's python3-dropbox), unmodified, against the emulator.

Reads the emulator's coordinates and seeded tokens as JSON on standard input, runs each case, and
prints one JSON line per case: {"case": NAME, "ok": true|false, "detail": TEXT}. The only change to
the SDK's behaviour is a requests session that sends the SDK's https:// requests to the emulator's
loopback host over http:// (DROPBOX_API_HOST and DROPBOX_WEB_HOST already name that host).
"""
import json
import re
import sys

import requests

import dropbox
from dropbox import DropboxOAuth2FlowNoRedirect
from dropbox.exceptions import AuthError, RateLimitError

config = json.load(sys.stdin)
HOSTS = [config["api_host"], config["web_host"]]


class EmulatorSession(requests.Session):
    """https://HOST -> http://HOST for the emulator's host only; everything else as requests does it."""

    def request(self, method, url, *args, **kwargs):
        for host in HOSTS:
            url = url.replace("https://" + host, "http://" + host)
        return super().request(method, url, *args, **kwargs)


def session():
    return EmulatorSession()


def user_client(refresh_token, secret=None, scope=None):
    return dropbox.Dropbox(
        oauth2_refresh_token=refresh_token,
        app_key=config["app_key"],
        app_secret=secret,
        scope=scope,
        session=session(),
    )


def team_client():
    return dropbox.DropboxTeam(
        oauth2_refresh_token=config["team_refresh_token"], app_key=config["app_key"], session=session()
    )


def refresh_with_secret():
    account = user_client(config["confidential_refresh_token"], secret=config["app_secret"]).users_get_current_account()
    assert len(account.account_id) == 40, account.account_id
    return account.account_id


def refresh_with_pkce():
    account = user_client(config["pkce_refresh_token"]).users_get_current_account()
    assert account.email == config["email"], account.email
    return account.name.display_name


def scope_narrowing():
    narrow = user_client(config["pkce_refresh_token"], scope=["files.content.read"])
    narrow.refresh_access_token(scope=["files.content.read"])
    try:
        narrow.users_get_current_account()
    except AuthError as error:
        assert error.error.is_missing_scope(), error.error
        return "missing_scope: " + error.error.get_missing_scope().required_scope
    raise AssertionError("a token narrowed to files.content.read read the account")


def team_get_info():
    info = team_client().team_get_info()
    # Fields 11.34's stone-generated types require (newer ones it does not know are ignored).
    assert info.policies.suggest_members_policy.is_enabled()
    assert info.policies.sharing.shared_link_create_policy.is_team_only()
    return info.name


def team_authenticated_admin():
    admin = team_client().team_token_get_authenticated_admin().admin_profile
    assert admin.team_member_id == config["admin_member_id"], admin.team_member_id
    assert len(admin.account_id) == 40
    return admin.email


def team_as_user_and_as_admin():
    team = team_client()
    member = team.as_user(config["member_member_id"]).users_get_current_account()
    admin = team.as_admin(config["admin_member_id"]).users_get_current_account()
    assert member.team_member_id == config["member_member_id"]
    assert admin.team_member_id == config["admin_member_id"]
    return member.email + " / " + admin.email


def member_own_token():
    account = user_client(config["member_refresh_token"]).users_get_current_account()
    sharing = account.team.sharing_policies
    assert sharing.shared_folder_member_policy.is_team()
    assert isinstance(account.root_info, dropbox.common.TeamRootInfo), account.root_info
    return account.team.name


def unknown_refresh_token():
    try:
        user_client("x" * 64).users_get_current_account()
    except AuthError as error:
        return "AuthError " + str(error.error)
    raise AssertionError("an unknown refresh token was accepted")


def no_redirect_pkce_flow():
    flow = DropboxOAuth2FlowNoRedirect(
        config["app_key"], use_pkce=True, token_access_type="offline", scope=["account_info.read"], timeout=10
    )
    flow.requests_session = session()
    url = flow.start()
    # The person: opens the URL, clicks Allow, copies the code off the page.
    page = requests.get(url.replace("https://", "http://"), headers={"x-emulator-consent": "approve"}, timeout=10)
    found = re.search(r'id="code" readonly value="([^"]+)"', page.text)
    assert found, "no code on the page (HTTP %d): %s" % (page.status_code, re.sub(r'<style.*?</style>|\s+', ' ', page.text, flags=re.S)[:600])
    code = found.group(1)
    result = flow.finish(code)
    assert result.refresh_token and result.account_id and len(result.account_id) == 40
    user_client(result.refresh_token).users_get_current_account()
    return "refresh token of " + result.account_id


def rate_limit_backoff():
    client = dropbox.Dropbox(
        oauth2_refresh_token=config["pkce_refresh_token"],
        app_key=config["app_key"],
        session=session(),
        max_retries_on_rate_limit=0,
    )
    try:
        client.check_user("rate")
    except RateLimitError as error:
        assert error.backoff == config["retry_after"], error.backoff
        return "backoff " + str(error.backoff)
    raise AssertionError("no RateLimitError")


CASES = [
    refresh_with_secret,
    refresh_with_pkce,
    scope_narrowing,
    team_get_info,
    team_authenticated_admin,
    team_as_user_and_as_admin,
    member_own_token,
    unknown_refresh_token,
    no_redirect_pkce_flow,
    rate_limit_backoff,
]

for case in CASES:
    try:
        detail = case()
        print(json.dumps({"case": case.__name__, "ok": True, "detail": str(detail)}), flush=True)
    except Exception as error:  # noqa: BLE001 - every failure is reported, with its type
        print(json.dumps({"case": case.__name__, "ok": False, "detail": type(error).__name__ + ": " + str(error)}), flush=True)
