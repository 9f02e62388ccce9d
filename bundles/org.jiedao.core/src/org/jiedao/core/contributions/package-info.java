/**
 * Creating the classes that modules contribute through extension points (formats, demo data,
 * commands, widgets, search providers, reports, ...) with their OSGi services injected:
 * {@link org.jiedao.core.contributions.Contributions}.
 */
package org.jiedao.core.contributions;
