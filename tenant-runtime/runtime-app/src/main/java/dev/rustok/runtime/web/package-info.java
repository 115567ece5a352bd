/**
 * Cross-cutting HTTP concerns: security headers on every answer, the request body limit
 * (413), scalar coercion off in JSON, Tomcat's own error pages as problem+json and, in
 * the {@code problem} named interface, the mapping of every error to problem+json.
 */
@ApplicationModule(allowedDependencies = "shared")
package dev.rustok.runtime.web;

import org.springframework.modulith.ApplicationModule;
