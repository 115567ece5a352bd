// One collection: its title, handle, description and parent, the order of its products
// (saved whole, with the version it was read at) and a bulk price change for all of them.
import { ApiProblem, get, post, put } from './api.js';
import { clearProblem, field, h, notice, show, showProblem } from './dom.js';

export async function collectionEditor(id) {
	const [collection, all, products, shop] = await Promise.all([
		get(`/api/admin/collections/${id}`),
		get('/api/admin/collections').then((answer) => answer.items || []),
		get('/api/admin/products?limit=100').then((answer) => answer.items || []),
		get('/api/admin/settings'),
	]);
	const titleOf = new Map(products.map((product) => [product.id, product.title]));
	const members = [...collection.productIds];
	const title = h('input', { type: 'text', name: 'title', maxlength: 200, value: collection.title });
	const handle = h('input', { type: 'text', name: 'handle', maxlength: 120, value: collection.handle });
	const description = h('textarea', { name: 'description', value: collection.description || '' });
	const parent = h('select', { name: 'parentId' }, h('option', { value: '' }, '(none)'),
		all.filter((other) => other.id !== id).map((other) =>
			h('option', { value: other.id, selected: collection.parentId === other.id }, other.title)));
	const list = h('ol', { id: 'members', 'data-field': 'productIds' });
	const render = () => list.replaceChildren(...members.map((productId, index) => h('li', { class: 'member' },
		h('span', { class: 'member-title' }, titleOf.get(productId) || productId), ' ',
		h('button', { type: 'button', class: 'move', 'aria-label': `Move ${titleOf.get(productId)} up`, disabled: index === 0,
			onclick: () => { move(members, index, -1); render(); } }, '↑'),
		h('button', { type: 'button', class: 'move', 'aria-label': `Move ${titleOf.get(productId)} down`,
			disabled: index === members.length - 1, onclick: () => { move(members, index, 1); render(); } }, '↓'),
		h('button', { type: 'button', class: 'move', 'aria-label': `Remove ${titleOf.get(productId)}`,
			onclick: () => { members.splice(index, 1); render(); } }, 'Remove'))));
	render();
	const form = h('form', { id: 'collection-edit-form', novalidate: true },
		field('Title', title, 'title'), field('Handle', handle, 'handle'), field('Description', description, 'description'),
		field('Inside collection', parent, 'parentId'),
		h('h2', {}, 'Products, in order'), members.length ? list : h('p', { class: 'muted' }, 'No products yet: add them from a product.'),
		h('p', { class: 'form-error', role: 'alert', hidden: true }),
		h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'save-collection' }, 'Save collection')));
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		clearProblem(form);
		try {
			await put(`/api/admin/collections/${id}`, {
				title: title.value,
				handle: handle.value.trim() || null,
				description: description.value || null,
				parentId: parent.value || null,
				productIds: members,
				version: collection.version,
			});
			await collectionEditor(id);
			notice('Saved');
		}
		catch (error) {
			if (!(error instanceof ApiProblem)) {
				throw error;
			}
			showProblem(form, error);
		}
	});
	show(h('p', {}, h('a', { href: '#/collections' }, '← Collections')), h('h1', {}, collection.title), form,
		h('h2', {}, 'Change every price'), bulkPrices(id, shop.currencies || []));
}

function move(list, index, by) {
	const [item] = list.splice(index, 1);
	list.splice(index + by, 0, item);
}

/** A percentage change of every price in one currency of the collection's products, all or nothing. */
function bulkPrices(id, currencies) {
	const currency = h('select', { name: 'currency' }, currencies.map((code) => h('option', { value: code }, code)));
	const percent = h('input', { type: 'number', name: 'percent', step: 'any', placeholder: '-10 for 10 % off' });
	const form = h('form', { class: 'bulk-prices', id: 'bulk-prices-form', novalidate: true },
		field('Currency', currency, 'currency'), field('Change in percent', percent, 'percent'),
		h('p', { class: 'form-error', role: 'alert', hidden: true }),
		h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'change-prices' }, 'Change prices')));
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		clearProblem(form);
		try {
			const changed = await post(`/api/admin/collections/${id}/prices`, {
				currency: currency.value,
				percent: percent.value === '' ? null : Number(percent.value),
			});
			percent.value = '';
			notice(`Changed ${changed.changedPrices} prices in ${currency.value}`);
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
