// A GraphQL console for staff (docs/adr/0048): the signed-in admin's token, the shop's own
// /graphql, the schema from /graphql/schema. No GraphiQL: it needs a bundler or a CDN, and this
// app has neither (docs/adr/0039).
import { api, ApiProblem } from './api.js';
import { field, h, show } from './dom.js';

const EXAMPLE = `query Products($first: Int) {
  adminProducts(first: $first) {
    items { title handle status version }
    next
  }
}`;

export async function graphqlConsole() {
	const query = h('textarea', { name: 'query', rows: 14, spellcheck: 'false', class: 'code' });
	query.value = sessionStorage.getItem('rustok.console.query') || EXAMPLE;
	const variables = h('textarea', { name: 'variables', rows: 4, spellcheck: 'false', class: 'code' });
	variables.value = sessionStorage.getItem('rustok.console.variables') || '{"first": 10}';
	const result = h('pre', { id: 'console-result', class: 'code', 'aria-live': 'polite' });
	const schema = h('pre', { id: 'console-schema', class: 'code', hidden: true });
	const form = h('form', { id: 'console-form', novalidate: true },
		field('Query', query, 'query'), field('Variables (JSON)', variables, 'variables'),
		h('div', { class: 'actions' },
			h('button', { type: 'submit', class: 'primary', id: 'run-query' }, 'Run'),
			h('button', { type: 'button', id: 'show-schema', onclick: () => toggleSchema(schema) }, 'Schema')));
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		sessionStorage.setItem('rustok.console.query', query.value);
		sessionStorage.setItem('rustok.console.variables', variables.value);
		result.textContent = 'Running…';
		let parsed;
		try {
			parsed = variables.value.trim() ? JSON.parse(variables.value) : {};
		}
		catch (error) {
			result.textContent = `Variables are not JSON: ${error.message}`;
			return;
		}
		try {
			const answer = await api('POST', '/graphql', { query: query.value, variables: parsed });
			result.textContent = JSON.stringify(answer, null, 2);
		}
		catch (error) {
			if (!(error instanceof ApiProblem)) {
				throw error;
			}
			result.textContent = `${error.status}: ${error.detail}\n${JSON.stringify(error.errors, null, 2)}`;
		}
	});
	show(h('h1', {}, 'GraphQL console'),
		h('p', { class: 'muted' }, 'Runs against this shop with your sign-in: what your role may not do is refused.'),
		form, h('h2', {}, 'Result'), result, schema);
}

async function toggleSchema(schema) {
	if (schema.hidden && !schema.textContent) {
		const response = await fetch('/graphql/schema', { headers: { Accept: 'text/plain' } });
		schema.textContent = await response.text();
	}
	schema.hidden = !schema.hidden;
}
