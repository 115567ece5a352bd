/**
 * The control plane service: tenant registry, signup API, portal page, platform console
 * and the provisioning runs behind them.
 *
 * <p>
 * Feature packages: {@code registry} (schema {@code control}), {@code signup} (API +
 * rules), {@code provisioning} (runs the provisioning facade, resumes and republishes at
 * start-up), {@code portal} (server-rendered page), {@code console} (platform admins'
 * sign-in and tenant list, and the service's web security), {@code cluster} (this
 * process's Hazelcast member). This package holds the one exception hierarchy and its
 * problem+json mapping.
 */
package dev.rustok.controlplane;
