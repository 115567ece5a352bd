// Orders: the list by state (newest first, "More" loads the next keyset page), and an order's
// detail with its timeline and the actions its state allows (docs/adr/0058, 0060). Only
// owner and admin change orders; the API refuses the others and a transition the state no
// longer allows (409 with the current state), and the answer is shown as it came. When the
// payment provider refuses to void a pending order's authorization (an expired one), the
// screen offers to cancel it anyway, as a second, explicit choice (docs/adr/0104).
import { ApiProblem, get, post } from './api.js';
import { clearProblem, h, notice, show, showProblem } from './dom.js';
import { fromMinor, toMinor } from './money.js';

const STATES = ['pending', 'paid', 'partially_fulfilled', 'fulfilled', 'delivered', 'cancelled', 'refunded'];

const label = (state) => state.replace('_', ' ');

const amount = (money) => `${fromMinor(money.amountMinor, money.currency)} ${money.currency}`;

export async function orders(params) {
	const state = params.get('state') || '';
	const choice = h('select', { id: 'order-state', name: 'state', onchange: () => {
		location.hash = choice.value ? `#/orders?state=${choice.value}` : '#/orders';
	} }, h('option', { value: '' }, 'All states'),
	STATES.map((code) => h('option', { value: code, selected: code === state }, label(code))));
	const rows = h('tbody');
	const more = h('button', { type: 'button', id: 'more-orders', hidden: true }, 'More');
	let next = null;
	const load = async () => {
		const query = new URLSearchParams({ limit: '20' });
		if (state) {
			query.set('state', state);
		}
		if (next) {
			query.set('after', next);
		}
		const page = await get(`/api/admin/orders?${query}`);
		rows.append(...page.items.map((order) => h('tr', { class: 'order-row' },
			h('td', {}, h('a', { href: `#/orders/${order.id}` }, `#${order.number}`)),
			h('td', { class: 'order-state' }, label(order.state)),
			h('td', {}, amount(order.total)),
			h('td', {}, new Date(order.placedAt).toLocaleString()))));
		next = page.next;
		more.hidden = !next;
	};
	more.addEventListener('click', () => load().catch((error) => notice(error.message, true)));
	await load();
	show(h('h1', {}, 'Orders'), h('div', { class: 'field' }, h('label', { for: 'order-state' }, 'State'), choice),
		rows.children.length ? h('table', { id: 'orders' }, h('thead', {}, h('tr', {}, h('th', {}, 'Order'), h('th', {}, 'State'),
			h('th', {}, 'Total'), h('th', {}, 'Placed'))), rows)
			: h('p', { class: 'muted', id: 'no-orders' }, state ? `No ${label(state)} orders.` : 'No orders yet.'),
		more);
}

export async function orderDetail(id) {
	render(await get(`/api/admin/orders/${id}`));
}

function render(order) {
	const path = `/api/admin/orders/${order.id}`;
	const reason = h('input', { type: 'text', id: 'order-reason', maxlength: 500, placeholder: 'Why (kept on the timeline)' });
	const form = h('form', { id: 'order-actions', novalidate: true },
		h('div', { class: 'field' }, h('label', { for: 'order-reason' }, 'Reason'), reason),
		h('p', { class: 'form-error', role: 'alert', hidden: true }));
	const act = async (action, subpath, body, done, declined) => {
		clearProblem(form);
		form.querySelector('#declined-void')?.remove();
		try {
			const after = await post(`${path}/${subpath}`, { ...body, reason: reason.value });
			render(after);
			notice(done(after));
		}
		catch (error) {
			if (!(error instanceof ApiProblem)) {
				throw error;
			}
			const state = error.status === 409 && error.currentState ? ` (the order is ${label(error.currentState)})` : '';
			showProblem(form, { ...error, detail: `${action}: ${error.detail}${state}` });
			if (error.voidDeclined && declined) {
				declined(error);
			}
		}
	};
	// the provider keeps refusing the void: cancelling anyway is the staff member's choice,
	// never the screen's, and the timeline says the authorization was not voided
	const offerCancelAnyway = (error) => {
		const refusal = error.errors.find((problem) => problem.field === 'payment');
		form.append(h('div', { id: 'declined-void', class: 'declined-void', role: 'group' },
			h('p', {}, `The payment provider would not void this order's authorization${refusal ? ` (${refusal.reason})` : ''}. `
				+ 'You may cancel the order anyway: nothing was captured, its stock is released, and the timeline records '
				+ 'that the authorization was not voided (it lapses at the provider).'),
			h('button', { type: 'button', id: 'cancel-despite-declined-void', onclick: () => act('Cancel anyway', 'cancellation',
				{ despiteDeclinedVoid: true }, () => 'Cancelled; the authorization was not voided') },
			'Cancel without voiding')));
	};
	const allowed = new Set(order.allowedActions);
	const shipInputs = new Map();
	const lines = h('tbody', {}, order.lines.map((line) => {
		const left = line.quantity - line.fulfilled;
		const ship = h('input', { type: 'number', min: 0, max: left, value: left, class: 'ship',
			'aria-label': `Units of line ${line.lineNumber} to ship`, disabled: !allowed.has('fulfil') || left === 0 });
		shipInputs.set(line.lineNumber, ship);
		return h('tr', { class: 'order-line' }, h('td', {}, line.title), h('td', {}, line.sku || ''),
			h('td', {}, String(line.quantity)), h('td', { class: 'fulfilled' }, String(line.fulfilled)),
			h('td', {}, amount(line.unitPrice)), h('td', {}, allowed.has('fulfil') && left > 0 ? ship : ''));
	}));
	const buttons = [];
	if (allowed.has('pay')) {
		buttons.push(h('button', { type: 'button', id: 'pay-order', onclick: () => act('Mark paid', 'payment', {},
			() => 'Marked as paid') }, 'Mark paid'));
	}
	if (allowed.has('fulfil')) {
		buttons.push(h('button', { type: 'button', class: 'primary', id: 'fulfil-order', onclick: () => {
			const units = [...shipInputs.entries()]
				.map(([lineNumber, input]) => ({ lineNumber, quantity: Number(input.value) }))
				.filter((line) => line.quantity > 0);
			act('Fulfil', 'fulfilments', { lines: units }, (after) => `Shipped; the order is ${label(after.state)}`);
		} }, 'Fulfil the units above'));
	}
	if (allowed.has('deliver')) {
		buttons.push(h('button', { type: 'button', id: 'deliver-order', onclick: () => act('Mark delivered', 'delivery', {},
			() => 'Marked as delivered') }, 'Mark delivered'));
	}
	if (allowed.has('cancel')) {
		buttons.push(h('button', { type: 'button', id: 'cancel-order', onclick: () => {
			if (confirm(`Cancel order #${order.number}?`)) {
				act('Cancel', 'cancellation', {}, () => 'Cancelled', offerCancelAnyway);
			}
		} }, 'Cancel order'));
	}
	if (allowed.has('refund')) {
		const refund = h('input', { type: 'text', id: 'refund-amount', inputmode: 'decimal',
			value: fromMinor(order.refundable.amountMinor, order.refundable.currency), 'data-field': 'amount amountMinor' });
		buttons.push(h('span', { class: 'refund' }, h('label', { for: 'refund-amount' }, `Refund (${order.refundable.currency}, up to ${amount(order.refundable)})`),
			refund, h('button', { type: 'button', id: 'refund-order', onclick: () => {
				const minor = toMinor(refund.value, order.refundable.currency);
				if (minor === null || Number.isNaN(minor)) {
					showProblem(form, { detail: 'Refund: type an amount such as 12.50', errors: [] });
					return;
				}
				act('Refund', 'refunds', { amountMinor: minor, currency: order.refundable.currency },
					(after) => `Refunded ${fromMinor(minor, order.refundable.currency)} ${order.refundable.currency}; the order is ${label(after.state)}`);
			} }, 'Refund')));
	}
	form.append(h('div', { class: 'actions' }, buttons.length ? buttons : h('p', { class: 'muted' }, 'Nothing more can be done to this order.')));
	const totals = order.totals;
	show(h('p', {}, h('a', { href: '#/orders' }, '← Orders')),
		h('h1', {}, `Order #${order.number}`),
		h('p', {}, 'State: ', h('strong', { id: 'order-state-now' }, label(order.state))),
		h('table', { id: 'order-lines' }, h('thead', {}, h('tr', {}, h('th', {}, 'Item'), h('th', {}, 'SKU'), h('th', {}, 'Quantity'),
			h('th', {}, 'Shipped'), h('th', {}, 'Price'), h('th', {}, 'Ship now'))), lines),
		h('dl', { class: 'totals' }, h('dt', {}, 'Subtotal'), h('dd', {}, amount(totals.subtotal)),
			h('dt', {}, 'Discount'), h('dd', {}, amount(totals.discount)), h('dt', {}, 'Shipping'), h('dd', {}, amount(totals.shipping)),
			h('dt', {}, totals.taxInclusive ? 'Tax (included)' : 'Tax'), h('dd', {}, amount(totals.tax)),
			h('dt', {}, 'Total'), h('dd', { id: 'order-total' }, amount(totals.total)),
			h('dt', {}, 'Refunded'), h('dd', { id: 'order-refunded' }, amount(order.refunded))),
		form,
		h('h2', {}, 'Timeline'),
		h('ol', { id: 'order-timeline' }, order.timeline.map((entry) => h('li', {},
			h('time', { datetime: entry.at }, new Date(entry.at).toLocaleString()), ' ',
			h('strong', { class: 'timeline-action' }, entry.action), ` by ${entry.actor}`,
			entry.detail ? ` · ${entry.detail}` : '', entry.reason ? ` · “${entry.reason}”` : ''))));
}
