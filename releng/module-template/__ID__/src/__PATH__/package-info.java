/** __ZH__ (__EN__): the module's public API, what other modules and the workbench use. */
package __ID__;
