/**
 * Public API of the volunteers plugin: what other bundles (its workbench bundle, tests, a later
 * plugin) may use. Everything else of the plugin is in {@code internal} packages ({@code x-internal}).
 */
package org.example.volunteers;
