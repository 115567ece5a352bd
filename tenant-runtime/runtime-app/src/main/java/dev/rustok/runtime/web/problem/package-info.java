/**
 * RFC 9457 problem+json: {@code ApiExceptionHandler} maps every exception of a
 * controller, {@link dev.rustok.runtime.web.problem.ProblemResponses} writes problems
 * from filters and security handlers. Per-field detail goes into the {@code errors}
 * property as {@code [{field, reason}]}.
 */
package dev.rustok.runtime.web.problem;
