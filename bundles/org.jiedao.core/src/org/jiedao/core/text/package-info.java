/** Text shared by the platform and modules: {@link org.jiedao.core.text.BilingualKey}. */
package org.jiedao.core.text;
