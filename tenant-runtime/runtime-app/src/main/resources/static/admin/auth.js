// Sign-in through the shop's own Keycloak realm: authorization code with PKCE S256 and the
// public client "admin" (docs/adr/0016, 0039). The app never sees a password; tokens live in
// this tab's sessionStorage only and go only to the shop's own API.

const SESSION = 'rustok.admin.session';
const PENDING = 'rustok.admin.pending-sign-in';
const SIGNED_OUT = 'rustok.admin.signed-out';

export const CALLBACK_PATH = '/admin/auth/callback';

export async function loadConfig() {
	const response = await fetch('/admin/config.json', { headers: { Accept: 'application/json' } });
	if (!response.ok) {
		throw new Error(`The shop did not say where to sign in (${response.status})`);
	}
	return response.json();
}

function endpoint(config, name) {
	return `${config.issuer}/protocol/openid-connect/${name}`;
}

function callbackUri() {
	return location.origin + CALLBACK_PATH;
}

function randomText() {
	const bytes = crypto.getRandomValues(new Uint8Array(32));
	return base64Url(bytes);
}

function base64Url(bytes) {
	let binary = '';
	bytes.forEach((byte) => {
		binary += String.fromCharCode(byte);
	});
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function challengeOf(verifier) {
	if (!crypto.subtle) {
		// only secure contexts have it: https, or http on localhost and *.localhost
		throw new Error('Sign-in needs https (or a localhost address) for its PKCE challenge');
	}
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
	return base64Url(new Uint8Array(digest));
}

/** Leaves for the realm's login page; it comes back to the callback address. */
export async function signIn(config) {
	const verifier = randomText();
	const state = randomText();
	sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, returnTo: location.hash || '#/products' }));
	sessionStorage.removeItem(SIGNED_OUT);
	const query = new URLSearchParams({
		client_id: config.clientId,
		response_type: 'code',
		scope: 'openid',
		redirect_uri: callbackUri(),
		state,
		code_challenge: await challengeOf(verifier),
		code_challenge_method: 'S256',
	});
	location.assign(`${endpoint(config, 'auth')}?${query}`);
}

export function isCallback() {
	return location.pathname === CALLBACK_PATH;
}

/** Trades the code for tokens, then leaves the callback address for the view asked for. */
export async function completeSignIn(config) {
	const answer = new URLSearchParams(location.search);
	const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
	sessionStorage.removeItem(PENDING);
	if (answer.get('error')) {
		throw new Error(answer.get('error_description') || answer.get('error'));
	}
	if (!pending || !answer.get('code') || answer.get('state') !== pending.state) {
		throw new Error('This sign-in answer was not started in this tab; sign in again');
	}
	keep(await tokenRequest(config, {
		grant_type: 'authorization_code',
		code: answer.get('code'),
		redirect_uri: callbackUri(),
		code_verifier: pending.verifier,
	}));
	history.replaceState(null, '', `/admin/${pending.returnTo}`);
}

async function tokenRequest(config, form) {
	const response = await fetch(endpoint(config, 'token'), {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ client_id: config.clientId, ...form }),
	});
	const body = await response.json().catch(() => ({}));
	if (!response.ok) {
		throw new Error(body.error_description || body.error || `Sign-in failed (${response.status})`);
	}
	return body;
}

function keep(tokens) {
	sessionStorage.setItem(SESSION, JSON.stringify({
		accessToken: tokens.access_token,
		refreshToken: tokens.refresh_token,
		idToken: tokens.id_token,
		expiresAt: Date.now() + tokens.expires_in * 1000,
	}));
}

function session() {
	return JSON.parse(sessionStorage.getItem(SESSION) || 'null');
}

export function forget() {
	sessionStorage.removeItem(SESSION);
}

/** A valid access token, refreshed when it is about to expire; null when signed out. */
export async function accessToken(config) {
	const current = session();
	if (!current) {
		return null;
	}
	if (Date.now() < current.expiresAt - 20_000) {
		return current.accessToken;
	}
	if (current.refreshToken) {
		try {
			keep(await tokenRequest(config, { grant_type: 'refresh_token', refresh_token: current.refreshToken }));
			return session().accessToken;
		}
		catch (error) {
			// the realm session ended: sign in again
		}
	}
	forget();
	return null;
}

export function wasSignedOut() {
	return sessionStorage.getItem(SIGNED_OUT) !== null;
}

/** Ends the realm session too, so the next sign-in asks for the password again. */
export function signOut(config) {
	const current = session();
	forget();
	sessionStorage.setItem(SIGNED_OUT, 'yes');
	const query = new URLSearchParams({ client_id: config.clientId, post_logout_redirect_uri: `${location.origin}/admin/` });
	if (current && current.idToken) {
		query.set('id_token_hint', current.idToken);
	}
	location.assign(`${endpoint(config, 'logout')}?${query}`);
}

/** Who is signed in and with which realm roles, read from the token (shown, never trusted). */
export function whoIsSignedIn() {
	const current = session();
	if (!current) {
		return null;
	}
	try {
		const payload = current.accessToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
		const claims = JSON.parse(decodeURIComponent(escape(atob(payload))));
		return { name: claims.preferred_username || claims.email || '', roles: (claims.realm_access || {}).roles || [] };
	}
	catch (error) {
		return null;
	}
}
