package vn.nhiemvu.org.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.nhiemvu.org.UnitDraft;
import vn.nhiemvu.org.UnitKind;

/** {@code POST /api/v1/units}: the kind defaults to a division (phòng). */
record UnitApiRequest(
        @NotBlank(message = "{org.unit.code.required}") @Size(max = 20, message = "{org.unit.code.size}") String code,
        @NotBlank(message = "{org.unit.name.required}") @Size(max = 200, message = "{org.unit.name.size}") String name,
        UnitKind kind) {

    UnitDraft draft() {
        return new UnitDraft(code, name, kind == null ? UnitKind.DIVISION : kind);
    }
}
