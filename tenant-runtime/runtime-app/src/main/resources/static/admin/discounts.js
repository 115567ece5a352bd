// The shop's discount codes (docs/adr/0073, 0082): a percentage, a fixed amount or free
// shipping, with a minimum subtotal, a usage limit and dates. Owner and admin add, change
// and delete them; other staff read. Amounts are typed in major units, rates in percent;
// a code's use count is the shop's and survives a change.
import { get } from './api.js';
import { field, h, show } from './dom.js';
import { fromMinor, toMinor } from './money.js';
import { fromBasisPoints, toBasisPoints } from './percent.js';
import { deleteRule, mayChangeRules, readable, rowActions, saveRule, startingCurrency, toInstant, toLocalInput, wholeNumber } from './checkout-rules.js';

const PATH = '/api/admin/discount-codes';

const KINDS = [['percentage', 'Percentage off'], ['fixed', 'Fixed amount off'], ['free_shipping', 'Free shipping']];

export async function discounts(editing) {
	const mayChange = mayChangeRules();
	const [codes, settings] = await Promise.all([get(PATH), mayChange ? get('/api/admin/settings') : null]);
	const reload = () => discounts();
	show(h('h1', {}, 'Discount codes'),
		codes.length ? h('table', { id: 'discount-codes' },
			h('thead', {}, h('tr', {}, h('th', {}, 'Code'), h('th', {}, 'Offer'), h('th', {}, 'Minimum subtotal'),
				h('th', {}, 'Used'), h('th', {}, 'Valid'), h('th', {}, 'Now'), mayChange ? h('th') : null)),
			h('tbody', {}, codes.map((code) => h('tr', { class: 'rule-row', 'data-code': code.code },
				h('td', { class: 'rule-code' }, code.code),
				h('td', { class: 'rule-offer' }, offer(code)),
				h('td', {}, code.minimumSubtotalMinor ? `${fromMinor(code.minimumSubtotalMinor, code.currency)} ${code.currency}` : '—'),
				h('td', { class: 'rule-used' }, code.usageLimit === null ? `${code.usedCount} (no limit)` : `${code.usedCount} of ${code.usageLimit}`),
				h('td', {}, validity(code)),
				h('td', { class: 'rule-state' }, state(code)),
				mayChange ? rowActions(code.code, () => discounts(code.code), () => deleteRule({ path: PATH, key: code.code,
					question: `Delete the code ${code.code}? Shoppers can no longer use it.`, reload, deleted: `Deleted ${code.code}` }))
					: null))))
			: h('p', { class: 'muted', id: 'no-discount-codes' }, 'No discount codes yet.'),
		mayChange ? discountForm(codes.find((code) => code.code === editing), startingCurrency(settings), reload)
			: h('p', { class: 'muted' }, 'Only the owner or an admin may change discount codes.'));
}

function offer(code) {
	switch (code.kind) {
		case 'percentage': return `${fromBasisPoints(code.basisPoints)} % off`;
		case 'fixed': return `${fromMinor(code.amountMinor, code.currency)} ${code.currency} off`;
		default: return 'Free shipping';
	}
}

function validity(code) {
	const when = (instant) => new Date(instant).toLocaleString();
	if (code.startsAt && code.endsAt) {
		return `${when(code.startsAt)} – ${when(code.endsAt)}`;
	}
	if (code.startsAt) {
		return `from ${when(code.startsAt)}`;
	}
	return code.endsAt ? `until ${when(code.endsAt)}` : 'always';
}

// what a shopper typing it now would meet, as the shop decides it (DiscountCode.refusal)
function state(code) {
	const now = Date.now();
	if (code.startsAt && now < Date.parse(code.startsAt)) {
		return 'not yet valid';
	}
	if (code.endsAt && now >= Date.parse(code.endsAt)) {
		return 'expired';
	}
	return code.usageLimit !== null && code.usedCount >= code.usageLimit ? 'used up' : 'usable';
}

function discountForm(code, defaultCurrency, reload) {
	const currencyOf = code ? code.currency : defaultCurrency;
	const codeInput = h('input', { type: 'text', name: 'code', maxlength: 40, autocomplete: 'off', value: code ? code.code : '',
		readonly: Boolean(code), placeholder: 'SAVE10' });
	const kind = h('select', { name: 'kind' }, KINDS.map(([value, text]) => h('option', { value, selected: code ? code.kind === value : value === 'percentage' }, text)));
	const percent = h('input', { type: 'text', name: 'percent', inputmode: 'decimal', value: code ? fromBasisPoints(code.basisPoints) : '', placeholder: '10' });
	const amount = h('input', { type: 'text', name: 'amount', inputmode: 'decimal', value: code ? fromMinor(code.amountMinor, currencyOf) : '', placeholder: '5.00' });
	const currency = h('input', { type: 'text', name: 'currency', maxlength: 3, value: currencyOf });
	const minimum = h('input', { type: 'text', name: 'minimum', inputmode: 'decimal',
		value: code && code.minimumSubtotalMinor ? fromMinor(code.minimumSubtotalMinor, currencyOf) : '' });
	const limit = h('input', { type: 'text', name: 'usageLimit', inputmode: 'numeric', value: code && code.usageLimit !== null ? code.usageLimit : '' });
	const startsAt = h('input', { type: 'datetime-local', name: 'startsAt', value: code ? toLocalInput(code.startsAt) : '' });
	const endsAt = h('input', { type: 'datetime-local', name: 'endsAt', value: code ? toLocalInput(code.endsAt) : '' });
	const percentField = field('Percent off', percent, 'basisPoints');
	const amountField = field('Amount off', amount, 'amountMinor');
	const showKind = () => {
		percentField.hidden = kind.value !== 'percentage';
		amountField.hidden = kind.value !== 'fixed';
	};
	kind.addEventListener('change', showKind);
	showKind();
	const form = h('form', { id: 'discount-form', novalidate: true },
		h('h2', {}, code ? `Change ${code.code}` : 'Add a discount code'),
		field('Code (letters, digits, - or _; shoppers may type it in any case)', codeInput, 'code'),
		field('Kind', kind, 'kind'), percentField, amountField,
		field('Currency (ISO 4217)', currency, 'currency'),
		field('Minimum subtotal (optional)', minimum, 'minimumSubtotalMinor'),
		field('Usage limit (optional: how many orders may use it)', limit, 'usageLimit'),
		field('Valid from (optional)', startsAt, 'startsAt'),
		field('Valid until (optional, not included)', endsAt, 'endsAt'),
		h('p', { class: 'form-error', role: 'alert', hidden: true }),
		h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'save-discount' }, code ? 'Save code' : 'Add code'),
			code ? h('button', { type: 'button', id: 'cancel-discount', onclick: () => discounts() }, 'Cancel') : null));
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const errors = [];
		const key = codeInput.value.trim();
		if (!key) {
			errors.push({ field: 'code', reason: 'is required' });
		}
		const currencyCode = currency.value.trim().toUpperCase();
		const body = { kind: kind.value, currency: currencyCode };
		if (kind.value === 'percentage') {
			body.basisPoints = readable(toBasisPoints(percent.value), 'basisPoints', 'must be a percent such as 10 or 12.5', errors);
		}
		if (kind.value === 'fixed') {
			body.amountMinor = readable(toMinor(amount.value, currencyCode), 'amountMinor', 'must be an amount such as 5.00', errors);
		}
		body.minimumSubtotalMinor = readable(toMinor(minimum.value, currencyCode), 'minimumSubtotalMinor', 'must be an amount such as 20.00', errors);
		body.usageLimit = readable(wholeNumber(limit.value), 'usageLimit', 'must be a whole number of orders', errors);
		body.startsAt = readable(toInstant(startsAt.value), 'startsAt', 'must be a date and time', errors);
		body.endsAt = readable(toInstant(endsAt.value), 'endsAt', 'must be a date and time', errors);
		await saveRule(form, { path: PATH, key, body, errors, reload,
			saved: (stored) => `Saved ${stored.code}: ${offer(stored)}` });
	});
	return form;
}

