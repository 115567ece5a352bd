/**
 * The shop's own settings, kept in its schema ({@code store_settings}): for now its name,
 * which provisioning writes at signup and the storefront shows. Publishes and consumes no
 * events yet; depends on {@code shared} and {@code tenancy} only.
 */
package dev.rustok.runtime.settings;
