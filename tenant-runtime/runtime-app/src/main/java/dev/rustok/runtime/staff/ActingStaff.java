package dev.rustok.runtime.staff;

import java.util.Arrays;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The strongest staff role of the caller, from the realm roles of their token (checked by
 * {@code security} against the shop's own realm before any controller runs).
 */
final class ActingStaff {

	private ActingStaff() {
	}

	static StaffRole role() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			throw new IllegalStateException("staff endpoints are only reached signed in");
		}
		return Arrays.stream(StaffRole.values())
			.filter((role) -> authentication.getAuthorities()
				.stream()
				.anyMatch((authority) -> authority.getAuthority().equals("ROLE_" + role.realmRole())))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("staff endpoints are only reached with a staff role"));
	}

}
