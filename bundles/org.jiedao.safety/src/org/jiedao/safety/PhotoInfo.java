package org.jiedao.safety;

/** A photo of a finding (without its bytes). */
public record PhotoInfo(long id, long findingId, String fileName, String mediaType, long size) {
}
