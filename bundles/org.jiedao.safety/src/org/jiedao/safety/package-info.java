/** 消防安全 (Fire safety): the module's public API, what other modules and the workbench use. */
package org.jiedao.safety;
