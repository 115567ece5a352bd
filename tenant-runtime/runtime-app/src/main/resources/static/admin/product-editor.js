// The product editor: title, handle, description, status, options, variants with SKU and
// prices per shop currency, images, tags and collections. Saves with the version it read
// (a stale one is a 409 that names the current version).
import { ApiProblem, del, get, post, put } from './api.js';
import { clearProblem, field, h, notice, show, showProblem } from './dom.js';
import { fromMinor, toMinor } from './money.js';

const STATUSES = ['draft', 'active', 'archived'];

export async function productEditor(id) {
	const [product, currencies, allCollections, allCategories] = await Promise.all([
		id ? get(`/api/admin/products/${id}`) : Promise.resolve(blankProduct()),
		shopCurrencies(),
		get('/api/admin/collections').then(itemsOf).catch(() => []),
		get('/api/admin/categories').then(itemsOf).catch(() => []),
	]);
	const state = { product, currencies };
	const form = h('form', { id: 'product-form', novalidate: true });
	const title = h('input', { type: 'text', name: 'title', value: product.title || '', maxlength: 200 });
	const handle = h('input', { type: 'text', name: 'handle', value: product.handle || '', maxlength: 120,
		placeholder: 'made from the title when empty' });
	const description = h('textarea', { name: 'description', maxlength: 10000 }, product.description || '');
	const status = h('select', { name: 'status' },
		STATUSES.map((value) => h('option', { value, selected: value === (product.status || 'draft') }, value)));
	const tracks = h('input', { type: 'checkbox', name: 'trackInventory', checked: product.trackInventory !== false });
	const tags = h('input', { type: 'text', name: 'tags', value: (product.tags || []).join(', '), placeholder: 'comma, separated' });
	const options = h('div', { id: 'options' });
	const variants = h('tbody', { id: 'variants' });
	const images = h('div', { id: 'images' });
	const inCollections = new Set(product.collectionIds || []);

	(product.options || []).forEach((option) => options.append(optionRow(option)));
	(product.variants || []).forEach((variant) => variants.append(variantRow(variant, currencies)));
	(product.images || []).forEach((image) => images.append(imageRow(image)));
	if (!id && variants.children.length === 0) {
		variants.append(variantRow({ optionValues: [] }, currencies));
	}

	const inCategories = new Set(product.categoryIds || []);
	const categoryBoxes = byTree(allCategories).map(([category, depth]) => h('div', { class: `inline depth-${Math.min(depth, 4)}` },
		h('input', { type: 'checkbox', id: `category-${category.id}`, value: category.id, class: 'category',
			checked: inCategories.has(category.id) }),
		h('label', { for: `category-${category.id}` }, category.name)));

	const collectionBoxes = allCollections.map((collection) => h('div', { class: 'inline' },
		h('input', { type: 'checkbox', id: `collection-${collection.id}`, value: collection.id, class: 'collection',
			checked: inCollections.has(collection.id) }),
		h('label', { for: `collection-${collection.id}` }, collection.title)));

	form.append(
		field('Title', title, 'title'),
		field('Handle', handle, 'handle'),
		field('Description', description, 'description'),
		field('Status', status, 'status'),
		h('div', { class: 'inline' }, tracks, h('label', { for: (tracks.id = 'track-inventory') }, 'Track inventory')),
		h('fieldset', {}, h('legend', {}, 'Options'), h('p', { class: 'muted' }, 'For example Size with the values S, M, L.'),
			options,
			h('button', { type: 'button', id: 'add-option', 'data-field': 'options', onclick: () => options.append(optionRow({ name: '', values: [] })) }, 'Add option'),
			' ',
			h('button', { type: 'button', id: 'make-variants', onclick: () => makeVariants(options, variants, currencies) }, 'Make a variant for each combination')),
		h('fieldset', {}, h('legend', {}, 'Variants'),
			h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Options'), h('th', {}, 'SKU'),
				currencies.map((currency) => h('th', {}, `Price ${currency}`)),
				currencies.map((currency) => h('th', {}, `Compare at ${currency}`)),
				h('th', {}, 'Weight (g)'), h('th', {}, 'Barcode'), h('th'))), variants),
			h('button', { type: 'button', id: 'add-variant', 'data-field': 'variants', onclick: () => variants.append(variantRow({ optionValues: [] }, currencies)) }, 'Add variant')),
		h('fieldset', {}, h('legend', {}, 'Images'), images,
			h('button', { type: 'button', id: 'add-image', 'data-field': 'images', onclick: () => images.append(imageRow({ url: '', alt: '' })) }, 'Add image')),
		field('Tags', tags, 'tags'),
		h('fieldset', {}, h('legend', { 'data-field': 'collectionIds' }, 'Collections'),
			collectionBoxes.length ? collectionBoxes : h('p', { class: 'muted' }, 'No collections yet.')),
		h('fieldset', {}, h('legend', { 'data-field': 'categoryIds' }, 'Categories'),
			categoryBoxes.length ? categoryBoxes : h('p', { class: 'muted' }, 'No categories yet.')),
		h('p', { class: 'form-error', role: 'alert', hidden: true }),
		h('div', { class: 'actions' },
			h('button', { type: 'submit', class: 'primary', id: 'save-product' }, 'Save'),
			id ? h('a', { href: `#/stock?product=${id}`, id: 'product-stock' }, 'Stock') : null,
			id ? h('button', { type: 'button', class: 'danger', id: 'archive-product', onclick: () => archive(state) }, 'Archive') : null,
			id ? h('button', { type: 'button', class: 'danger', id: 'delete-product', onclick: () => remove(state) }, 'Delete') : null));

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		clearProblem(form);
		notice('');
		const body = {
			title: title.value,
			handle: handle.value.trim() || null,
			description: description.value,
			status: status.value,
			trackInventory: tracks.checked,
			options: readOptions(options),
			variants: readVariants(variants, currencies),
			images: readImages(images),
			tags: tags.value.split(',').map((tag) => tag.trim()).filter(Boolean),
			collectionIds: [...form.querySelectorAll('input.collection:checked')].map((box) => box.value),
			categoryIds: [...form.querySelectorAll('input.category:checked')].map((box) => box.value),
		};
		const local = localProblems(variants);
		if (local.length) {
			showProblem(form, { detail: 'Some prices are not amounts', errors: local });
			return;
		}
		try {
			const saved = state.product.id
				? await put(`/api/admin/products/${state.product.id}`, { ...body, version: state.product.version })
				: await post('/api/admin/products', body);
			state.product = saved;
			if (!id) {
				// no hashchange: the editor of the saved product replaces this one, then says so
				history.replaceState(null, '', `#/products/${saved.id}`);
				await productEditor(saved.id);
			}
			else {
				handle.value = saved.handle || handle.value;
			}
			notice(`Saved “${saved.title}”`);
		}
		catch (error) {
			if (!(error instanceof ApiProblem)) {
				throw error;
			}
			showProblem(form, error);
			if (error.status === 409 && error.currentVersion) {
				notice(`Someone else changed this product (now version ${error.currentVersion}); reload to see their change.`, true);
			}
		}
	});

	show(h('p', {}, h('a', { href: '#/products' }, '← Products')),
		h('h1', {}, id ? product.title : 'New product'), form);
}

/** Categories parents first, each followed by its children: [category, depth]. */
function byTree(categories) {
	const children = new Map();
	categories.forEach((category) => {
		const siblings = children.get(category.parentId || null) || [];
		siblings.push(category);
		children.set(category.parentId || null, siblings);
	});
	const ordered = [];
	const visit = (parentId, depth) => (children.get(parentId) || [])
		.sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
		.forEach((category) => {
			ordered.push([category, depth]);
			visit(category.id, depth + 1);
		});
	visit(null, 0);
	return ordered;
}

function blankProduct() {
	return { title: '', status: 'draft', trackInventory: true, options: [], variants: [], images: [], tags: [] };
}

function itemsOf(answer) {
	return Array.isArray(answer) ? answer : answer.items || [];
}

async function shopCurrencies() {
	try {
		const settings = await get('/api/admin/settings');
		return settings.currencies && settings.currencies.length ? settings.currencies : ['EUR', 'USD'];
	}
	catch (error) {
		// editors may not read the settings: the default currencies of docs/adr/0028
		return ['EUR', 'USD'];
	}
}

function optionRow(option) {
	const row = h('div', { class: 'row option' },
		h('input', { type: 'text', class: 'option-name', 'aria-label': 'Option name', placeholder: 'Size', value: option.name || '' }),
		h('input', { type: 'text', class: 'option-values', 'aria-label': 'Option values', placeholder: 'S, M, L',
			value: (option.values || []).join(', ') }),
		h('button', { type: 'button', onclick: () => row.remove() }, 'Remove'));
	return row;
}

function readOptions(container) {
	return [...container.querySelectorAll('.option')].map((row, index) => {
		row.querySelector('.option-name').dataset.field = `options.${index}.name options.${index}`;
		row.querySelector('.option-values').dataset.field = `options.${index}.values`;
		return row;
	}).map((row) => ({
		name: row.querySelector('.option-name').value.trim(),
		values: row.querySelector('.option-values').value.split(',').map((value) => value.trim()).filter(Boolean),
	})).filter((option) => option.name || option.values.length);
}

function combinations(options) {
	return options.reduce((all, option) => all.flatMap((prefix) => option.values.map((value) => [...prefix, value])), [[]]);
}

function makeVariants(optionsContainer, variants, currencies) {
	const existing = new Map([...variants.querySelectorAll('.variant')].map((row) => [row.dataset.values, row]));
	const rows = combinations(readOptions(optionsContainer)).map((values) =>
		existing.get(JSON.stringify(values)) || variantRow({ optionValues: values }, currencies));
	variants.replaceChildren(...rows);
	renumber(variants);
}

function variantRow(variant, currencies) {
	const values = variant.optionValues || [];
	const prices = new Map((variant.prices || []).map((price) => [price.currency, price]));
	const row = h('tr', { class: 'variant', 'data-values': JSON.stringify(values) });
	if (variant.id) {
		row.dataset.id = variant.id;
	}
	row.append(...[
		h('td', { class: 'variant-options' }, values.join(' / ') || '—'),
		h('td', {}, h('input', { type: 'text', class: 'sku', 'aria-label': `SKU ${values.join(' / ')}`.trim(), value: variant.sku || '' })),
		currencies.map((currency) => h('td', {}, h('input', { type: 'text', inputmode: 'decimal', class: 'price', 'data-currency': currency,
			'aria-label': `Price ${currency} ${values.join(' / ')}`.trim(),
			value: fromMinor(prices.get(currency)?.amountMinor, currency) }))),
		currencies.map((currency) => h('td', {}, h('input', { type: 'text', inputmode: 'decimal', class: 'compare-at', 'data-currency': currency,
			'aria-label': `Compare at ${currency} ${values.join(' / ')}`.trim(),
			value: fromMinor(prices.get(currency)?.compareAtMinor, currency) }))),
		h('td', {}, h('input', { type: 'number', min: 0, class: 'weight', 'aria-label': 'Weight in grams', value: variant.weightGrams ?? '' })),
		h('td', {}, h('input', { type: 'text', class: 'barcode', 'aria-label': 'Barcode', value: variant.barcode || '' })),
		h('td', {}, h('button', { type: 'button', onclick: (event) => {
			const body = row.parentElement;
			row.remove();
			renumber(body);
		} }, 'Remove')),
	].flat());
	return row;
}

// data-field of each input is its path in the request, so the API's errors land beside it
function renumber(variants) {
	[...variants.querySelectorAll('.variant')].forEach((row, index) => {
		row.querySelector('.sku').dataset.field = `variants.${index}.sku variants.${index}`;
		row.querySelector('.weight').dataset.field = `variants.${index}.weightGrams`;
		row.querySelector('.barcode').dataset.field = `variants.${index}.barcode`;
		row.querySelector('.variant-options').dataset.field = `variants.${index}.optionValues`;
		let priceIndex = 0;
		row.querySelectorAll('.price').forEach((input, position) => {
			const compareAt = row.querySelector(`.compare-at[data-currency="${input.dataset.currency}"]`);
			// "must have at least one price" lands on the first price input
			const whole = position === 0 ? ` variants.${index}.prices` : '';
			if (input.value.trim() !== '') {
				input.dataset.field = `variants.${index}.prices.${priceIndex}.amountMinor variants.${index}.prices.${priceIndex}${whole}`;
				compareAt.dataset.field = `variants.${index}.prices.${priceIndex}.compareAtMinor`;
				priceIndex++;
			}
			else {
				input.dataset.field = whole.trim();
				delete compareAt.dataset.field;
			}
		});
	});
}

function readVariants(variants, currencies) {
	renumber(variants);
	return [...variants.querySelectorAll('.variant')].map((row) => {
		const prices = [...row.querySelectorAll('.price')].filter((input) => input.value.trim() !== '').map((input) => {
			const currency = input.dataset.currency;
			const compareAt = row.querySelector(`.compare-at[data-currency="${currency}"]`).value;
			return { currency, amountMinor: toMinor(input.value, currency), compareAtMinor: toMinor(compareAt, currency) };
		});
		const weight = row.querySelector('.weight').value;
		return {
			...(row.dataset.id ? { id: row.dataset.id } : {}),
			sku: row.querySelector('.sku').value.trim(),
			optionValues: JSON.parse(row.dataset.values),
			prices,
			weightGrams: weight === '' ? null : Number(weight),
			barcode: row.querySelector('.barcode').value.trim() || null,
		};
	});
}

function localProblems(variants) {
	const problems = [];
	variants.querySelectorAll('.price, .compare-at').forEach((input) => {
		if (input.dataset.field && Number.isNaN(toMinor(input.value, input.dataset.currency))) {
			problems.push({ field: input.dataset.field.split(' ')[0], reason: `is not an amount in ${input.dataset.currency}, e.g. 12.50` });
		}
	});
	return problems;
}

function imageRow(image) {
	const row = h('div', { class: 'row image' },
		h('input', { type: 'url', class: 'image-url', 'aria-label': 'Image URL', placeholder: 'https://…', value: image.url || '' }),
		h('input', { type: 'text', class: 'image-alt', 'aria-label': 'Alt text', placeholder: 'What the image shows', value: image.alt || '' }),
		h('button', { type: 'button', onclick: () => row.remove() }, 'Remove'));
	return row;
}

function readImages(container) {
	return [...container.querySelectorAll('.image')].map((row, index) => {
		row.querySelector('.image-url').dataset.field = `images.${index}.url images.${index}`;
		row.querySelector('.image-alt').dataset.field = `images.${index}.alt`;
		return { url: row.querySelector('.image-url').value.trim(), alt: row.querySelector('.image-alt').value.trim() || null };
	}).filter((image) => image.url || image.alt);
}

async function archive(state) {
	try {
		state.product = await post(`/api/admin/products/${state.product.id}/archive`);
		notice('Archived: shoppers no longer see it');
		location.hash = '#/products';
	}
	catch (error) {
		notice(error.message, true);
	}
}

async function remove(state) {
	if (!window.confirm(`Delete “${state.product.title}” for good?`)) {
		return;
	}
	try {
		await del(`/api/admin/products/${state.product.id}?version=${state.product.version}`);
		location.hash = '#/products';
		notice('Deleted');
	}
	catch (error) {
		notice(error.message, true);
	}
}
