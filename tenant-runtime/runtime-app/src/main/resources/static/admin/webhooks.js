// The shop's webhooks (docs/adr/0069, 0070): endpoints with the event types they receive,
// the notice of one the platform disabled, and each endpoint's delivery log with status and
// latency. Owner and admin change them and resend a finished delivery (docs/adr/0088); other
// staff read. A secret is shown once.
import { ApiProblem, del, get, post, put } from './api.js';
import { clearProblem, field, h, notice, show, showProblem } from './dom.js';
import { whoIsSignedIn } from './auth.js';

const PATH = '/api/admin/webhooks';

// a new endpoint's secret, carried to its page once and then forgotten
let shownOnce = null;

function mayChange() {
	const who = whoIsSignedIn();
	return Boolean(who && who.roles.some((role) => role === 'owner' || role === 'admin'));
}

export async function webhooks() {
	const [list, types] = await Promise.all([get(PATH), get(`${PATH}/event-types`)]);
	const rows = list.items.map((endpoint) => h('tr', { 'data-endpoint': endpoint.id },
		h('td', {}, h('a', { href: `#/webhooks/${endpoint.id}` }, endpoint.url)),
		h('td', {}, endpoint.eventTypes.join(', ')),
		h('td', {}, endpoint.enabled ? 'Enabled' : h('strong', { class: 'bad' }, 'Disabled'))));
	const disabled = list.items.filter((endpoint) => !endpoint.enabled);
	show(h('h1', {}, 'Webhooks'),
		disabled.length ? h('p', { class: 'form-error', role: 'alert', id: 'disabled-notice' },
			`${disabled.length} endpoint(s) disabled after failing deliveries: open one to see why and re-enable it.`) : null,
		list.items.length ? h('table', { id: 'webhook-endpoints' },
			h('thead', {}, h('tr', {}, h('th', {}, 'URL'), h('th', {}, 'Events'), h('th', {}, 'State'))),
			h('tbody', {}, rows)) : h('p', { class: 'muted' }, 'No endpoints yet.'),
		mayChange() ? endpointForm(types.items, null) : h('p', { class: 'muted' }, 'Only the owner or an admin may add endpoints.'));
}

function endpointForm(types, endpoint) {
	const url = h('input', { type: 'url', name: 'url', value: endpoint ? endpoint.url : '', placeholder: 'https://example.com/rustok' });
	const description = h('input', { type: 'text', name: 'description', value: endpoint ? endpoint.description : '' });
	const chosen = new Set(endpoint ? endpoint.eventTypes : []);
	const boxes = types.map((type) => h('label', { class: 'check' },
		h('input', { type: 'checkbox', name: 'eventTypes', value: type, checked: chosen.has(type) }), ` ${type}`));
	const form = h('form', { id: 'webhook-form', novalidate: true },
		h('h2', {}, endpoint ? 'Change endpoint' : 'Add an endpoint'),
		field('HTTPS URL', url, 'url'),
		field('Description', description, 'description'),
		h('fieldset', { 'data-field': 'eventTypes' }, h('legend', {}, 'Events'), boxes),
		h('p', { class: 'form-error', role: 'alert', hidden: true }),
		h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'save-webhook' }, endpoint ? 'Save' : 'Add endpoint')));
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		clearProblem(form);
		const body = {
			url: url.value.trim(),
			description: description.value,
			eventTypes: [...form.querySelectorAll('input[name=eventTypes]:checked')].map((box) => box.value),
		};
		try {
			if (endpoint) {
				await put(`${PATH}/${endpoint.id}`, body);
				notice('Endpoint saved');
				await webhook(endpoint.id);
			}
			else {
				const created = await post(PATH, body);
				shownOnce = { id: created.endpoint.id, secret: created.secret };
				location.hash = `#/webhooks/${created.endpoint.id}`;
			}
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

export async function webhook(id, rotated) {
	const secret = rotated || (shownOnce && shownOnce.id === id ? shownOnce.secret : null);
	shownOnce = null;
	const [endpoint, types, page] = await Promise.all([get(`${PATH}/${id}`), get(`${PATH}/event-types`),
		get(`${PATH}/${id}/deliveries?limit=20`)]);
	const deliveries = h('tbody', {});
	const more = h('button', { type: 'button', id: 'more-deliveries', hidden: !page.next }, 'Older deliveries');
	let next = page.next;
	// a delivery still pending is sent anyway; one of a disabled endpoint waits for re-enabling
	const resend = mayChange() && endpoint.enabled ? async (delivery) => {
		try {
			await post(`${PATH}/${id}/deliveries/${delivery.id}/resend`);
			notice('Delivery queued to be sent again');
			await webhook(id);
		}
		catch (problem) {
			if (!(problem instanceof ApiProblem)) {
				throw problem;
			}
			notice(problem.errors.length ? problem.errors[0].reason : problem.detail, true);
		}
	} : null;
	const append = (items) => deliveries.append(...items.map((delivery) => deliveryRow(delivery, resend)));
	append(page.items);
	more.addEventListener('click', async () => {
		const older = await get(`${PATH}/${id}/deliveries?limit=20&after=${encodeURIComponent(next)}`);
		append(older.items);
		next = older.next;
		more.hidden = !next;
	});
	show(h('p', {}, h('a', { href: '#/webhooks' }, '← Webhooks')),
		h('h1', {}, endpoint.url),
		secret ? h('p', { class: 'secret', id: 'webhook-secret' }, 'Signing secret (shown once, keep it now): ', h('code', {}, secret)) : null,
		endpoint.enabled ? null : h('div', { class: 'form-error', role: 'alert', id: 'disabled-notice' },
			h('p', {}, `Disabled ${endpoint.disabledAt ? new Date(endpoint.disabledAt).toLocaleString() : ''}: ${endpoint.disabledReason || ''}`),
			mayChange() ? h('button', { type: 'button', id: 'enable-webhook', onclick: async () => {
				await post(`${PATH}/${id}/enable`);
				notice('Endpoint enabled again');
				await webhook(id);
			} }, 'Re-enable') : null),
		h('p', {}, `Events: ${endpoint.eventTypes.join(', ')}`, endpoint.description ? ` · ${endpoint.description}` : ''),
		mayChange() ? h('div', { class: 'actions' },
			h('button', { type: 'button', id: 'rotate-secret', onclick: async () => {
				const rotated = await post(`${PATH}/${id}/secret`);
				await webhook(id, rotated.secret);
			} }, 'Rotate secret'),
			h('button', { type: 'button', id: 'delete-webhook', onclick: async () => {
				if (confirm('Delete this endpoint and its delivery log?')) {
					await del(`${PATH}/${id}`);
					location.hash = '#/webhooks';
				}
			} }, 'Delete')) : null,
		h('h2', {}, 'Deliveries'),
		h('table', { id: 'webhook-deliveries' },
			h('thead', {}, h('tr', {}, h('th', {}, 'When'), h('th', {}, 'Event'), h('th', {}, 'Status'),
				h('th', {}, 'HTTP'), h('th', {}, 'Latency'), h('th', {}, 'Attempts'), h('th', {}, 'Last error'),
				resend ? h('th', {}, '') : null)),
			deliveries),
		more,
		mayChange() ? endpointForm(types.items, endpoint) : null);
}

function deliveryRow(delivery, resend) {
	return h('tr', { 'data-status': delivery.status },
		h('td', {}, new Date(delivery.createdAt).toLocaleString()),
		h('td', {}, delivery.eventType),
		h('td', {}, delivery.status),
		h('td', {}, delivery.lastStatusCode ?? '—'),
		h('td', {}, delivery.lastLatencyMs === null || delivery.lastLatencyMs === undefined ? '—' : `${delivery.lastLatencyMs} ms`),
		h('td', {}, delivery.attempts),
		h('td', {}, delivery.lastError || ''),
		resend ? h('td', {}, delivery.status === 'pending' ? null : h('button', { type: 'button', class: 'resend-delivery',
			onclick: () => resend(delivery) }, 'Resend')) : null);
}
