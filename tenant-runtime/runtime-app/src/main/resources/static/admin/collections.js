// Collections: manual and nested. A product joins one from its editor.
import { ApiProblem, del, get, post } from './api.js';
import { clearProblem, field, h, notice, show, showProblem } from './dom.js';

export async function collections() {
	const all = await get('/api/admin/collections').then((answer) => (Array.isArray(answer) ? answer : answer.items || []));
	const titleOf = new Map(all.map((collection) => [collection.id, collection.title]));
	const title = h('input', { type: 'text', name: 'title', maxlength: 200 });
	const handle = h('input', { type: 'text', name: 'handle', maxlength: 120, placeholder: 'made from the title when empty' });
	const description = h('textarea', { name: 'description' });
	const parent = h('select', { name: 'parentId' }, h('option', { value: '' }, '(none)'),
		all.map((collection) => h('option', { value: collection.id }, collection.title)));
	const form = h('form', { id: 'collection-form', novalidate: true },
		field('Title', title, 'title'), field('Handle', handle, 'handle'), field('Description', description, 'description'),
		field('Inside collection', parent, 'parentId'),
		h('p', { class: 'form-error', role: 'alert', hidden: true }),
		h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'create-collection' }, 'Create collection')));
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		clearProblem(form);
		try {
			const created = await post('/api/admin/collections', {
				title: title.value,
				handle: handle.value.trim() || null,
				description: description.value || null,
				parentId: parent.value || null,
			});
			await collections();
			notice(`Created “${created.title}”`);
		}
		catch (error) {
			if (!(error instanceof ApiProblem)) {
				throw error;
			}
			showProblem(form, error);
		}
	});
	const rows = all.map((collection) => h('tr', { class: 'collection-row' },
		h('td', { class: 'collection-title' }, h('a', { href: `#/collections/${collection.id}` }, collection.title)),
		h('td', { class: 'muted' }, collection.handle),
		h('td', {}, collection.parentId ? titleOf.get(collection.parentId) || '' : ''),
		h('td', {}, h('button', { type: 'button', class: 'danger', onclick: async () => {
			if (!window.confirm(`Delete the collection “${collection.title}”? Its products stay.`)) {
				return;
			}
			try {
				await del(`/api/admin/collections/${collection.id}${collection.version ? `?version=${collection.version}` : ''}`);
				await collections();
			}
			catch (error) {
				notice(error.message, true);
			}
		} }, 'Delete'))));
	show(h('h1', {}, 'Collections'),
		h('table', { id: 'collections' }, h('thead', {}, h('tr', {}, h('th', {}, 'Title'), h('th', {}, 'Handle'),
			h('th', {}, 'Inside'), h('th'))),
		h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: 4, class: 'muted' }, 'No collections yet.')))),
		h('h2', {}, 'New collection'), form);
}
