/**
 * Value records every feature may use ({@link dev.rustok.runtime.shared.Money},
 * {@link dev.rustok.runtime.shared.Tenant}) and the runtime's exception hierarchy
 * ({@link dev.rustok.runtime.shared.RuntimeProblem}). Depends on nothing else in the
 * runtime.
 */
package dev.rustok.runtime.shared;
