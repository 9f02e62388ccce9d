package org.jiedao.safety;

/** An organisation taking part in a safety event (property company, hotel, business), with how many came. */
public record Participant(String organisation, String kind, Integer attendees) {
}
