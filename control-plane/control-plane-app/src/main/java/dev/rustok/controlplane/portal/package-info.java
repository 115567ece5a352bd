/**
 * The portal: the server-rendered signup page at {@code /}, with no external scripts; a
 * small inline script posts to the signup API and polls the shop's provisioning status.
 */
package dev.rustok.controlplane.portal;
