package relais.shared;

/** Unknown, or not visible to the caller: both answer 404 so that nobody learns what exists beyond their reach. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }

    public static NotFoundException of(String kind, Object id) {
        return new NotFoundException("No " + kind + " " + id);
    }
}
