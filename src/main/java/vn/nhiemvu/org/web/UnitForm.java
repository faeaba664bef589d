package vn.nhiemvu.org.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.nhiemvu.org.Unit;
import vn.nhiemvu.org.UnitDraft;
import vn.nhiemvu.org.UnitKind;

record UnitForm(
        @NotBlank(message = "{org.unit.code.required}") @Size(max = 20, message = "{org.unit.code.size}") String code,
        @NotBlank(message = "{org.unit.name.required}") @Size(max = 200, message = "{org.unit.name.size}") String name,
        @NotNull(message = "{org.unit.kind.required}") UnitKind kind,
        int version) {

    static UnitForm empty() {
        return new UnitForm("", "", UnitKind.DIVISION, 0);
    }

    static UnitForm of(Unit unit) {
        return new UnitForm(unit.code(), unit.name(), unit.kind(), unit.version());
    }

    UnitDraft draft() {
        return new UnitDraft(code, name, kind);
    }
}
