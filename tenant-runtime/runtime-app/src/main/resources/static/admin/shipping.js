// The shop's shipping methods (docs/adr/0073, 0082): a flat rate, or rates by weight in
// bands ("up to 1,000 g: 4.90"), one currency per method. Owner and admin add, change and
// delete them; other staff read. Shoppers choose among them at checkout.
import { get } from './api.js';
import { field, h, show } from './dom.js';
import { fromMinor, toMinor } from './money.js';
import { deleteRule, mayChangeRules, readable, rowActions, saveRule, startingCurrency, wholeNumber } from './checkout-rules.js';

const PATH = '/api/admin/shipping-methods';

export async function shipping(editing) {
	const mayChange = mayChangeRules();
	const [methods, settings] = await Promise.all([get(PATH), mayChange ? get('/api/admin/settings') : null]);
	const reload = () => shipping();
	show(h('h1', {}, 'Shipping methods'),
		methods.length ? h('table', { id: 'shipping-methods' },
			h('thead', {}, h('tr', {}, h('th', {}, 'Code'), h('th', {}, 'Name'), h('th', {}, 'Rate'), mayChange ? h('th') : null)),
			h('tbody', {}, methods.map((method) => h('tr', { class: 'rule-row', 'data-code': method.code },
				h('td', { class: 'rule-code' }, method.code),
				h('td', { class: 'rule-name' }, method.name),
				h('td', { class: 'rule-rate' }, rate(method)),
				mayChange ? rowActions(method.name, () => shipping(method.code), () => deleteRule({ path: PATH, key: method.code,
					question: `Delete the shipping method ${method.name}? Shoppers can no longer choose it.`, reload,
					deleted: `Deleted ${method.name}` })) : null))))
			: h('p', { class: 'muted', id: 'no-shipping-methods' }, 'No shipping methods yet: shoppers cannot check out until there is one.'),
		mayChange ? shippingForm(methods.find((method) => method.code === editing), startingCurrency(settings), reload)
			: h('p', { class: 'muted' }, 'Only the owner or an admin may change shipping methods.'));
}

function rate(method) {
	const money = (minor) => `${fromMinor(minor, method.currency)} ${method.currency}`;
	return method.kind === 'flat' ? money(method.rateMinor)
		: method.bands.map((band) => `up to ${band.upToGrams} g: ${money(band.rateMinor)}`).join('; ');
}

function shippingForm(method, defaultCurrency, reload) {
	const currencyOf = method ? method.currency : defaultCurrency;
	const code = h('input', { type: 'text', name: 'code', maxlength: 40, autocomplete: 'off', value: method ? method.code : '',
		readonly: Boolean(method), placeholder: 'STANDARD' });
	const name = h('input', { type: 'text', name: 'name', maxlength: 100, value: method ? method.name : '', placeholder: 'Standard parcel' });
	const currency = h('input', { type: 'text', name: 'currency', maxlength: 3, value: currencyOf });
	const kind = h('select', { name: 'kind' }, h('option', { value: 'flat', selected: !method || method.kind === 'flat' }, 'Flat rate'),
		h('option', { value: 'weight', selected: Boolean(method) && method.kind === 'weight' }, 'By weight'));
	const flatRate = h('input', { type: 'text', name: 'rate', inputmode: 'decimal', placeholder: '4.90',
		value: method && method.kind === 'flat' ? fromMinor(method.rateMinor, currencyOf) : '' });
	const rateField = field('Rate', flatRate);
	const bandRows = h('div', { class: 'bands' });
	const addBand = (band) => bandRows.append(bandRow(band, currencyOf));
	(method && method.kind === 'weight' ? method.bands : [null]).forEach(addBand);
	const bands = h('fieldset', { class: 'bands-fieldset' }, h('legend', {}, 'Rates by weight (each band up to and including its grams)'),
		bandRows, h('button', { type: 'button', id: 'add-band', onclick: () => addBand(null) }, 'Add a band'));
	const showKind = () => {
		rateField.hidden = kind.value !== 'flat';
		bands.hidden = kind.value !== 'weight';
		// the shop names rateMinor when neither a rate nor bands came: shown where the merchant looks
		flatRate.dataset.field = kind.value === 'flat' ? 'rateMinor' : '';
		bands.dataset.field = kind.value === 'flat' ? 'bands' : 'bands rateMinor';
	};
	kind.addEventListener('change', showKind);
	showKind();
	const form = h('form', { id: 'shipping-form', novalidate: true },
		h('h2', {}, method ? `Change ${method.name}` : 'Add a shipping method'),
		field('Code (letters, digits, - or _)', code, 'code'),
		field('Name shoppers read', name, 'name'),
		field('Currency (ISO 4217)', currency, 'currency'),
		field('Kind', kind), rateField, bands,
		h('p', { class: 'form-error', role: 'alert', hidden: true }),
		h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'save-shipping' }, method ? 'Save method' : 'Add method'),
			method ? h('button', { type: 'button', id: 'cancel-shipping', onclick: () => shipping() }, 'Cancel') : null));
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const errors = [];
		const key = code.value.trim();
		if (!key) {
			errors.push({ field: 'code', reason: 'is required' });
		}
		const currencyCode = currency.value.trim().toUpperCase();
		const body = { name: name.value, currency: currencyCode };
		if (kind.value === 'flat') {
			body.rateMinor = readable(toMinor(flatRate.value, currencyCode), 'rateMinor', 'must be an amount such as 4.90', errors);
		}
		else {
			body.bands = [...bandRows.querySelectorAll('.band')].map((row, i) => {
				// numbered as sent, so the shop's bands[i] errors land on their row
				const grams = row.querySelector('.band-grams');
				const minor = row.querySelector('.band-rate');
				grams.dataset.field = `bands.${i}.upToGrams`;
				minor.dataset.field = `bands.${i}.rateMinor`;
				return {
					upToGrams: readable(wholeNumber(grams.value), `bands.${i}.upToGrams`, 'must be grams, a whole number', errors),
					rateMinor: readable(toMinor(minor.value, currencyCode), `bands.${i}.rateMinor`, 'must be an amount such as 4.90', errors),
				};
			});
		}
		await saveRule(form, { path: PATH, key, body, errors, reload, saved: (stored) => `Saved ${stored.name}: ${rate(stored)}` });
	});
	return form;
}

function bandRow(band, currency) {
	const grams = h('input', { type: 'text', class: 'band-grams', inputmode: 'numeric', 'aria-label': 'Up to grams',
		value: band ? band.upToGrams : '', placeholder: '1000' });
	const rate = h('input', { type: 'text', class: 'band-rate', inputmode: 'decimal', 'aria-label': 'Rate of the band',
		value: band ? fromMinor(band.rateMinor, currency) : '', placeholder: '4.90' });
	const row = h('div', { class: 'band row' }, h('span', {}, 'Up to'), grams, h('span', {}, 'g:'), rate,
		h('button', { type: 'button', class: 'remove-band', onclick: () => row.remove() }, 'Remove'));
	return row;
}
