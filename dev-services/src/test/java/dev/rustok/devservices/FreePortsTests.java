package dev.rustok.devservices;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FreePortsTests {

	@Test
	void neverHandsOutAPortTwice() {
		// far more than a platform takes, enough that the kernel's picks repeat
		Set<Integer> ports = new HashSet<>();
		for (int i = 0; i < 2_000; i++) {
			assertThat(ports.add(FreePorts.next())).isTrue();
		}
	}

	@Test
	@EnabledOnOs(OS.LINUX)
	void handsOutPortsBelowTheKernelsEphemeralRange() throws Exception {
		int ephemeralStart = Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))
			.getFirst()
			.trim()
			.split("\\s+")[0]);
		assumeTrue(ephemeralStart > 21_000, "a machine whose ephemeral range starts low");

		for (int i = 0; i < 200; i++) {
			assertThat(FreePorts.next()).isLessThan(ephemeralStart);
		}
	}

}
