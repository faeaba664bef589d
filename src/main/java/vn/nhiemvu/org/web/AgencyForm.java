package vn.nhiemvu.org.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.nhiemvu.org.Agency;

record AgencyForm(
        @NotBlank(message = "{org.agency.name.required}") @Size(max = 200, message = "{org.agency.name.size}") String name,
        @Size(max = 200, message = "{org.agency.name.size}") String parentName,
        @Size(max = 20, message = "{org.unit.code.size}") String shortCode,
        @Size(max = 100, message = "{org.agency.name.size}") String place,
        int version) {

    static AgencyForm of(Agency agency) {
        return new AgencyForm(agency.name(), agency.parentName(), agency.shortCode(), agency.place(), agency.version());
    }
}
