// Stock: the shop's locations, what runs low, and per product the stock of each variant at
// each location, with adjustments that carry a reason (kept as an append-only history).
import { ApiProblem, get, post, put } from './api.js';
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
	const span = locations.length + 3;
	return [row, h('tr', { class: 'adjust-row' }, h('td', { colspan: span }, form)),
		h('tr', { class: 'threshold-row' }, h('td', { colspan: span }, thresholdForm(variant, variantStock))),
		h('tr', { class: 'history-row' }, h('td', { colspan: span }, history(variant, locations)))];
}

/** The level below which the variant shows as running low. */
function thresholdForm(variant, variantStock) {
	const threshold = h('input', { type: 'number', min: 0, class: 'threshold', 'data-field': 'lowStockThreshold',
		'aria-label': `Low-stock threshold for ${variant.sku}`, value: String(variantStock.lowStockThreshold ?? 0) });
	const form = h('form', { class: 'threshold inline', novalidate: true, 'data-sku': variant.sku },
		h('label', {}, 'Low-stock threshold'), threshold, ' ', h('button', { type: 'submit' }, 'Set threshold'),
		h('p', { class: 'form-error', role: 'alert', hidden: true }));
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		clearProblem(form);
		try {
			const saved = await put(`/api/admin/inventory/variants/${variant.id}/threshold`, {
				lowStockThreshold: threshold.value === '' ? null : Number(threshold.value),
			});
			threshold.value = String(saved.lowStockThreshold);
			notice(`Low-stock threshold of ${variant.sku} set to ${saved.lowStockThreshold}`);
		}
		catch (error) {
			if (!(error instanceof ApiProblem)) {
				throw error;
			}
			showProblem(form, error);
		}
	});
	return form;
}

/** The variant's append-only adjustment history, newest first, a page at a time. */
function history(variant, locations) {
	const names = new Map(locations.map((location) => [location.id, location.name]));
	const body = h('tbody');
	const more = h('button', { type: 'button', class: 'more-history', hidden: true }, 'Older adjustments');
	const table = h('table', { class: 'history', 'data-sku': variant.sku, hidden: true },
		h('thead', {}, h('tr', {}, h('th', {}, 'When'), h('th', {}, 'Location'), h('th', {}, 'Change'),
			h('th', {}, 'Reason'), h('th', {}, 'On hand after'), h('th', {}, 'By'))), body);
	let next = null;
	const load = async () => {
		const page = await get(`/api/admin/inventory/variants/${variant.id}/adjustments?limit=20${next ? `&after=${encodeURIComponent(next)}` : ''}`);
		body.append(...page.items.map((adjustment) => h('tr', { class: 'adjustment' },
			h('td', {}, new Date(adjustment.createdAt).toLocaleString()), h('td', {}, names.get(adjustment.locationId) || ''),
			h('td', { class: 'delta' }, adjustment.delta > 0 ? `+${adjustment.delta}` : String(adjustment.delta)),
			h('td', { class: 'reason' }, adjustment.reason, adjustment.note ? ` (${adjustment.note})` : ''),
			h('td', {}, String(adjustment.onHandAfter)), h('td', { class: 'muted' }, adjustment.actor || ''))));
		if (!page.items.length && !body.children.length) {
			body.append(h('tr', {}, h('td', { colspan: 6, class: 'muted' }, 'No adjustments yet.')));
		}
		next = page.next;
		more.hidden = !next;
	};
	more.addEventListener('click', load);
	const toggle = h('button', { type: 'button', class: 'show-history', 'data-sku': variant.sku }, 'History');
	toggle.addEventListener('click', async () => {
		if (table.hidden) {
			body.replaceChildren();
			next = null;
			await load();
		}
		table.hidden = !table.hidden;
	});
	return h('div', {}, toggle, table, more);
}

function levelText(level) {
	if (!level) {
		return '0';
	}
	return level.reserved ? `${level.onHand} on hand, ${level.reserved} reserved` : `${level.onHand}`;
}
