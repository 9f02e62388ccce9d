/** 为老服务 (Eldercare): the module's public API, what other modules and the workbench use. */
package org.jiedao.eldercare;
