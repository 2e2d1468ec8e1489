package org.cooperationatlas.base.data;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * SQL the criteria API cannot say, for both databases. {@code any_of(value, array)} is {@code value = any(array)}:
 * a list of ids bound as one array parameter, which the database looks up through the column's index, instead
 * of thousands of literals or parameters that Hibernate would translate one by one.
 */
public class AtlasFunctions implements FunctionContributor {

    public static final String ANY_OF = "any_of";

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions
                .getFunctionRegistry()
                .registerPattern(
                        ANY_OF,
                        "(?1 = any(?2))",
                        functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
    }
}
