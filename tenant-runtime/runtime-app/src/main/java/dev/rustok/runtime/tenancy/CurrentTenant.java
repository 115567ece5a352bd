package dev.rustok.runtime.tenancy;

import java.util.Optional;

import dev.rustok.runtime.shared.Tenant;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The tenant of the request being served, held as a request attribute.
 *
 * <p>
 * Why a request attribute and not a {@code ScopedValue} or a {@code ThreadLocal}: the
 * attribute lives exactly as long as the request, needs no clean-up, survives Spring
 * MVC's error dispatch and is visible to Spring Security's
 * {@code AuthenticationManagerResolver}, which receives the request. A
 * {@code ThreadLocal} leaks into the next request on a pooled thread if a path forgets to
 * clear it; a {@code ScopedValue} would end before the container's error dispatch.
 */
public final class CurrentTenant {

	static final String ATTRIBUTE = CurrentTenant.class.getName();

	private CurrentTenant() {
	}

	/**
	 * The tenant the gateway named and this node verified, if the request passed the
	 * tenant filter.
	 */
	public static Optional<Tenant> of(HttpServletRequest request) {
		return Optional.ofNullable((Tenant) request.getAttribute(ATTRIBUTE));
	}

	static void set(HttpServletRequest request, Tenant tenant) {
		request.setAttribute(ATTRIBUTE, tenant);
	}

}
