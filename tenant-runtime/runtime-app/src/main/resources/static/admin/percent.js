// Rates and percentages travel as basis points (docs/adr/0073: 1,900 = 19 %); people type and
// read percents. Converted as text, never through floating point, like money.js.

/** "19" is 1900, "8.25" is 825; null for an empty text; NaN for anything else. */
export function toBasisPoints(text) {
	const trimmed = String(text ?? '').trim().replace(/\s*%$/, '');
	if (trimmed === '') {
		return null;
	}
	const match = /^(\d{1,7})(?:[.,](\d{0,2}))?$/.exec(trimmed);
	return match ? Number(match[1] + (match[2] || '').padEnd(2, '0')) : NaN;
}

/** 1900 is "19", 825 is "8.25", 1250 is "12.5". */
export function fromBasisPoints(basisPoints) {
	if (basisPoints === null || basisPoints === undefined) {
		return '';
	}
	const whole = Math.trunc(basisPoints / 100);
	const fraction = String(basisPoints % 100).padStart(2, '0').replace(/0+$/, '');
	return fraction ? `${whole}.${fraction}` : String(whole);
}
