/**
 * The organisation: agencies (Sở), their units (phòng, chi cục, trung tâm), people and accounts with
 * their roles. Every other module asks it who the user is and which agency a row belongs to.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package vn.nhiemvu.org;
