// The shop's tax rates by region (docs/adr/0073, 0082): a country (DE) or a country's
// subdivision (US-NY, which wins over US), in percent, included in prices or added at
// checkout. Owner and admin add, change and delete them; other staff read. A region
// without a rate is not taxed.
import { get } from './api.js';
import { field, h, show } from './dom.js';
import { fromBasisPoints, toBasisPoints } from './percent.js';
import { deleteRule, mayChangeRules, readable, rowActions, saveRule } from './checkout-rules.js';

const PATH = '/api/admin/tax-rates';

export async function tax(editing) {
	const mayChange = mayChangeRules();
	const rates = await get(PATH);
	const reload = () => tax();
	show(h('h1', {}, 'Tax rates'),
		rates.length ? h('table', { id: 'tax-rates' },
			h('thead', {}, h('tr', {}, h('th', {}, 'Region'), h('th', {}, 'Rate'), h('th', {}, 'Prices'), mayChange ? h('th') : null)),
			h('tbody', {}, rates.map((rate) => h('tr', { class: 'rule-row', 'data-code': rate.region },
				h('td', { class: 'rule-code' }, rate.region),
				h('td', { class: 'rule-rate' }, `${fromBasisPoints(rate.basisPoints)} %`),
				h('td', { class: 'rule-inclusive' }, rate.inclusive ? 'include the tax' : 'tax added at checkout'),
				mayChange ? rowActions(rate.region, () => tax(rate.region), () => deleteRule({ path: PATH, key: rate.region,
					question: `Delete the tax rate of ${rate.region}? Orders shipped there are then not taxed.`, reload,
					deleted: `Deleted the rate of ${rate.region}` })) : null))))
			: h('p', { class: 'muted', id: 'no-tax-rates' }, 'No tax rates yet: no order is taxed.'),
		mayChange ? taxForm(rates.find((rate) => rate.region === editing), reload)
			: h('p', { class: 'muted' }, 'Only the owner or an admin may change tax rates.'));
}

function taxForm(rate, reload) {
	const region = h('input', { type: 'text', name: 'region', maxlength: 6, autocomplete: 'off', value: rate ? rate.region : '',
		readonly: Boolean(rate), placeholder: 'DE or US-NY' });
	const percent = h('input', { type: 'text', name: 'percent', inputmode: 'decimal', value: rate ? fromBasisPoints(rate.basisPoints) : '', placeholder: '19' });
	const inclusive = h('input', { type: 'checkbox', name: 'inclusive', checked: rate ? rate.inclusive : true });
	const form = h('form', { id: 'tax-form', novalidate: true },
		h('h2', {}, rate ? `Change the rate of ${rate.region}` : 'Add a tax rate'),
		field('Region (country code, or country and subdivision)', region, 'region'),
		field('Rate in percent', percent, 'basisPoints'),
		h('div', { class: 'field inline' }, inclusive, h('label', { for: 'tax-inclusive' }, 'Prices and shipping already include this tax')),
		h('p', { class: 'form-error', role: 'alert', hidden: true }),
		h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'save-tax' }, rate ? 'Save rate' : 'Add rate'),
			rate ? h('button', { type: 'button', id: 'cancel-tax', onclick: () => tax() }, 'Cancel') : null));
	inclusive.id = 'tax-inclusive';
	inclusive.dataset.field = 'inclusive';
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const errors = [];
		const key = region.value.trim();
		if (!key) {
			errors.push({ field: 'region', reason: 'is required' });
		}
		const body = {
			basisPoints: readable(toBasisPoints(percent.value), 'basisPoints', 'must be a percent such as 19 or 8.25', errors),
			inclusive: inclusive.checked,
		};
		await saveRule(form, { path: PATH, key, body, errors, reload,
			saved: (stored) => `Saved ${stored.region}: ${fromBasisPoints(stored.basisPoints)} %` });
	});
	return form;
}
