/**
 * RFC 9457 problem+json: {@code ApiExceptionHandler} maps every exception of a
 * controller, {@code ProblemErrorController} the container's error dispatch,
 * {@link dev.rustok.runtime.web.problem.ProblemResponses} writes problems from filters
 * and security handlers. Per-field detail goes into the {@code errors} property as
 * {@code [{field, reason}]}. The {@code problem} interface other modules may use.
 */
@NamedInterface("problem")
package dev.rustok.runtime.web.problem;

import org.springframework.modulith.NamedInterface;
