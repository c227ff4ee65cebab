package org.disclosurehub.power;

import java.time.LocalDate;

import org.springframework.graphql.data.ArgumentValue;

/** The inputs of the powers-list mutations (schema/write.graphqls). */
final class PowerInputs {

    private PowerInputs() {
    }

    record AddPowerInput(String code, String agencyCode, String name, PowerCategory category, String legalBasis,
            String responsibility, Boolean randomInspection, String discretionStandard, LocalDate effectiveFrom) {
    }

    /** An omitted field stays as it is; null clears it. */
    record AdjustPowerInput(String code, LocalDate effectiveOn, ArgumentValue<String> name,
            ArgumentValue<PowerCategory> category, ArgumentValue<String> legalBasis, ArgumentValue<String> responsibility,
            ArgumentValue<Boolean> randomInspection, ArgumentValue<String> discretionStandard) {
    }

    record TransferPowerInput(String code, String toAgencyCode, LocalDate effectiveOn) {
    }

    record RepealPowerInput(String code, LocalDate effectiveOn) {
    }
}
