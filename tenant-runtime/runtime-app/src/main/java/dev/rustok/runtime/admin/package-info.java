/**
 * The shop admin at {@code /admin}: a static app (plain HTML and ES modules in
 * {@code static/admin}) that signs staff in through the shop's own realm (authorization
 * code with PKCE, public client {@code admin}) and calls {@code /api/admin/**} with the
 * token. This module only serves its page, with a policy that lets its scripts run and
 * reach Keycloak, and the realm it signs in to ({@code /admin/config.json}). Publishes
 * and consumes no events. See docs/adr/0039.
 */
@ApplicationModule(allowedDependencies = { "shared", "security", "web" })
package dev.rustok.runtime.admin;

import org.springframework.modulith.ApplicationModule;
