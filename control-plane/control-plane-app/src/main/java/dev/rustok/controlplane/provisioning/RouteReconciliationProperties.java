package dev.rustok.controlplane.provisioning;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code rustok.cluster.routes.*}: how often the control plane compares the cluster's
 * route maps with the registry and repairs them.
 *
 * @param reconcileInterval the pause between two passes; a lost or altered route is back
 * within about this long
 */
@ConfigurationProperties("rustok.cluster.routes")
record RouteReconciliationProperties(@DefaultValue("5s") Duration reconcileInterval) {

	RouteReconciliationProperties {
		if (reconcileInterval.isNegative() || reconcileInterval.isZero()) {
			throw new IllegalArgumentException(
					"rustok.cluster.routes.reconcile-interval must be positive, was " + reconcileInterval);
		}
	}

}
