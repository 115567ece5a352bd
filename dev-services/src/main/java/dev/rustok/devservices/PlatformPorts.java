package dev.rustok.devservices;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The ports of one running platform. Every process is also a Hazelcast member with a port
 * of its own, listed in the same order as the processes: control plane, runtime nodes,
 * gateway.
 */
public record PlatformPorts(int gateway, int controlPlane, List<Integer> runtimes, List<Integer> hazelcast) {

	public PlatformPorts {
		runtimes = List.copyOf(runtimes);
		hazelcast = List.copyOf(hazelcast);
		if (hazelcast.size() != runtimes.size() + 2) {
			throw new IllegalArgumentException("one Hazelcast port per process");
		}
	}

	/**
	 * The ports the README promises: gateway 8080, control plane 8081, runtimes 8082 and
	 * 8083.
	 */
	public static PlatformPorts developer() {
		return new PlatformPorts(8080, 8081, List.of(8082, 8083), List.of(5701, 5702, 5703, 5704));
	}

	/**
	 * Free ports, for a platform started by a test beside whatever else runs on the
	 * machine.
	 */
	public static PlatformPorts free(int runtimeNodes) {
		return new PlatformPorts(FreePorts.next(), FreePorts.next(),
				IntStream.range(0, runtimeNodes).mapToObj(i -> FreePorts.next()).toList(),
				IntStream.range(0, runtimeNodes + 2).mapToObj(i -> FreePorts.next()).toList());
	}

	String hazelcastMembers() {
		return String.join(",", this.hazelcast.stream().map(port -> "127.0.0.1:" + port).toList());
	}

}
