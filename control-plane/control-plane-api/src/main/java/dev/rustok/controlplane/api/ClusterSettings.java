package dev.rustok.controlplane.api;

import java.util.List;
import java.util.Objects;

/**
 * How one platform process joins the Hazelcast cluster: every process is an embedded
 * member on 127.0.0.1 with a fixed port, and lists the others (TCP-IP join, no
 * multicast).
 *
 * @param clusterName isolates one platform (or one test run) from another on the same
 * machine
 * @param port this member's port
 * @param members {@code host:port} of every member, this one included or not
 */
public record ClusterSettings(String clusterName, int port, List<String> members) {

	public ClusterSettings {
		Objects.requireNonNull(clusterName, "clusterName");
		members = List.copyOf(members);
	}

}
