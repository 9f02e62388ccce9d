package org.jiedao.petitions.internal;

import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.petitions.PetitionPrivacy;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Who sees personal data unmasked, and the record of each time it left the database. */
@Component(service = PetitionPrivacy.class)
public final class PetitionPrivacyImpl implements PetitionPrivacy {

    @Reference
    PersistenceService persistence;
    @Reference
    PetitionSupport support;

    @Override
    public boolean isHandler(String unitCode) {
        return support.isHandler(unitCode);
    }

    @Override
    public void recordDisclosure(Disclosure purpose, Long petitionId, String unitCode, long records) {
        PersonalDataView.Purpose kept = PersonalDataView.Purpose.valueOf(purpose.name());
        persistence.transaction(em -> {
            em.persist(new PersonalDataView(petitionId, unitCode, kept, records, support.who(), PetitionSupport.now()));
            return null;
        });
    }
}
