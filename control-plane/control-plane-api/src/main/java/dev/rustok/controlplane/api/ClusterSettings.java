package dev.rustok.controlplane.api;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How one platform process joins the Hazelcast cluster ({@code rustok.cluster.*}): the
 * one definition of the settings, their defaults and their validation, bound by every
 * service with Spring's {@code Binder} (an absent value arrives as {@code null} or
 * {@code 0} and takes its default here). See
 * docs/adr/0010-hazelcast-bound-and-tenant-names-derived.md and
 * docs/adr/0012-cluster-topology.md.
 *
 * @param name the cluster name; isolates one platform (or one test run) from another on
 * the same network. Default {@code rustok-dev}
 * @param bindAddress the IPv4 address this member listens on and announces; never a
 * wildcard. Default {@code 127.0.0.1}; in Kubernetes the pod's IP
 * @param port this member's port. Default 5701
 * @param role whether this process holds data or only reads and writes it. Default
 * {@link Role#DATA}
 * @param join how members find each other. Default {@link Join#TCP_IP}
 * @param members {@code host:port} of the platform's members for {@link Join#TCP_IP}.
 * Default the four local dev members, 5701 to 5704
 * @param kubernetes where to look for members for {@link Join#KUBERNETES}
 */
public record ClusterSettings(String name, String bindAddress, int port, Role role, Join join, List<String> members,
		Kubernetes kubernetes) {

	/** {@code rustok.cluster.name} when none is configured. */
	public static final String DEFAULT_NAME = "rustok-dev";

	public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";

	public static final int DEFAULT_PORT = 5701;

	public static final List<String> DEFAULT_MEMBERS = List.of("127.0.0.1:5701", "127.0.0.1:5702", "127.0.0.1:5703",
			"127.0.0.1:5704");

	private static final Pattern IPV4 = Pattern
		.compile("^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");

	public ClusterSettings {
		name = (name != null) ? name.strip() : DEFAULT_NAME;
		if (name.isEmpty()) {
			throw invalid("name", "must not be blank");
		}
		bindAddress = (bindAddress != null) ? bindAddress.strip() : DEFAULT_BIND_ADDRESS;
		if (!IPV4.matcher(bindAddress).matches()) {
			throw invalid("bind-address", "must be an IPv4 address such as 127.0.0.1, was '" + bindAddress + "'");
		}
		if (bindAddress.equals("0.0.0.0")) {
			throw invalid("bind-address",
					"must name one interface: 0.0.0.0 would open the cluster on every network the machine is on");
		}
		port = (port == 0) ? DEFAULT_PORT : port;
		if (port < 1 || port > 65535) {
			throw invalid("port", "must be a TCP port (1 to 65535), was " + port);
		}
		role = Objects.requireNonNullElse(role, Role.DATA);
		join = Objects.requireNonNullElse(join, Join.TCP_IP);
		members = List.copyOf(Objects.requireNonNullElse(members, DEFAULT_MEMBERS));
		if (join == Join.TCP_IP && members.isEmpty()) {
			throw invalid("members", "must list at least one host:port when join is tcp-ip");
		}
		kubernetes = Objects.requireNonNullElse(kubernetes, new Kubernetes(null, null));
	}

	/**
	 * A data member on the loopback interface that finds the others by the given TCP-IP
	 * list: the local platform and tests. (A factory, not a constructor: Spring binds a
	 * record only when it has one constructor.)
	 */
	public static ClusterSettings onLoopback(String name, int port, List<String> members) {
		return new ClusterSettings(name, null, port, null, null, members, null);
	}

	/** The same settings, for a member that holds no data. */
	public ClusterSettings asLiteMember() {
		return new ClusterSettings(this.name, this.bindAddress, this.port, Role.LITE, this.join, this.members,
				this.kubernetes);
	}

	private static IllegalArgumentException invalid(String property, String reason) {
		return new IllegalArgumentException("rustok.cluster." + property + " " + reason);
	}

	/** Whether a member owns partitions (and so holds entries and their backups). */
	public enum Role {

		/** Owns partitions: holds routes, their backups and rate-limit buckets. */
		DATA,
		/**
		 * A lite member: in the cluster, reads and writes every map, holds nothing, so it
		 * joins and leaves without moving data.
		 */
		LITE

	}

	/** How a member finds the others. */
	public enum Join {

		/** The fixed {@link ClusterSettings#members} list: local platform and tests. */
		TCP_IP,
		/** The Kubernetes API, through the discovery built into Hazelcast 5. */
		KUBERNETES

	}

	/**
	 * Where Hazelcast's Kubernetes discovery looks for members.
	 *
	 * @param namespace the namespace; {@code null} for the pod's own
	 * @param serviceName the headless service whose endpoints are the members;
	 * {@code null} for every pod of the namespace
	 */
	public record Kubernetes(String namespace, String serviceName) {

	}

}
