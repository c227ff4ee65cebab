package org.disclosurehub.agency;

import org.springframework.graphql.data.ArgumentValue;

/** {@code UpdateAgencyInput}: an omitted field stays as it is, null or empty clears it. */
record UpdateAgencyInput(String code, ArgumentValue<String> name, ArgumentValue<String> address,
        ArgumentValue<String> officeHours, ArgumentValue<String> consultPhone, ArgumentValue<String> supervisionPhone,
        ArgumentValue<String> website, ArgumentValue<String> functions) {
}
