package org.jiedao.eldercare.internal.contrib;

/** Where exports of unmasked personal data are logged (the platform's PersonalDataLog once merged). */
final class PersonalData {

    private PersonalData() {
    }

    static void exported(long records) {
        // replaced by PersonalDataLog.recordRead(..., Purpose.EXPORT, records) with the platform's privacy package
    }
}
