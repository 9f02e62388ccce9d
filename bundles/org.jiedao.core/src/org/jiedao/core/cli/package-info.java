/**
 * API for commands of {@code jiedao-cli}, contributed through the extension point
 * {@code org.jiedao.core.commands}.
 */
package org.jiedao.core.cli;
