/**
 * Module management inside the product: the installed Jiedao modules (p2 features of the running
 * profile), those offered by the configured p2 repositories, install, update, uninstall and revert
 * to an earlier state, the repositories and the trusted signing keys. {@link org.jiedao.modules.ModuleManager}
 * is the OSGi service the command line and the Modules dialog use.
 */
package org.jiedao.modules;
