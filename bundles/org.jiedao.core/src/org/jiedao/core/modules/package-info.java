/**
 * Module declarations: what a street has installed. Read through {@link org.jiedao.core.modules.ModuleRegistry}.
 */
package org.jiedao.core.modules;
