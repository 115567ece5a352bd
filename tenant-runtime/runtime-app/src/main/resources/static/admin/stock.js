// Stock: the shop's locations, what runs low, and per product the stock of each variant at
// each location, with adjustments that carry a reason (kept as an append-only history).
import { ApiProblem, get, post } from './api.js';
import { clearProblem, field, h, notice, show, showProblem } from './dom.js';

const REASONS = ['received', 'damaged', 'correction', 'returned'];

export async function stock(params) {
	const productId = params.get('product');
	const locations = itemsOf(await get('/api/admin/inventory/locations'));
	if (productId) {
		await productStock(productId, locations);
	}
	else {
		await overview(locations);
	}
}

function itemsOf(answer) {
	return Array.isArray(answer) ? answer : answer.items || [];
}

async function overview(locations) {
	const [lowStock, products] = await Promise.all([
		get('/api/admin/inventory/low-stock').then(itemsOf).catch(() => []),
		get('/api/admin/products?limit=100').then(itemsOf),
	]);
	const name = h('input', { type: 'text', name: 'name', maxlength: 200 });
	const form = h('form', { id: 'location-form', novalidate: true }, field('New location', name, 'name'),
		h('p', { class: 'form-error', role: 'alert', hidden: true }),
		h('button', { type: 'submit', id: 'add-location' }, 'Add location'));
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		clearProblem(form);
		try {
			const created = await post('/api/admin/inventory/locations', { name: name.value });
			await stock(new URLSearchParams());
			notice(`Added the location “${created.name}”`);
		}
		catch (error) {
			if (!(error instanceof ApiProblem)) {
				throw error;
			}
			showProblem(form, error);
		}
	});
	show(h('h1', {}, 'Stock'),
		h('h2', {}, 'Locations'),
		h('ul', { id: 'locations' }, locations.map((location) => h('li', {}, location.name, location.isDefault ? ' (default)' : ''))),
		form,
		h('h2', {}, 'Running low'),
		lowStock.length
			? h('table', { id: 'low-stock' }, h('tbody', {}, lowStock.map((variant) => h('tr', {},
				h('td', {}, variant.productTitle), h('td', {}, variant.sku),
				h('td', {}, `${variant.available} left (threshold ${variant.lowStockThreshold})`)))))
			: h('p', { class: 'muted' }, 'Nothing is below its threshold.'),
		h('h2', {}, 'Products'),
		h('ul', { id: 'stock-products' }, products.map((product) =>
			h('li', {}, h('a', { href: `#/stock?product=${product.id}` }, product.title)))));
}

async function productStock(productId, locations) {
	const product = await get(`/api/admin/products/${productId}`);
	const stocks = await Promise.all((product.variants || []).map((variant) =>
		get(`/api/admin/inventory/variants/${variant.id}`).catch(() => ({ tracked: false, levels: [] }))));
	const body = h('tbody');
	(product.variants || []).forEach((variant, index) => body.append(...variantRows(variant, stocks[index], locations)));
	show(h('p', {}, h('a', { href: '#/stock' }, '← Stock'), ' · ', h('a', { href: `#/products/${product.id}` }, 'Edit product')),
		h('h1', {}, `Stock of ${product.title}`),
		product.trackInventory === false
			? h('p', { class: 'notice' }, 'Stock is not tracked for this product: it is always available.') : null,
		h('table', { id: 'stock' }, h('thead', {}, h('tr', {}, h('th', {}, 'Variant'), h('th', {}, 'SKU'),
			locations.map((location) => h('th', {}, location.name)), h('th', {}, 'Available'))), body));
}

function variantRows(variant, variantStock, locations) {
	const levels = new Map((variantStock.levels || []).map((level) => [level.locationId, level]));
	const cells = new Map();
	const total = h('td', { class: 'available' }, String(variantStock.available ?? 0));
	const label = (variant.optionValues || []).join(' / ') || 'Default';
	const row = h('tr', { class: 'stock-row', 'data-sku': variant.sku },
		h('td', {}, label), h('td', {}, variant.sku),
		locations.map((location) => {
			const cell = h('td', { class: 'level', 'data-location': location.id }, levelText(levels.get(location.id)));
			cells.set(location.id, cell);
			return cell;
		}),
		total);
	const where = h('select', { class: 'location', 'aria-label': `Location for ${variant.sku}` },
		locations.map((location) => h('option', { value: location.id, selected: location.isDefault }, location.name)));
	where.dataset.field = 'locationId';
	const delta = h('input', { type: 'number', class: 'delta', 'data-field': 'delta', 'aria-label': `Change for ${variant.sku}`,
		placeholder: '+5 or -2' });
	const reason = h('select', { class: 'reason', 'data-field': 'reason', 'aria-label': `Reason for ${variant.sku}` },
		REASONS.map((value) => h('option', { value }, value)));
	const form = h('form', { class: 'adjust inline', novalidate: true, 'data-sku': variant.sku }, where, ' ', delta, ' ', reason, ' ',
		h('button', { type: 'submit' }, 'Adjust'), h('p', { class: 'form-error', role: 'alert', hidden: true }));
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		clearProblem(form);
		try {
			const level = await post(`/api/admin/inventory/variants/${variant.id}/adjustments`, {
				locationId: where.value,
				delta: delta.value === '' ? null : Number(delta.value),
				reason: reason.value,
			});
			cells.get(level.locationId).textContent = levelText(level);
			const refreshed = await get(`/api/admin/inventory/variants/${variant.id}`);
			total.textContent = String(refreshed.available);
			delta.value = '';
			notice(`Stock of ${variant.sku} adjusted`);
		}
		catch (error) {
			if (!(error instanceof ApiProblem)) {
				throw error;
			}
			showProblem(form, error);
		}
	});
	return [row, h('tr', { class: 'adjust-row' }, h('td', { colspan: locations.length + 3 }, form))];
}

function levelText(level) {
	if (!level) {
		return '0';
	}
	return level.reserved ? `${level.onHand} on hand, ${level.reserved} reserved` : `${level.onHand}`;
}
