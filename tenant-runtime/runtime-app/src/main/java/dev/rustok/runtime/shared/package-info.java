/**
 * The shared kernel: value records every module may use
 * ({@link dev.rustok.runtime.shared.TenantId}, {@link dev.rustok.runtime.shared.Tenant},
 * {@link dev.rustok.runtime.shared.Money}, {@link dev.rustok.runtime.shared.Text}) and
 * the runtime's exception hierarchy ({@link dev.rustok.runtime.shared.RuntimeProblem}).
 * Depends on nothing else in the runtime.
 */
@ApplicationModule(allowedDependencies = {})
package dev.rustok.runtime.shared;

import org.springframework.modulith.ApplicationModule;
