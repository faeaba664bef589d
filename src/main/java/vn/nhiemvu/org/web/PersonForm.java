package vn.nhiemvu.org.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.nhiemvu.org.Person;
import vn.nhiemvu.org.PersonDraft;

record PersonForm(
        @NotBlank(message = "{org.person.fullName.required}") @Size(max = 120, message = "{org.person.fullName.size}") String fullName,
        @Size(max = 120, message = "{org.person.position.size}") String position,
        Long unitId,
        @Email(message = "{org.person.email.invalid}") String email,
        @Size(max = 30, message = "{org.person.phone.size}") String phone,
        int version) {

    static PersonForm empty() {
        return new PersonForm("", "", null, "", "", 0);
    }

    static PersonForm of(Person person) {
        return new PersonForm(person.fullName(), person.position(), person.unitId(), person.email(), person.phone(),
                person.version());
    }

    PersonDraft draft() {
        return new PersonDraft(fullName, position, unitId, email, phone);
    }
}
