/**
 * Answers the gateway gives itself: RFC 9457 problem+json for API clients, a small
 * escaped HTML page for browsers. Also maps upstream failures (refused connection, no
 * instance, timeout) so no request ever ends in a stack trace.
 */
package dev.rustok.gateway.problems;
