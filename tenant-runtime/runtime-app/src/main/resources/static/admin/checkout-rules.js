// What the screens of the merchant's checkout rules share (discounts, shipping, tax;
// docs/adr/0073, 0082): who may change them, saving one by its code (PUT creates or
// replaces), deleting one, and the dates the API speaks (ISO instants) as the browser's
// local date and time.
import { ApiProblem, del, put } from './api.js';
import { clearProblem, h, notice, showProblem } from './dom.js';
import { whoIsSignedIn } from './auth.js';

/** Owner and admin change the rules (they change what shoppers pay); other staff read. */
export function mayChangeRules() {
	const who = whoIsSignedIn();
	return Boolean(who && who.roles.some((role) => role === 'owner' || role === 'admin'));
}

/**
 * Saves what a form holds under its code or region. Text the page cannot read as an amount
 * is marked on its field without asking the shop; everything else is the shop's to judge,
 * and its problem+json is shown field by field.
 */
export async function saveRule(form, { path, key, body, errors, reload, saved }) {
	clearProblem(form);
	if (errors.length) {
		showProblem(form, { detail: 'Check the marked fields.', errors });
		return;
	}
	try {
		const answer = await put(`${path}/${encodeURIComponent(key)}`, body);
		await reload();
		notice(saved(answer));
	}
	catch (error) {
		if (!(error instanceof ApiProblem)) {
			throw error;
		}
		showProblem(form, error);
	}
}

/** Deletes one after the browser's confirmation; the shop's refusal becomes the notice. */
export async function deleteRule({ path, key, question, reload, deleted }) {
	if (!window.confirm(question)) {
		return;
	}
	try {
		await del(`${path}/${encodeURIComponent(key)}`);
		await reload();
		notice(deleted);
	}
	catch (error) {
		if (!(error instanceof ApiProblem)) {
			throw error;
		}
		notice(error.detail, true);
	}
}

/** The buttons of a row: change it in the form below, or delete it. */
export function rowActions(label, edit, remove) {
	return h('td', { class: 'rule-actions' },
		h('button', { type: 'button', class: 'edit', 'aria-label': `Change ${label}`, onclick: edit }, 'Change'), ' ',
		h('button', { type: 'button', class: 'danger', 'aria-label': `Delete ${label}`, onclick: remove }, 'Delete'));
}

/** A datetime-local value ("2026-12-01T09:00", the browser's time zone) as an instant. */
export function toInstant(text) {
	const trimmed = String(text ?? '').trim();
	if (!trimmed) {
		return null;
	}
	const date = new Date(trimmed);
	return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** An instant as a datetime-local value in the browser's time zone. */
export function toLocalInput(instant) {
	if (!instant) {
		return '';
	}
	const date = new Date(instant);
	return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().substring(0, 16);
}

/** null for an empty text, the number for whole digits, NaN for anything else. */
export function wholeNumber(text) {
	const trimmed = String(text ?? '').trim();
	if (trimmed === '') {
		return null;
	}
	return /^\d{1,10}$/.test(trimmed) ? Number(trimmed) : NaN;
}

/**
 * A value as read from its input: one the page could not read (NaN, undefined) is marked
 * on its field and not sent.
 */
export function readable(value, name, reason, errors) {
	if (value === undefined || Number.isNaN(value)) {
		errors.push({ field: name, reason });
		return null;
	}
	return value;
}

/**
 * The currency a new rule starts with: one of the shop's (the settings hold an unordered
 * set, so the alphabetically first), or EUR where the settings were not read.
 */
export function startingCurrency(settings) {
	const currencies = settings && Array.isArray(settings.currencies) ? [...settings.currencies].sort() : [];
	return currencies[0] || 'EUR';
}
