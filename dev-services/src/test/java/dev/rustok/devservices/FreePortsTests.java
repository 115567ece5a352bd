package dev.rustok.devservices;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FreePortsTests {

	@Test
	void neverHandsOutAPortTwice() {
		// far more than a platform takes, enough that the kernel's picks repeat
		Set<Integer> ports = new HashSet<>();
		for (int i = 0; i < 2_000; i++) {
			assertThat(ports.add(FreePorts.next())).isTrue();
		}
	}

}
