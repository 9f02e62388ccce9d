/**
 * Users, roles and sign-in: {@link org.jiedao.core.security.SecurityService}.
 */
package org.jiedao.core.security;
