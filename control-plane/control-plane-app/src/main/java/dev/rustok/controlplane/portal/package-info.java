/**
 * The portal: the server-rendered signup page at {@code /}, whose form posts to
 * {@code /signup} and works without JavaScript (field errors in the page, then a 303 to
 * the status page {@code /signup/{slug}}, which reloads itself). {@code /js/portal.js}
 * enhances it: it posts to the signup API and shows progress in place. No inline script
 * or style, so the Content-Security-Policy allows this origin's files only. Depends on
 * {@code signup}.
 */
package dev.rustok.controlplane.portal;
