/**
 * Cross-cutting HTTP concerns: the request body limit (413) and, in {@code problem}, the
 * mapping of every error to problem+json.
 */
package dev.rustok.runtime.web;
