// Categories: a tree. Each one is created under a parent (or at the top), renamed or moved
// by editing it; the shop refuses a move that would make a cycle (docs/adr/0028).
import { ApiProblem, del, get, post, put } from './api.js';
import { clearProblem, field, h, notice, show, showProblem } from './dom.js';

export async function categories(editing = null) {
	const all = await get('/api/admin/categories').then((answer) => answer.items || []);
	const depth = depths(all);
	const name = h('input', { type: 'text', name: 'name', maxlength: 200, value: editing ? editing.name : '' });
	const handle = h('input', { type: 'text', name: 'handle', maxlength: 120, value: editing ? editing.handle : '',
		placeholder: 'made from the name when empty' });
	const parent = h('select', { name: 'parentId' }, h('option', { value: '' }, '(top level)'),
		all.filter((category) => !editing || category.id !== editing.id).map((category) =>
			h('option', { value: category.id, selected: editing && editing.parentId === category.id },
				`${'— '.repeat(depth.get(category.id))}${category.name}`)));
	const position = h('input', { type: 'number', name: 'position', min: 0, value: String(editing ? editing.position : 0) });
	const form = h('form', { id: 'category-form', novalidate: true },
		field('Name', name, 'name'), field('Handle', handle, 'handle'), field('Inside category', parent, 'parentId'),
		field('Position among its siblings', position, 'position'),
		h('p', { class: 'form-error', role: 'alert', hidden: true }),
		h('div', { class: 'actions' },
			h('button', { type: 'submit', class: 'primary', id: 'save-category' }, editing ? 'Save category' : 'Create category'),
			editing ? h('button', { type: 'button', onclick: () => categories() }, 'Cancel') : null));
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		clearProblem(form);
		const body = {
			name: name.value,
			handle: handle.value.trim() || null,
			parentId: parent.value || null,
			position: position.value === '' ? null : Number(position.value),
		};
		try {
			const saved = editing
				? await put(`/api/admin/categories/${editing.id}`, { ...body, version: editing.version })
				: await post('/api/admin/categories', body);
			await categories();
			notice(`${editing ? 'Saved' : 'Created'} “${saved.name}”`);
		}
		catch (error) {
			if (!(error instanceof ApiProblem)) {
				throw error;
			}
			showProblem(form, error);
		}
	});
	const rows = all.map((category) => h('tr', { class: 'category-row', 'data-handle': category.handle },
		h('td', {}, h('span', { class: `category-name depth-${Math.min(depth.get(category.id), 4)}` }, category.name)),
		h('td', { class: 'muted' }, category.handle),
		h('td', {}, String(category.position)),
		h('td', {},
			h('button', { type: 'button', class: 'edit', onclick: () => categories(category) }, 'Edit'), ' ',
			h('button', { type: 'button', class: 'danger', onclick: async () => {
				if (!window.confirm(`Delete the category “${category.name}”? Its products stay.`)) {
					return;
				}
				try {
					await del(`/api/admin/categories/${category.id}?version=${category.version}`);
					await categories();
				}
				catch (error) {
					notice(error.errors && error.errors.length ? error.errors[0].reason : error.message, true);
				}
			} }, 'Delete'))));
	show(h('h1', {}, 'Categories'),
		h('table', { id: 'categories' }, h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Handle'),
			h('th', {}, 'Position'), h('th'))),
		h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: 4, class: 'muted' }, 'No categories yet.')))),
		h('h2', {}, editing ? `Edit “${editing.name}”` : 'New category'), form);
}

/** How deep each category sits; the list comes parents first. */
function depths(all) {
	const depth = new Map();
	for (const category of all) {
		depth.set(category.id, category.parentId ? (depth.get(category.parentId) ?? 0) + 1 : 0);
	}
	return depth;
}
