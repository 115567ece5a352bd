package dev.rustok.controlplane.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;

/**
 * Tells control-plane members apart from the runtimes and the gateway in the shared
 * cluster (a member attribute), and elects the oldest of them to run cluster-wide chores
 * such as the route reconciler. Hazelcast lists members oldest first, and every member
 * sees the same list, so the election needs no lock and no CP subsystem (which
 * Hazelcast's open-source edition does not run safely): when the oldest leaves, the next
 * oldest takes over at its next check. See docs/adr/0030.
 */
public final class ControlPlaneMembers {

	static final String SERVICE_ATTRIBUTE = "rustok.service";

	static final String CONTROL_PLANE = "control-plane";

	private final HazelcastInstance hazelcast;

	public ControlPlaneMembers(HazelcastInstance hazelcast) {
		this.hazelcast = hazelcast;
	}

	/** Marks the member this configuration starts as a control-plane member. */
	public static Config marked(Config config) {
		config.getMemberAttributeConfig().setAttribute(SERVICE_ATTRIBUTE, CONTROL_PLANE);
		return config;
	}

	/** Whether this process is the oldest control-plane member of the cluster. */
	public boolean isElected() {
		Member local = this.hazelcast.getCluster().getLocalMember();
		for (Member member : this.hazelcast.getCluster().getMembers()) {
			if (CONTROL_PLANE.equals(member.getAttribute(SERVICE_ATTRIBUTE))) {
				return member.getUuid().equals(local.getUuid());
			}
		}
		return false;
	}

}
