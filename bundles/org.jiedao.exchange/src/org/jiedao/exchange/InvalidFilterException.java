package org.jiedao.exchange;

/**
 * Thrown by {@link ExportableFormat#export} when the value of one of its filters is not valid (a
 * month written wrongly, a status or unit that does not exist). The export is refused with this
 * message and no file is written: {@link ExchangeException.Kind#UNKNOWN_FORMAT} for the service, exit
 * code 2 for {@code jiedao-cli export}, the message in the export wizard. Use the user's language
 * ({@link ExportContext#locale()}).
 */
public class InvalidFilterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String filter;

    /**
     * @param filter  the filter's name, as in {@link ExportFilter#name()}
     * @param message what is wrong with the value, for the user
     */
    public InvalidFilterException(String filter, String message) {
        super(message);
        this.filter = filter;
    }

    /** @return the name of the refused filter */
    public String filter() {
        return filter;
    }
}
