// Stock per location: on hand, reserved and available per variant, with adjustments that
// carry a reason (kept as an append-only history by the shop).
import { ApiProblem, get, post } from './api.js';
import { clearProblem, h, notice, show, showProblem } from './dom.js';

const REASONS = ['received', 'damaged', 'correction', 'returned'];

export async function stock(params) {
	const locations = await get('/api/admin/inventory/locations').then(itemsOf);
	const locationId = params.get('location') || (locations.find((location) => location.isDefault || location.default) || locations[0] || {}).id;
	const productId = params.get('product');
	const picker = h('select', { id: 'stock-location', onchange: () => {
		const next = new URLSearchParams(params);
		next.set('location', picker.value);
		location.hash = `#/stock?${next}`;
	} }, locations.map((location) => h('option', { value: location.id, selected: location.id === locationId }, location.name)));
	const query = new URLSearchParams({ locationId: locationId || '' });
	if (productId) {
		query.set('productId', productId);
	}
	const levels = locationId ? await get(`/api/admin/inventory/levels?${query}`).then(itemsOf) : [];
	const rows = levels.map((level) => levelRow(level, locationId));
	show(h('h1', {}, 'Stock'),
		h('div', { class: 'row inline' }, h('label', { for: 'stock-location' }, 'Location'), picker),
		productId ? h('p', {}, 'One product only. ', h('a', { href: '#/stock' }, 'Show all')) : null,
		h('table', { id: 'stock' }, h('thead', {}, h('tr', {}, h('th', {}, 'Product'), h('th', {}, 'Variant'), h('th', {}, 'SKU'),
			h('th', {}, 'On hand'), h('th', {}, 'Reserved'), h('th', {}, 'Available'), h('th', {}, 'Adjust'))),
		h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: 7, class: 'muted' }, 'No variants track stock here yet.')))));
}

function itemsOf(answer) {
	return Array.isArray(answer) ? answer : answer.items || [];
}

function levelRow(level, locationId) {
	const onHand = h('td', { class: 'on-hand' }, String(level.onHand ?? 0));
	const reserved = h('td', { class: 'reserved' }, String(level.reserved ?? 0));
	const available = h('td', { class: 'available' }, String(level.available ?? (level.onHand ?? 0) - (level.reserved ?? 0)));
	const delta = h('input', { type: 'number', class: 'delta', 'data-field': 'delta', 'aria-label': `Change for ${level.sku}`, placeholder: '+5 or -2' });
	const reason = h('select', { class: 'reason', 'data-field': 'reason', 'aria-label': `Reason for ${level.sku}` },
		REASONS.map((value) => h('option', { value }, value)));
	const form = h('form', { class: 'adjust inline', novalidate: true }, delta, ' ', reason, ' ',
		h('button', { type: 'submit' }, 'Adjust'), h('p', { class: 'form-error', role: 'alert', hidden: true }));
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		clearProblem(form);
		try {
			const after = await post('/api/admin/inventory/adjustments', {
				variantId: level.variantId,
				locationId,
				delta: delta.value === '' ? null : Number(delta.value),
				reason: reason.value,
			});
			const updated = after && after.level ? after.level : after || {};
			if (updated.onHand !== undefined) {
				onHand.textContent = String(updated.onHand);
				reserved.textContent = String(updated.reserved ?? 0);
				available.textContent = String(updated.available ?? updated.onHand - (updated.reserved ?? 0));
			}
			delta.value = '';
			notice(`Stock of ${level.sku} adjusted`);
		}
		catch (error) {
			if (!(error instanceof ApiProblem)) {
				throw error;
			}
			showProblem(form, error);
		}
	});
	return h('tr', { class: 'stock-row', 'data-sku': level.sku },
		h('td', {}, level.productTitle || ''), h('td', {}, (level.optionValues || []).join(' / ') || '—'),
		h('td', {}, level.sku), onHand, reserved, available, h('td', {}, form));
}
