package org.jiedao.safety;

/** A premises as lists show it: personal fields masked unless the user may see them unmasked. */
public record Premises(long id, long version, String code, String name, PremisesCategory category, String unitCode, String unitName,
        String address, String owner, String manager, String phone, Integer rooms, Integer occupants, Integer chargingPoints) {
}
