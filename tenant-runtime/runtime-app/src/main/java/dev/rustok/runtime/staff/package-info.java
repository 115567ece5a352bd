/**
 * The shop's staff (docs/adr/0078, 0079): the people who sign in to its admin, kept as
 * users of the shop's Keycloak realm with one of the realm roles owner, admin, editor or
 * viewer. {@link dev.rustok.runtime.staff.Staff} is the facade (who may change whom, the
 * last owner, the plan's staff accounts); {@code StaffAccounts} is its port and
 * {@code KeycloakStaffAccounts} the adapter on keycloak-admin-client, signed in as a
 * master-realm service account that may manage the users of shop realms only. REST at
 * {@code /api/admin/staff}, owner and admin only. Publishes and consumes no events.
 * Depends on {@code shared}, {@code tenancy} (the per-shop lock, the plan) and
 * {@code security} (Keycloak's address), and on billing's plan catalogue.
 */
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "security" })
package dev.rustok.runtime.staff;

import org.springframework.modulith.ApplicationModule;
