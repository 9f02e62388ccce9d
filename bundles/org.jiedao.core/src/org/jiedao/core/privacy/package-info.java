/**
 * Personal data of residents (names, phone numbers, resident ID numbers, addresses) as every module
 * handles it: {@link org.jiedao.core.privacy.Masks} shows it masked to users who may not see it, and
 * {@link org.jiedao.core.privacy.PersonalDataLog} keeps every read of it unmasked (shown, exported,
 * printed, found by search) in the tamper-evident audit trail.
 */
package org.jiedao.core.privacy;
