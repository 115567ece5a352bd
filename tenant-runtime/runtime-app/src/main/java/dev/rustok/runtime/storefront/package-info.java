/**
 * Server-rendered storefront pages (Thymeleaf, which escapes every text it prints; styles
 * in {@code static/css}, never inline, for the Content-Security-Policy). Reads the
 * catalogue and the settings through their facades only.
 */
@ApplicationModule(allowedDependencies = { "shared", "catalog", "settings" })
package dev.rustok.runtime.storefront;

import org.springframework.modulith.ApplicationModule;
