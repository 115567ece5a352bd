/**
 * From Host header to destination: the control plane for portal and console hosts, the
 * runtime pool (round robin, signed tenant header) for active tenants, a problem for
 * everything else. Uses {@code problems} to answer refusals.
 */
package dev.rustok.gateway.routing;
