// The shop admin: signs in, then shows one view per #/ fragment.
import { completeSignIn, isCallback, loadConfig, signIn, signOut, wasSignedOut, whoIsSignedIn, accessToken } from './auth.js';
import { useConfig } from './api.js';
import { h, notice, show } from './dom.js';
import { productList } from './products.js';
import { productEditor } from './product-editor.js';
import { collections } from './collections.js';
import { stock } from './stock.js';
import { graphqlConsole } from './console.js';
import { categories } from './categories.js';
import { settings } from './settings.js';
import { collectionEditor } from './collection-editor.js';
import { staff } from './staff.js';
import { webhook, webhooks } from './webhooks.js';
import { orderDetail, orders } from './orders.js';
import { discounts } from './discounts.js';
import { shipping } from './shipping.js';
import { tax } from './tax.js';

const routes = [
	[/^#\/products\/new$/, () => productEditor(null)],
	[/^#\/products\/([0-9a-f-]{36})$/, (match) => productEditor(match[1])],
	[/^#\/collections$/, () => collections()],
	[/^#\/collections\/([0-9a-f-]{36})$/, (match) => collectionEditor(match[1])],
	[/^#\/categories$/, () => categories()],
	[/^#\/orders\/([0-9a-f-]{36})$/, (match) => orderDetail(match[1])],
	[/^#\/orders(?:\?(.*))?$/, (match) => orders(new URLSearchParams(match[1] || ''))],
	[/^#\/discounts$/, () => discounts()],
	[/^#\/shipping$/, () => shipping()],
	[/^#\/tax$/, () => tax()],
	[/^#\/settings$/, () => settings()],
	[/^#\/staff$/, () => staff()],
	[/^#\/webhooks$/, () => webhooks()],
	[/^#\/webhooks\/([0-9a-f-]{36})$/, (match) => webhook(match[1])],
	[/^#\/graphql$/, () => graphqlConsole()],
	[/^#\/stock(?:\?(.*))?$/, (match) => stock(new URLSearchParams(match[1] || ''))],
	[/^#\/products(?:\?(.*))?$/, (match) => productList(new URLSearchParams(match[1] || ''))],
];

async function route() {
	const hash = location.hash || '#/products';
	notice('');
	for (const [pattern, view] of routes) {
		const match = pattern.exec(hash);
		if (match) {
			document.querySelectorAll('[data-nav]').forEach((link) => {
				link.toggleAttribute('aria-current', hash.startsWith(`#/${link.dataset.nav}`));
				if (link.hasAttribute('aria-current')) {
					link.setAttribute('aria-current', 'page');
				}
			});
			try {
				await view(match);
			}
			catch (error) {
				show(h('h1', {}, 'Something went wrong'), h('p', { class: 'form-error', role: 'alert' }, error.message));
			}
			return;
		}
	}
	location.hash = '#/products';
}

async function start() {
	const config = await loadConfig();
	useConfig(config);
	if (isCallback()) {
		await completeSignIn(config);
	}
	if (!(await accessToken(config))) {
		if (wasSignedOut()) {
			show(h('h1', {}, 'You are signed out'),
				h('button', { type: 'button', class: 'primary', id: 'sign-in', onclick: () => signIn(config) }, 'Sign in'));
			return;
		}
		await signIn(config);
		return;
	}
	const who = whoIsSignedIn();
	const staffRoles = who ? who.roles.filter((role) => ['owner', 'admin', 'editor', 'viewer'].includes(role)) : [];
	document.getElementById('who').textContent = who ? `${who.name} (${staffRoles.join(', ')})` : '';
	// only owner, admin and editor change the catalogue and stock (docs/adr/0028)
	const readOnly = !staffRoles.some((role) => role !== 'viewer');
	document.body.classList.toggle('read-only', readOnly);
	document.getElementById('read-only-note').hidden = !readOnly;
	document.getElementById('nav').hidden = false;
	const button = document.getElementById('sign-out');
	button.hidden = false;
	button.addEventListener('click', () => signOut(config));
	window.addEventListener('hashchange', route);
	await route();
}

start().catch((error) => {
	show(h('h1', {}, 'Could not sign in'), h('p', { class: 'form-error', role: 'alert' }, error.message),
		h('p', {}, h('a', { href: '/admin/' }, 'Try again')));
});
