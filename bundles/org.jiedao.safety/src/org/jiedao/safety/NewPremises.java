package org.jiedao.safety;

/**
 * A premises to register. {@code unit} is the community or grid it belongs to (code or name); address,
 * owner, manager and phone are personal data. The counts are the category-specific figures: rooms
 * (rental housing), occupants (residents or employees), charging points (e-bike sites); null when not
 * applicable.
 */
public record NewPremises(String code, String name, PremisesCategory category, String unit, String address, String owner, String manager,
        String phone, Integer rooms, Integer occupants, Integer chargingPoints) {
}
