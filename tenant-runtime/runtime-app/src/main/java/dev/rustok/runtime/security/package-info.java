/**
 * Spring Security as an OAuth2 resource server with one JWT decoder per tenant realm,
 * chosen from the request's tenant; realm roles become authorities; 401/403 are
 * problem+json. Depends on {@code tenancy.CurrentTenant} and {@code web.problem}.
 */
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "web :: problem" })
package dev.rustok.runtime.security;

import org.springframework.modulith.ApplicationModule;
