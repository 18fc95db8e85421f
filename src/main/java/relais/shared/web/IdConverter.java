package relais.shared.web;

import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import relais.shared.Ids;

/**
 * Lets controllers take a module's id type as a path variable or request parameter. Declared with {@link #of} as a
 * {@code @Bean} in the id's own module (its type, its word and its constructor), Spring Boot adds it to the web
 * conversion service. A malformed id is an unknown thing (404), exactly
 * as {@link Ids#parse} answers it: the converter's {@code NotFoundException} travels as the cause of the binding
 * failure, which the page error handling and {@link InputProblems} both unwrap.
 */
public final class IdConverter<T> implements GenericConverter {

    private final Class<T> type;
    private final String kind;
    private final Function<UUID, T> wrap;

    private IdConverter(Class<T> type, String kind, Function<UUID, T> wrap) {
        this.type = type;
        this.kind = kind;
        this.wrap = wrap;
    }

    /** {@code kind} is the word the not-found answer uses ("company", "person"…). */
    public static <T> IdConverter<T> of(Class<T> type, String kind, Function<UUID, T> wrap) {
        return new IdConverter<>(type, kind, wrap);
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, type));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        return source == null ? null : wrap.apply(Ids.parse((String) source, kind));
    }
}
