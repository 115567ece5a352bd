// The shop's staff (docs/adr/0078, 0079): owner and admin list, add, change and remove
// members; editors and viewers are told the page is not theirs. A new member's one-time
// password is shown once, right after the add, and never again. The plan's quota and
// role refusals arrive as problem+json and are shown as sentences.
import { ApiProblem, api, del, get, post } from './api.js';
import { clearProblem, field, h, notice, show, showProblem } from './dom.js';
import { whoIsSignedIn } from './auth.js';

const ROLES = ['owner', 'admin', 'editor', 'viewer'];

export async function staff(added) {
	const who = whoIsSignedIn();
	const roles = who ? who.roles : [];
	if (!roles.includes('owner') && !roles.includes('admin')) {
		show(h('h1', {}, 'Staff'), h('p', { id: 'staff-not-yours' }, 'Only the shop\'s owner or an admin manages its staff.'));
		return;
	}
	const isOwner = roles.includes('owner');
	const members = (await get('/api/admin/staff')).items || [];
	const email = h('input', { type: 'email', name: 'email', maxlength: 254, autocomplete: 'off' });
	// an admin cannot make an owner: the API refuses it, so the form does not offer it
	const role = h('select', { name: 'role' }, ROLES.filter((name) => isOwner || name !== 'owner')
		.map((name) => h('option', { value: name, selected: name === 'editor' }, name)));
	const form = h('form', { id: 'staff-form', novalidate: true },
		field('Email', email, 'email'), field('Role', role, 'role'),
		h('p', { class: 'form-error', role: 'alert', hidden: true }),
		h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'add-staff' }, 'Add staff member')));
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		clearProblem(form);
		try {
			const member = await post('/api/admin/staff', { email: email.value, role: role.value });
			await staff(member);
		}
		catch (error) {
			if (!(error instanceof ApiProblem)) {
				throw error;
			}
			showProblem(form, quotaExplained(error));
		}
	});
	const rows = members.map((member) => memberRow(member, isOwner));
	show(h('h1', {}, 'Staff'),
		added ? temporaryPassword(added) : null,
		h('table', { id: 'staff' }, h('thead', {}, h('tr', {}, h('th', {}, 'Email'), h('th', {}, 'Role'),
			h('th', {}, 'Signs in'), h('th'))),
		h('tbody', {}, rows)),
		h('h2', {}, 'Add a staff member'), form);
}

function memberRow(member, isOwner) {
	const mayChange = isOwner || member.role !== 'owner';
	const role = h('select', { name: 'role', 'aria-label': `Role of ${member.email}`, disabled: !mayChange },
		ROLES.filter((name) => isOwner || name !== 'owner' || member.role === 'owner')
			.map((name) => h('option', { value: name, selected: name === member.role }, name)));
	role.addEventListener('change', () => change(member, { role: role.value }));
	return h('tr', { class: 'staff-row', 'data-email': member.email },
		h('td', { class: 'staff-email' }, member.email),
		h('td', {}, role),
		h('td', {}, member.enabled ? 'yes' : h('span', { class: 'status' }, 'disabled')),
		h('td', {}, mayChange ? [
			h('button', { type: 'button', class: 'edit', onclick: () => change(member, { enabled: !member.enabled }) },
				member.enabled ? 'Disable' : 'Enable'),
			' ',
			h('button', { type: 'button', class: 'danger', onclick: () => remove(member) }, 'Remove'),
		] : null));
}

async function change(member, body) {
	try {
		await api('PATCH', `/api/admin/staff/${member.id}`, body);
		await staff();
		notice(`Changed ${member.email}`);
	}
	catch (error) {
		if (!(error instanceof ApiProblem)) {
			throw error;
		}
		await staff();
		notice(sentence(quotaExplained(error)), true);
	}
}

async function remove(member) {
	if (!window.confirm(`Remove ${member.email}? They can no longer sign in to this shop.`)) {
		return;
	}
	try {
		await del(`/api/admin/staff/${member.id}`);
		await staff();
		notice(`Removed ${member.email}`);
	}
	catch (error) {
		if (!(error instanceof ApiProblem)) {
			throw error;
		}
		notice(sentence(error), true);
	}
}

// the plan's quota (403 with `quota`) says what to do about it, not only what failed
function quotaExplained(problem) {
	if (problem.status === 403 && problem.errors.length && /quota/.test(problem.errors[0].reason || '')) {
		problem.detail = `${problem.detail}. Disable or remove a member, or ask the platform for a larger plan.`;
	}
	return problem;
}

function sentence(problem) {
	const reasons = problem.errors.map((error) => error.reason).filter((reason) => reason);
	return reasons.length ? `${problem.detail}: ${reasons.join('; ')}` : problem.detail;
}

function temporaryPassword(member) {
	return h('section', { class: 'notice', id: 'temporary-password', role: 'status' },
		h('p', {}, `${member.email} was added as ${member.role}. Give them this one-time password; `,
			'they choose their own at their first sign-in. It is not shown again.'),
		h('p', {}, h('code', { class: 'code', id: 'temporary-password-value' }, member.temporaryPassword)));
}
