package __ID__;

/** Input the module refuses, with a message in the user's language that says what is wrong; nothing is written. */
public class __Type__Exception extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public __Type__Exception(String message) {
        super(message);
    }
}
