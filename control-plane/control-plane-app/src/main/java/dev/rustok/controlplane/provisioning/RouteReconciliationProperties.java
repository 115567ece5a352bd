package dev.rustok.controlplane.provisioning;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code rustok.cluster.routes.*}: how often the control plane compares the cluster's
 * route maps with the registry and repairs them.
 *
 * @param reconcileInterval the pause between two passes; a lost or altered route is back
 * within about this long. A pass only compares maps and registry when something moved
 * ({@code RouteDrift})
 * @param fullSweepInterval how often a pass compares everything even though nothing
 * seemed to move
 */
@ConfigurationProperties("rustok.cluster.routes")
record RouteReconciliationProperties(@DefaultValue("5s") Duration reconcileInterval,
		@DefaultValue("5m") Duration fullSweepInterval) {

	RouteReconciliationProperties {
		requirePositive("reconcile-interval", reconcileInterval);
		requirePositive("full-sweep-interval", fullSweepInterval);
	}

	private static void requirePositive(String name, Duration interval) {
		if (interval.isNegative() || interval.isZero()) {
			throw new IllegalArgumentException("rustok.cluster.routes." + name + " must be positive, was " + interval);
		}
	}

}
