/**
 * What every answer of the service shares on the web: the error pages (problem+json or a
 * page for browsers, also for what Tomcat rejects itself), the security headers, the
 * listener's trust in proxies, and the request id on every log line and problem. Depends
 * on nothing else in the service.
 */
package dev.rustok.controlplane.web;
