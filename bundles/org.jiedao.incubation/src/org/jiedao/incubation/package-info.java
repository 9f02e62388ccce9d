/** 创业驿站 (Startup incubation): the module's public API, what other modules and the workbench use. */
package org.jiedao.incubation;
