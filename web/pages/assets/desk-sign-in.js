/*
 * How a desk signs in, per window.RMT_DESK.signIn:
 * - "local": a developer chooses a region; the embedded stack takes the access key id <stack>-desk-<amxx> as the
 *   role and checks the signature's form only.
 * - "cognito": the user pool's hosted sign-in (authorisation code with PKCE), then the identity pool exchanges the
 *   ID token for short-lived credentials of the member's group role <stack>-desk-amXX. The region is that group's.
 * Tokens and credentials live in this tab's sessionStorage only.
 */
(function () {
  'use strict';
  const config = window.RMT_DESK;
  const store = window.sessionStorage;
  const KEY = 'rmt-desk-session';

  const base64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const random = (size) => base64url(crypto.getRandomValues(new Uint8Array(size)));
  const here = () => window.location.origin + window.location.pathname;

  function saved() {
    const session = JSON.parse(store.getItem(KEY) || 'null');
    if (session && session.expires && Date.parse(session.expires) < Date.now() + 60000) {
      store.removeItem(KEY);
      return null;
    }
    return session;
  }

  async function identityCall(target, body) {
    const response = await fetch(`https://cognito-identity.${config.awsRegion}.amazonaws.com/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityService.${target}` },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${target} ${response.status}`);
    return response.json();
  }

  // The redirect back from the hosted sign-in carries ?code=&state=; exchanged once, then removed from the address.
  async function finishCognitoSignIn() {
    const query = new URLSearchParams(window.location.search);
    if (!query.has('code')) return;
    window.history.replaceState(null, '', here());
    const expected = store.getItem('rmt-desk-state');
    const verifier = store.getItem('rmt-desk-verifier');
    store.removeItem('rmt-desk-state');
    store.removeItem('rmt-desk-verifier');
    if (!expected || query.get('state') !== expected) throw new Error('state');
    const tokens = await fetch(`${config.signInUrl}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', client_id: config.clientId,
        code: query.get('code'), redirect_uri: here(), code_verifier: verifier }),
    }).then((response) => {
      if (!response.ok) throw new Error(`token ${response.status}`);
      return response.json();
    });
    const claims = JSON.parse(atob(tokens.id_token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    const group = (claims['cognito:groups'] || []).find((name) => /^desk-am\d{2}$/.test(name));
    if (!group) throw new Error('no desk group');
    const logins = { [config.userPool]: tokens.id_token };
    const { IdentityId } = await identityCall('GetId', { IdentityPoolId: config.identityPoolId, Logins: logins });
    const { Credentials } = await identityCall('GetCredentialsForIdentity', { IdentityId, Logins: logins });
    store.setItem(KEY, JSON.stringify({
      region: group.slice('desk-'.length).toUpperCase(),
      accessKeyId: Credentials.AccessKeyId,
      secretAccessKey: Credentials.SecretKey,
      sessionToken: Credentials.SessionToken,
      expires: new Date(Credentials.Expiration * 1000).toISOString(),
    }));
  }

  window.RMT_DESK_SIGN_IN = {
    mode: config.signIn,
    /** The API's base: the stack's own origin locally; on AWS the API's domain, whose name the signature covers. */
    apiUrl: config.apiUrl || window.location.origin,

    async ready() {
      if (config.signIn === 'cognito') await finishCognitoSignIn();
      return saved();
    },

    async signIn(region) {
      if (config.signIn === 'local') {
        store.setItem(KEY, JSON.stringify({ region, accessKeyId: `${config.stack}-desk-${region.toLowerCase()}`,
          secretAccessKey: 'local' }));
        return;
      }
      const verifier = random(48);
      const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
      const state = random(16);
      store.setItem('rmt-desk-verifier', verifier);
      store.setItem('rmt-desk-state', state);
      window.location.assign(`${config.signInUrl}/oauth2/authorize?${new URLSearchParams({
        response_type: 'code', client_id: config.clientId, redirect_uri: here(), scope: 'openid email',
        state, code_challenge_method: 'S256', code_challenge: challenge })}`);
    },

    signOut() {
      store.removeItem(KEY);
      if (config.signIn === 'cognito') {
        window.location.assign(`${config.signInUrl}/logout?${new URLSearchParams({
          client_id: config.clientId, logout_uri: here() })}`);
      }
    },
  };
}());
