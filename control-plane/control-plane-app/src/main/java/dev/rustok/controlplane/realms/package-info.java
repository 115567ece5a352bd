/**
 * The realm upgrade: a fleet task that brings the Keycloak realm of every active shop up
 * to what provisioning makes today (customer sign-up, the staff client's grant, the
 * public frontend URL), one realm at a time, going on past a failing realm and reporting
 * it (docs/adr/0097). Started by a platform admin (console, admin API) or an operator
 * (the management port); its progress lives in the registry's database, so every node
 * answers it. Depends on {@code registry} and on {@code dev.rustok.provisioning}.
 */
package dev.rustok.controlplane.realms;
