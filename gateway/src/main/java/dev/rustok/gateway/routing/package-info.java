/**
 * From Host header to destination: the control plane for portal and console hosts, the
 * runtime pool (round robin over healthy nodes, a node refusing connections ejected at
 * once, never-sent requests retried elsewhere; ADR 0013) with the signed tenant header
 * for active tenants, a problem for everything else. Uses {@code problems} to answer
 * refusals.
 */
package dev.rustok.gateway.routing;
