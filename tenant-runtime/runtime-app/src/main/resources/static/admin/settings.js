// The shop's settings: the currencies it sells in. Only owner and admin may change them
// (docs/adr/0028); a product's prices are in these currencies.
import { ApiProblem, get, put } from './api.js';
import { clearProblem, field, h, notice, show, showProblem } from './dom.js';
import { whoIsSignedIn } from './auth.js';

export async function settings() {
	const current = await get('/api/admin/settings');
	const who = whoIsSignedIn();
	const mayChange = Boolean(who && who.roles.some((role) => role === 'owner' || role === 'admin'));
	const currencies = h('input', { type: 'text', name: 'currencies', value: (current.currencies || []).join(', '),
		placeholder: 'EUR, USD', disabled: !mayChange });
	const form = h('form', { id: 'settings-form', novalidate: true },
		field('Currencies the shop sells in (ISO 4217 codes, comma-separated)', currencies, 'currencies'),
		h('p', { class: 'form-error', role: 'alert', hidden: true }),
		mayChange ? h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'save-settings' }, 'Save settings'))
			: h('p', { class: 'muted' }, 'Only the owner or an admin may change the currencies.'));
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		clearProblem(form);
		try {
			const saved = await put('/api/admin/settings', {
				currencies: currencies.value.split(',').map((code) => code.trim()).filter((code) => code),
			});
			currencies.value = saved.currencies.join(', ');
			notice(`The shop sells in ${saved.currencies.join(', ')}`);
		}
		catch (error) {
			if (!(error instanceof ApiProblem)) {
				throw error;
			}
			showProblem(form, error);
		}
	});
	show(h('h1', {}, 'Settings'), form);
}
