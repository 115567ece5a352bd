// Progressive enhancement of the portal's signup form: without this script the form
// posts to /signup and the server answers with a page. With it, the form goes to the
// signup API and the shop's progress is shown on this page.
(function () {
	const fields = ['shopName', 'slug', 'ownerEmail', 'password'];
	const form = document.getElementById('signup-form');
	const submit = document.getElementById('submit');
	const formError = document.getElementById('form-error');

	function clearErrors() {
		fields.forEach(function (field) {
			document.getElementById(field + '-error').textContent = '';
			document.getElementById(field).removeAttribute('aria-invalid');
		});
		formError.textContent = '';
	}

	function showFieldError(field, reason) {
		const target = document.getElementById(field + '-error');
		if (!target) {
			formError.textContent = reason;
			return;
		}
		target.textContent = (target.textContent ? target.textContent + '; ' : '') + reason;
		document.getElementById(field).setAttribute('aria-invalid', 'true');
	}

	form.addEventListener('submit', async function (event) {
		event.preventDefault();
		clearErrors();
		submit.disabled = true;
		const body = {};
		fields.forEach(function (field) { body[field] = document.getElementById(field).value; });
		try {
			const response = await fetch('/api/signup', {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json' },
				body: JSON.stringify(body)
			});
			const answer = await response.json().catch(function () { return {}; });
			if (response.status === 202) {
				document.getElementById('password').value = '';
				form.hidden = true;
				watch(answer.statusUrl);
				return;
			}
			if (Array.isArray(answer.errors) && answer.errors.length) {
				answer.errors.forEach(function (error) { showFieldError(error.field, error.reason); });
			}
			else {
				formError.textContent = answer.detail || ('The shop could not be created (HTTP ' + response.status + ').');
			}
		}
		catch (failure) {
			formError.textContent = 'The portal could not be reached. Please check your connection and try again.';
		}
		submit.disabled = false;
	});

	function watch(statusUrl) {
		document.getElementById('status-panel').hidden = false;
		poll(statusUrl);
	}

	async function poll(statusUrl) {
		let status;
		try {
			const response = await fetch(statusUrl, { headers: { 'Accept': 'application/json' } });
			status = await response.json();
		}
		catch (failure) {
			setTimeout(function () { poll(statusUrl); }, 2000);
			return;
		}
		render(status);
		if (status.status === 'PROVISIONING') {
			setTimeout(function () { poll(statusUrl); }, 700);
		}
	}

	function render(status) {
		const steps = document.getElementById('steps');
		steps.replaceChildren();
		(status.steps || []).forEach(function (step) {
			const item = document.createElement('li');
			item.textContent = step.label || step.name;
			item.dataset.step = step.name;
			item.dataset.done = String(step.done);
			steps.appendChild(item);
		});
		const retrying = document.getElementById('retrying');
		retrying.hidden = !(status.status === 'PROVISIONING' && status.failureCode);
		retrying.textContent = retrying.hidden ? '' : status.failureReason;
		if (status.status === 'ACTIVE') {
			document.getElementById('status-title').textContent = status.shopName;
			document.getElementById('ready').hidden = false;
			const admin = document.getElementById('admin-link');
			admin.href = status.adminUrl;
			admin.hidden = false;
			const link = document.getElementById('storefront-link');
			link.href = status.storefrontUrl;
			link.textContent = status.storefrontUrl;
			link.hidden = false;
		}
		else if (status.status === 'FAILED') {
			document.getElementById('status-title').textContent = 'Your shop could not be created';
			const failure = document.getElementById('failure');
			failure.textContent = status.failureReason;
			failure.dataset.code = status.failureCode;
			failure.hidden = false;
		}
	}
})();
