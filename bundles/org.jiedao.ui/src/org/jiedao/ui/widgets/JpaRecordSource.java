package org.jiedao.ui.widgets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Metamodel;

import org.jiedao.core.persistence.PersistenceService;

/**
 * A {@link RecordSource} over one entity class, queried with JPQL through the
 * {@link PersistenceService} (so org-unit scoping and the signed-in user's rights apply, exactly
 * as for the module's own queries): {@code select count(e) ... where ...} and a page of
 * {@code select e ... where ... order by ...} with {@code setFirstResult}/{@code setMaxResults},
 * each inside {@code persistence.read}.
 *
 * <pre>
 * RecordSource&lt;Petition&gt; inbox = JpaRecordSource.of(persistence, Petition.class)
 *         .attribute("received", "receivedOn")     // column id -&gt; entity attribute (path)
 *         .attribute("unit", "unitCode")
 *         .build();                                 // other column ids are attribute names themselves
 * </pre>
 *
 * Filters: {@link Filter.Match#CONTAINS} on a text attribute is a case-insensitive
 * {@code like '%text%'}; on other attributes, and for {@link Filter.Match#EQUALS}, the text is
 * converted to the attribute's type (numbers, {@code LocalDate} as 2021-06-15, enum constant
 * names, booleans) and compared for equality; a text that does not convert matches nothing. Every
 * order ends with the id, so pages never skip or repeat rows.
 *
 * @param <T> the entity class
 */
public final class JpaRecordSource<T> implements RecordSource<T> {

    private static final Pattern PATH = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    private final PersistenceService persistence;
    private final Class<T> type;
    private final Map<String, String> attributes;
    private final String id;

    private JpaRecordSource(Builder<T> builder) {
        this.persistence = builder.persistence;
        this.type = builder.type;
        this.attributes = Map.copyOf(builder.attributes);
        this.id = builder.id;
    }

    /** Starts a source over {@code entityClass}, a contributed entity. */
    public static <T> Builder<T> of(PersistenceService persistence, Class<T> entityClass) {
        return new Builder<>(persistence, entityClass);
    }

    /** Sets up a {@link JpaRecordSource}. */
    public static final class Builder<T> {
        private final PersistenceService persistence;
        private final Class<T> type;
        private final Map<String, String> attributes = new HashMap<>();
        private String id = "id";

        private Builder(PersistenceService persistence, Class<T> type) {
            this.persistence = Objects.requireNonNull(persistence, "persistence");
            this.type = Objects.requireNonNull(type, "entityClass");
        }

        /** Column {@code columnId} shows, filters and sorts by the attribute (or path, {@code unit.code}) {@code attributePath}. */
        public Builder<T> attribute(String columnId, String attributePath) {
            attributes.put(Objects.requireNonNull(columnId), checked(attributePath));
            return this;
        }

        /** The id attribute that ends every order (default {@code id}). */
        public Builder<T> id(String idAttribute) {
            this.id = checked(idAttribute);
            return this;
        }

        public JpaRecordSource<T> build() {
            return new JpaRecordSource<>(this);
        }
    }

    private static String checked(String path) {
        if (path == null || !PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("Not an attribute path: " + path);
        }
        return path;
    }

    @Override
    public int count(Filter filter) {
        return persistence.read(em -> {
            Optional<Where> where = where(em, filter);
            if (where.isEmpty()) {
                return 0;
            }
            TypedQuery<Long> query = em.createQuery("select count(e) from " + entityName(em) + " e" + where.get().jpql, Long.class);
            where.get().bind(query);
            return Math.toIntExact(query.getSingleResult());
        });
    }

    @Override
    public List<T> page(Filter filter, Sort sort, int offset, int limit) {
        return persistence.read(em -> {
            Optional<Where> where = where(em, filter);
            if (where.isEmpty()) {
                return List.of();
            }
            StringBuilder jpql = new StringBuilder("select e from ").append(entityName(em)).append(" e").append(where.get().jpql)
                    .append(" order by ");
            if (!sort.isNone()) {
                jpql.append("e.").append(attribute(sort.column())).append(sort.ascending() ? " asc, " : " desc, ");
            }
            jpql.append("e.").append(id).append(sort.isNone() || sort.ascending() ? " asc" : " desc");
            TypedQuery<T> query = em.createQuery(jpql.toString(), type);
            where.get().bind(query);
            query.setFirstResult(offset);
            query.setMaxResults(limit);
            return List.copyOf(query.getResultList());
        });
    }

    private String entityName(EntityManager em) {
        return em.getMetamodel().entity(type).getName();
    }

    private String attribute(String column) {
        String path = attributes.get(column);
        return path != null ? path : checked(column);
    }

    /** A where clause with its parameters; empty when a condition can match nothing. */
    private record Where(String jpql, List<Object> parameters) {
        void bind(TypedQuery<?> query) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter("p" + i, parameters.get(i));
            }
        }
    }

    private Optional<Where> where(EntityManager em, Filter filter) {
        StringBuilder jpql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (Map.Entry<String, Filter.Condition> entry : filter.conditions().entrySet()) {
            String path = attribute(entry.getKey());
            Class<?> javaType = javaType(em.getMetamodel(), path);
            Filter.Condition condition = entry.getValue();
            jpql.append(parameters.isEmpty() ? " where " : " and ");
            String parameter = ":p" + parameters.size();
            if (condition.match() == Filter.Match.CONTAINS && javaType == String.class) {
                jpql.append("lower(e.").append(path).append(") like ").append(parameter).append(" escape '!'");
                parameters.add("%" + condition.value().toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%");
            } else {
                Optional<Object> value = convert(condition.value(), javaType);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                jpql.append("e.").append(path).append(" = ").append(parameter);
                parameters.add(value.get());
            }
        }
        return Optional.of(new Where(jpql.toString(), parameters));
    }

    private Class<?> javaType(Metamodel metamodel, String path) {
        ManagedType<?> managed = metamodel.managedType(type);
        Class<?> javaType = type;
        for (String part : path.split("\\.")) {
            if (managed == null) {
                throw new IllegalArgumentException("No attribute " + path + " in " + type.getName());
            }
            Attribute<?, ?> attribute = managed.getAttribute(part);
            javaType = attribute.getJavaType();
            managed = attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.BASIC ? null
                    : metamodel.managedType(javaType);
        }
        return javaType;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Optional<Object> convert(String text, Class<?> javaType) {
        try {
            if (javaType == String.class) {
                return Optional.of(text);
            }
            if (javaType == Long.class || javaType == long.class) {
                return Optional.of(Long.valueOf(text));
            }
            if (javaType == Integer.class || javaType == int.class) {
                return Optional.of(Integer.valueOf(text));
            }
            if (javaType == Short.class || javaType == short.class) {
                return Optional.of(Short.valueOf(text));
            }
            if (javaType == BigDecimal.class) {
                return Optional.of(new BigDecimal(text));
            }
            if (javaType == Double.class || javaType == double.class) {
                return Optional.of(Double.valueOf(text));
            }
            if (javaType == Boolean.class || javaType == boolean.class) {
                return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false") ? Optional.of(Boolean.valueOf(text))
                        : Optional.empty();
            }
            if (javaType == LocalDate.class) {
                return Optional.of(LocalDate.parse(text));
            }
            if (javaType.isEnum()) {
                return Optional.of(Enum.valueOf((Class) javaType, text));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        throw new IllegalArgumentException("Cannot filter on an attribute of type " + javaType.getName());
    }

    @Override
    public String toString() {
        return "JpaRecordSource[" + type.getName() + "]";
    }
}
