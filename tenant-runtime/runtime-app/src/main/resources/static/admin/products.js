// The product list with search.
import { get } from './api.js';
import { h, show } from './dom.js';

export async function productList(params) {
	const query = params.get('q') || '';
	const search = h('input', { type: 'search', id: 'product-search', name: 'q', value: query, placeholder: 'Title, handle or SKU' });
	const form = h('form', { class: 'row', role: 'search', onsubmit: (event) => {
		event.preventDefault();
		location.hash = search.value.trim() ? `#/products?q=${encodeURIComponent(search.value.trim())}` : '#/products';
	} }, h('label', { for: 'product-search' }, 'Search'), search, h('button', { type: 'submit' }, 'Search'));
	const body = h('tbody');
	const table = h('table', { id: 'products' }, h('thead', {}, h('tr', {}, h('th', {}, 'Title'), h('th', {}, 'Status'),
		h('th', {}, 'Variants'), h('th', {}, 'Handle'))), body);
	const more = h('button', { type: 'button', id: 'more-products', hidden: true }, 'More');
	show(h('div', { class: 'actions' }, h('h1', {}, 'Products'),
		h('a', { href: '#/products/new', id: 'new-product', class: 'button' }, 'New product')),
	form,
	table,
	more);
	let after = null;
	async function load() {
		const page = await get(`/api/admin/products?${new URLSearchParams({ q: query, limit: '50', ...(after ? { after } : {}) })}`);
		const items = Array.isArray(page) ? page : page.items || [];
		for (const product of items) {
			body.append(h('tr', { class: 'product-row' },
				h('td', {}, h('a', { href: `#/products/${product.id}`, class: 'product-title' }, product.title)),
				h('td', {}, h('span', { class: `status status-${product.status}` }, product.status)),
				h('td', {}, String((product.variants || []).length || product.variantCount || '')),
				h('td', { class: 'muted' }, product.handle)));
		}
		if (body.children.length === 0) {
			body.append(h('tr', {}, h('td', { colspan: 4, class: 'muted' }, query ? 'No product matches.' : 'No products yet.')));
		}
		after = page.next || null;
		more.hidden = !after;
		// the search this table shows, once its rows are in
		table.dataset.loaded = query;
	}
	more.addEventListener('click', load);
	await load();
}
