package org.jiedao.petitions.internal;

import org.jiedao.core.privacy.PersonalDataLog;
import org.jiedao.petitions.PetitionPrivacy;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Who sees personal data unmasked, and the record of each time it left the database (the platform's {@link PersonalDataLog}). */
@Component(service = PetitionPrivacy.class)
public final class PetitionPrivacyImpl implements PetitionPrivacy {

    @Reference
    PetitionSupport support;

    @Override
    public boolean isHandler(String unitCode) {
        return support.isHandler(unitCode);
    }

    @Override
    public void recordDisclosure(Disclosure purpose, Long petitionId, String unitCode, long records) {
        support.recordRead(petitionId, unitCode, PersonalDataLog.Purpose.valueOf(purpose.name()), records);
    }
}
