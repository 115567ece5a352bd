// Prices travel as integer minor units (docs/adr/0022); people type and read them in major
// units. Converted as text, never through floating point.

export function fractionDigits(currency) {
	try {
		return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
	}
	catch (error) {
		return 2;
	}
}

/** "12.5" in EUR is 1250; null for an empty text; NaN for anything that is not an amount. */
export function toMinor(text, currency) {
	const trimmed = String(text ?? '').trim();
	if (trimmed === '') {
		return null;
	}
	const digits = fractionDigits(currency);
	const match = /^(\d{1,13})(?:[.,](\d*))?$/.exec(trimmed);
	if (!match || (match[2] || '').length > digits) {
		return NaN;
	}
	return Number(match[1] + (match[2] || '').padEnd(digits, '0'));
}

export function fromMinor(minor, currency) {
	if (minor === null || minor === undefined) {
		return '';
	}
	const digits = fractionDigits(currency);
	const text = String(minor).padStart(digits + 1, '0');
	return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
