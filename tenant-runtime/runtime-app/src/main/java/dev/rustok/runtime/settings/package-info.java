/**
 * The shop's own settings, kept in its schema ({@code store_settings}): for now its name,
 * which provisioning writes at signup and the storefront shows. Publishes and consumes no
 * events yet; depends on {@code shared}, {@code tenancy} and the generated {@code schema}
 * only.
 */
@ApplicationModule(allowedDependencies = { "shared", "tenancy" })
package dev.rustok.runtime.settings;

import org.springframework.modulith.ApplicationModule;
