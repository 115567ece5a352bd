package dev.rustok.devservices;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The ports of one running platform. Every process is also a Hazelcast member with a port
 * of its own, listed in the same order as the processes: control plane, runtime nodes,
 * gateway. Every process serves actuator on a management port of its own, on 127.0.0.1
 * only, which the gateway never routes to.
 *
 * @param gateway the gateway: every shop, the portal and the console
 * @param controlPlane the control plane (portal, console, signup API)
 * @param runtimes one per tenant-runtime node
 * @param hazelcast one per process: control plane, runtime nodes, gateway
 * @param gatewayManagement the gateway's actuator
 * @param controlPlaneManagement the control plane's actuator
 * @param runtimeManagement one actuator port per runtime node
 */
public record PlatformPorts(int gateway, int controlPlane, List<Integer> runtimes, List<Integer> hazelcast,
		int gatewayManagement, int controlPlaneManagement, List<Integer> runtimeManagement) {

	public PlatformPorts {
		runtimes = List.copyOf(runtimes);
		hazelcast = List.copyOf(hazelcast);
		runtimeManagement = List.copyOf(runtimeManagement);
		if (hazelcast.size() != runtimes.size() + 2) {
			throw new IllegalArgumentException("one Hazelcast port per process");
		}
		if (runtimeManagement.size() != runtimes.size()) {
			throw new IllegalArgumentException("one management port per runtime node");
		}
	}

	/**
	 * The ports the README promises: gateway 8080, control plane 8081, runtimes 8082 and
	 * 8083; their management ports 9080 to 9083; Hazelcast 5701 to 5704.
	 */
	public static PlatformPorts developer() {
		return new PlatformPorts(8080, 8081, List.of(8082, 8083), List.of(5701, 5702, 5703, 5704), 9080, 9081,
				List.of(9082, 9083));
	}

	/**
	 * Free ports, for a platform started by a test beside whatever else runs on the
	 * machine.
	 */
	public static PlatformPorts free(int runtimeNodes) {
		return new PlatformPorts(FreePorts.next(), FreePorts.next(), freePorts(runtimeNodes),
				freePorts(runtimeNodes + 2), FreePorts.next(), FreePorts.next(), freePorts(runtimeNodes));
	}

	/** Every port, for checking that they are free before a start. */
	public List<Integer> all() {
		List<Integer> all = new ArrayList<>(
				List.of(this.gateway, this.controlPlane, this.gatewayManagement, this.controlPlaneManagement));
		all.addAll(this.runtimes);
		all.addAll(this.runtimeManagement);
		all.addAll(this.hazelcast);
		return List.copyOf(all);
	}

	/** The management port of the process that serves {@code port}. */
	int managementPortOf(int port) {
		if (port == this.gateway) {
			return this.gatewayManagement;
		}
		if (port == this.controlPlane) {
			return this.controlPlaneManagement;
		}
		return this.runtimeManagement.get(this.runtimes.indexOf(port));
	}

	String hazelcastMembers() {
		return String.join(",", this.hazelcast.stream().map(port -> "127.0.0.1:" + port).toList());
	}

	private static List<Integer> freePorts(int count) {
		return IntStream.range(0, count).mapToObj(i -> FreePorts.next()).toList();
	}

}
