// Builds elements without innerHTML: whatever a merchant typed is always text, never markup.
export function h(tag, attributes = {}, ...children) {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value === undefined || value === null || value === false) {
			continue;
		}
		if (name.startsWith('on') && typeof value === 'function') {
			element.addEventListener(name.substring(2), value);
		}
		else if (name === 'value') {
			element.value = value;
		}
		else if (name === 'checked' || name === 'selected') {
			element[name] = Boolean(value);
		}
		else {
			element.setAttribute(name, value === true ? '' : String(value));
		}
	}
	for (const child of children.flat()) {
		if (child !== undefined && child !== null && child !== false) {
			element.append(child instanceof Node ? child : String(child));
		}
	}
	return element;
}

export function show(...nodes) {
	document.getElementById('view').replaceChildren(...nodes.flat().filter((node) => node !== null && node !== undefined && node !== false));
}

export function notice(text, bad = false) {
	const element = document.getElementById('notice');
	element.textContent = text;
	element.classList.toggle('bad', bad);
	element.hidden = !text;
}

let nextId = 0;

/** A labelled input; `field` is the API's name for it, where its errors are shown. */
export function field(label, input, field) {
	const id = input.id || `f${++nextId}`;
	input.id = id;
	if (field) {
		input.dataset.field = field;
	}
	return h('div', { class: 'field' }, h('label', { for: id }, label), input);
}

/**
 * Shows a problem+json answer on a form: each `errors[]` entry next to the input whose
 * data-field names it, the rest (and the detail) in the form's summary.
 */
export function showProblem(form, problem) {
	clearProblem(form);
	const summary = form.querySelector('.form-error');
	const unplaced = [];
	for (const error of problem.errors) {
		const input = inputFor(form, normalise(error.field));
		if (input) {
			input.setAttribute('aria-invalid', 'true');
			input.insertAdjacentElement('afterend', h('p', { class: 'field-error', role: 'alert' }, error.reason));
		}
		else {
			unplaced.push(`${error.field}: ${error.reason}`);
		}
	}
	if (summary) {
		summary.replaceChildren(problem.detail || problem.title || 'The shop refused this.',
			...unplaced.map((line) => h('span', { class: 'unplaced' }, h('br'), line)));
		summary.hidden = false;
	}
}

export function clearProblem(form) {
	form.querySelectorAll('.field-error').forEach((element) => element.remove());
	form.querySelectorAll('[aria-invalid]').forEach((element) => element.removeAttribute('aria-invalid'));
	const summary = form.querySelector('.form-error');
	if (summary) {
		summary.replaceChildren();
		summary.hidden = true;
	}
}

/**
 * The input an error's path names, or the nearest one above it: `variants.0.prices.1.currency`
 * lands on the price input (`variants.0.prices.1`), `tags.3` on the tags input. An input
 * may answer to several paths (space-separated in data-field).
 */
function inputFor(form, path) {
	for (let candidate = path; candidate; candidate = candidate.substring(0, Math.max(candidate.lastIndexOf('.'), 0))) {
		const input = form.querySelector(`[data-field~="${cssEscape(candidate)}"]`);
		if (input) {
			return input;
		}
	}
	return null;
}

/** `variants[0].prices[1].currency` and `variants.0.prices.1.currency` name the same input. */
export function normalise(path) {
	return String(path).replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

function cssEscape(text) {
	return window.CSS && CSS.escape ? CSS.escape(text) : text.replace(/["\\]/g, '\\$&');
}
