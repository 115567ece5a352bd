// Calls the shop's admin API with the signed-in token. Errors arrive as problem+json
// (RFC 9457, with `errors[{field, reason}]`) and are thrown as ApiProblem for the form
// that sent them.
import { accessToken, forget, signIn } from './auth.js';

let config;

export function useConfig(value) {
	config = value;
}

export class ApiProblem extends Error {

	constructor(status, problem) {
		super(problem.detail || problem.title || `The shop answered ${status}`);
		this.status = status;
		this.title = problem.title;
		this.detail = problem.detail || this.message;
		this.errors = Array.isArray(problem.errors) ? problem.errors : [];
		this.currentVersion = problem.currentVersion;
		this.currentState = problem.currentState;
		this.voidDeclined = problem.voidDeclined === true;
	}

}

export async function api(method, path, body) {
	const token = await accessToken(config);
	if (!token) {
		await signIn(config);
		return new Promise(() => {});
	}
	const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json, application/problem+json' };
	if (body !== undefined) {
		headers['Content-Type'] = 'application/json';
	}
	const response = await fetch(path, {
		method,
		headers,
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	if (response.status === 401) {
		forget();
		await signIn(config);
		return new Promise(() => {});
	}
	const text = await response.text();
	let data = null;
	try {
		data = text ? JSON.parse(text) : null;
	}
	catch (error) {
		data = { title: text };
	}
	if (!response.ok) {
		throw new ApiProblem(response.status, data || { title: response.statusText });
	}
	return data;
}

export const get = (path) => api('GET', path);
export const post = (path, body) => api('POST', path, body);
export const put = (path, body) => api('PUT', path, body);
export const del = (path) => api('DELETE', path);
