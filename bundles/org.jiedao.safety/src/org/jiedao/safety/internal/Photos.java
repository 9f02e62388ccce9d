package org.jiedao.safety.internal;

import java.util.Locale;

/** The photo checks: JPEG or PNG by the file's first bytes (its name must agree), not empty, not above the limit. */
public final class Photos {

    /** The default size limit, 5 MB. */
    public static final int DEFAULT_MAX_KB = 5 * 1024;

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

    private Photos() {
    }

    /**
     * @return the media type, image/jpeg or image/png
     * @throws org.jiedao.safety.SafetyException when the file is not one of them, empty or too large
     */
    public static String check(String fileName, byte[] content, long maxBytes) {
        String name = Refuse.required(fileName, Messages.Field_fileName);
        if (content == null || content.length == 0) {
            throw Refuse.because(Messages.Refused_photoEmpty, name);
        }
        if (content.length > maxBytes) {
            throw Refuse.because(Messages.Refused_photoTooLarge, name, content.length / 1024, maxBytes / 1024);
        }
        String type = sniff(content);
        if (type == null) {
            throw Refuse.because(Messages.Refused_notImage, name);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean nameOk = type.equals("image/png") ? lower.endsWith(".png") : lower.endsWith(".jpg") || lower.endsWith(".jpeg");
        if (!nameOk) {
            throw Refuse.because(Messages.Refused_photoName, name, type);
        }
        return type;
    }

    /** @return image/jpeg or image/png by the magic bytes, else null */
    static String sniff(byte[] c) {
        if (c.length >= 3 && (c[0] & 0xff) == 0xff && (c[1] & 0xff) == 0xd8 && (c[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (c.length >= PNG.length) {
            for (int i = 0; i < PNG.length; i++) {
                if (c[i] != PNG[i]) {
                    return null;
                }
            }
            return "image/png";
        }
        return null;
    }
}
